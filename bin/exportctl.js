#!/usr/bin/env node
// Entry point of the `exportctl` command. Runs the prebuilt bundle (dist/bundle/cli, made by
// `npm run build:cli`, which `npm ci` runs) while it is newer than every source file; otherwise
// runs the TypeScript sources through tsx, so an edited checkout never runs stale code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/bundle/cli/main.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return fs.statSync(bundle).mtimeMs >= newestMtime(path.join(root, 'src'));
  } catch {
    return false;
  }
}

let main;
if (process.env.EXPORTCTL_FROM_SOURCE !== '1' && bundleIsFresh()) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv);
