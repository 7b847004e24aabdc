import { describe, expect, it } from 'vitest';
import { changedFields, diffParties } from './diff.ts';
import { makeParty } from './party.ts';

// OFAC SDN ent_num 306 as in the 2021-07-07 and 2024-05-03 snapshots of sdn.csv / alt.csv.
const bnc2021 = makeParty({ source: 'ofac-sdn', sourceRef: '306', schema: 'Organization', names: [{ value: 'BANCO NACIONAL DE CUBA', kind: 'primary' }], programs: ['CUBA'] });
const bnc2024 = { ...bnc2021, names: [...bnc2021.names, { value: 'BNC', kind: 'weak' as const }], remarks: "a.k.a. 'BNC'." };
const aerocaribbean = makeParty({ source: 'ofac-sdn', sourceRef: '36', schema: 'Organization', names: [{ value: 'AEROCARIBBEAN AIRLINES', kind: 'primary' }], programs: ['CUBA'], countries: ['CU'] });
const angloCaribbean = makeParty({ source: 'ofac-sdn', sourceRef: '173', schema: 'Organization', names: [{ value: 'ANGLO-CARIBBEAN CO., LTD.', kind: 'primary' }], programs: ['CUBA'] });

describe('diffParties', () => {
  it('finds added, removed and changed entities and names the changed fields', () => {
    const d = diffParties([bnc2021, aerocaribbean], [bnc2024, angloCaribbean]);
    expect(d.added.map((p) => p.id)).toEqual(['ofac-sdn:173']);
    expect(d.removed.map((p) => p.id)).toEqual(['ofac-sdn:36']);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]?.entityId).toBe('ofac-sdn:306');
    expect(d.changed[0]?.fields).toEqual(['names', 'remarks']);
    expect(d.unchangedCount).toBe(0);
  });

  it('reports nothing for identical content, whatever the order', () => {
    const d = diffParties([bnc2021, aerocaribbean], [aerocaribbean, { ...bnc2021 }]);
    expect(d).toEqual({ added: [], removed: [], changed: [], unchangedCount: 2 });
  });

  it('does not count key order or an absent optional field vs an empty one as a change', () => {
    const reordered = { remarks: undefined, ...bnc2021, names: [{ kind: 'primary' as const, value: 'BANCO NACIONAL DE CUBA' }] };
    expect(changedFields(bnc2021, reordered)).toEqual([]);
  });

  it('sees a changed country list', () => {
    expect(changedFields(aerocaribbean, { ...aerocaribbean, countries: ['CU', 'ES'] })).toEqual(['countries']);
  });
});
