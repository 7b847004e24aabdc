import { describe, expect, it } from 'vitest';
import { makeParty } from '../../domain/lists/party.ts';
import { canonicalJson, entityHash, snapshotOf } from './listSnapshot.ts';

// UN SC consolidated list entries (2026-02-27): KPi.033 and KPe.001.
const person = makeParty({ source: 'un-sc', sourceRef: 'KPi.033', schema: 'Person', names: [{ value: 'CHOE CHUN YONG', kind: 'primary' }], countries: ['KP'] });
const entity = makeParty({ source: 'un-sc', sourceRef: 'KPe.001', schema: 'Organization', names: [{ value: 'KOREA MINING DEVELOPMENT TRADING CORPORATION', kind: 'primary' }, { value: 'KOMID', kind: 'alias' }] });

describe('snapshotOf', () => {
  it('gives the same content hash whatever the record order', () => {
    expect(snapshotOf([person, entity], 'x').contentHash).toBe(snapshotOf([entity, person], 'x').contentHash);
  });

  it('gives another content hash when one record changes', () => {
    const changed = { ...entity, names: [...entity.names, { value: 'CHANGGWANG SINYONG CORPORATION', kind: 'former' as const }] };
    expect(snapshotOf([person, changed], 'x').contentHash).not.toBe(snapshotOf([person, entity], 'x').contentHash);
  });

  it('counts records per schema', () => {
    const s = snapshotOf([person, entity], 'x');
    expect(s.recordCount).toBe(2);
    expect(s.counts).toEqual({ Person: 1, Organization: 1 });
  });

  it('refuses two records with one id, naming the id', () => {
    expect(() => snapshotOf([person, person], 'UN_consolidated.xml')).toThrow(/UN_consolidated\.xml: two records have the same id "un-sc:KPi\.033"/);
  });
});

describe('entityHash', () => {
  it('ignores key order and undefined members', () => {
    const reordered = { remarks: undefined, ...person };
    expect(entityHash(reordered)).toBe(entityHash(person));
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: null }] })).toBe('{"a":[1,{"c":null,"d":2}],"b":1}');
  });
});
