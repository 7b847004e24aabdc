/** Reads the bundled destination data (data/destinations/*.json) and validates it. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidInput } from '../../domain/errors.ts';
import { type DestinationFiles, type Destinations, parseDestinations } from '../../domain/determination/destinations.ts';

/** data/destinations of this installation. */
export const DEFAULT_DESTINATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/destinations');

function readJson(dir: string, name: string): unknown {
  const path = join(dir, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw invalidInput(`cannot read destinations file: ${(e as Error).message}`, { file: path });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidInput(`not valid JSON: ${(e as Error).message}`, { file: path });
  }
}

export function loadDestinations(dir: string = DEFAULT_DESTINATIONS_DIR): Destinations {
  const files: DestinationFiles = {
    'countries.json': readJson(dir, 'countries.json'),
    'un-sanctions-regimes.json': readJson(dir, 'un-sanctions-regimes.json'),
    'national-prohibitions.json': readJson(dir, 'national-prohibitions.json'),
    'risk-grades.json': readJson(dir, 'risk-grades.json'),
    'country-groups.json': readJson(dir, 'country-groups.json'),
  };
  return parseDestinations(files);
}
