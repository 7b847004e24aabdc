/** Fixture paths and actors for the screening-records tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditActor } from '../audit/recordAudit.ts';
import type { OrgActor } from './actor.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Successive versions of an OFAC SDN excerpt (see fixtures/README.md). */
export const SDN = {
  v1: path.join(here, 'fixtures', 'v1', 'sdn.csv'),
  v2: path.join(here, 'fixtures', 'v2', 'sdn.csv'),
  v3: path.join(here, 'fixtures', 'v3', 'sdn.csv'),
  v4: path.join(here, 'fixtures', 'v4', 'sdn.csv'),
};

export const ADMIN: AuditActor = { kind: 'cli', id: null, name: 'list-admin' };
export const officer = (organisationId: string): OrgActor => ({ actor: { kind: 'user', id: `officer-${organisationId}`, name: `officer of ${organisationId}` }, organisationId });
