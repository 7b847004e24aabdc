/** Lists T3 misclassifications on the tuning half (for scorer development): `npx tsx bench/t3-errors.ts [group]`. */
import { DEFAULT_THRESHOLD } from '../src/domain/screening/screen.ts';
import { scoreCases } from './t3.ts';

const group = process.argv[2];
const rows = scoreCases().filter((r) => !r.heldOut && (group === undefined || r.group === group));
for (const r of rows) {
  const pred = r.score >= DEFAULT_THRESHOLD;
  if (pred !== r.match) console.log(`${r.match ? 'FN' : 'FP'} ${r.score.toFixed(3)} ${r.group} ${r.schema} | ${r.name1} | ${r.name2}`);
}
