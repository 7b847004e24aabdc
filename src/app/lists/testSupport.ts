/** Fixture paths and an actor for the list use-case tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditActor } from '../audit/recordAudit.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export const FIXTURES = {
  ofac2021: path.join(here, 'fixtures', 'ofac-2021', 'sdn.csv'),
  ofac2024: path.join(here, 'fixtures', 'ofac-2024', 'sdn.csv'),
  ofacCorrupt: path.join(here, 'fixtures', 'ofac-corrupt', 'sdn.csv'),
};

export const TEST_ACTOR: AuditActor = { kind: 'cli', id: null, name: 'tester' };
