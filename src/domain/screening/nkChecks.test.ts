import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeParty, type PartySchema } from '../lists/party.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, screen } from './screen.ts';

const rows = parse(readFileSync(new URL('./fixtures/nk_checks_strong.csv', import.meta.url), 'utf8'), { columns: true }) as Array<Record<string, string>>;
const QUERY_SCHEMA = { Person: 'person', Company: 'organization', Organization: 'organization', LegalEntity: 'organization', Vessel: 'vessel' } as const;

describe('nomenklatura STRONG nk_checks (must pass)', () => {
  it.each(rows.map((r) => [r.name1 ?? '', r.name2 ?? '', r.is_match === 'true', (r.schema ?? 'Person') as keyof typeof QUERY_SCHEMA] as const))('%s ~ %s → match %s', (q, listed, match, schema) => {
    const index = buildScreeningIndex([makeParty({ source: 't', sourceRef: '1', schema: schema as PartySchema, names: [{ value: listed, kind: 'primary' }] })]);
    const hits = screen(index, { name: q, schema: QUERY_SCHEMA[schema] });
    expect(hits.length > 0 && (hits[0]?.score ?? 0) >= DEFAULT_THRESHOLD).toBe(match);
  });
});
