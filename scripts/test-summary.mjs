// Reads vitest's JSON report and prints the one line CI reads: "N passed, N failed".
import fs from 'node:fs';

const file = process.argv[2] ?? '.vitest.json';
if (!fs.existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`test-summary: ${file} was not written (the test run did not finish)`);
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || r.numPassedTests === 0 || r.success === false ? 1 : 0);
