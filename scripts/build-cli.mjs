// Bundles the CLI (and the batch-screening worker) into dist/bundle/cli/ so `exportctl` starts
// without compiling TypeScript on every run. bin/exportctl.js uses the bundle while it is newer
// than every source file, and runs the sources through tsx otherwise. The bundle sits three
// folders deep, like the files under src/, so paths to data/ resolve the same from both.
import { build } from 'esbuild';

const started = Date.now();
await build({
  entryPoints: { main: 'src/cli/main.ts', batchScreenWorker: 'src/app/screening/batchScreenWorker.ts' },
  outdir: 'dist/bundle/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`build:cli: dist/bundle/cli in ${Date.now() - started} ms`);
