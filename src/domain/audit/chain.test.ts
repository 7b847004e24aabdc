import { describe, expect, it } from 'vitest';
import { type ChainEntry, GENESIS_HASH, type StoredChainEntry, canonicalJson, hashEntry, verifyChain } from './chain.ts';

function build(n: number): StoredChainEntry[] {
  const out: StoredChainEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const entry: ChainEntry = {
      seq,
      at: `2026-03-0${seq}T10:00:00.000Z`,
      actorKind: 'user',
      actorId: 'u1',
      actorName: 'li.wei',
      organisationId: 'org1',
      type: 'user.created',
      v: 1,
      objectType: 'user',
      objectId: `u${seq}`,
      payload: { userId: `u${seq}`, username: `user${seq}`, roles: ['staff'] },
      prevHash,
    };
    const hash = hashEntry(entry);
    out.push({ ...entry, hash });
    prevHash = hash;
  }
  return out;
}
const headOf = (rows: StoredChainEntry[]) => ({ seq: rows.at(-1)?.seq ?? 0, hash: rows.at(-1)?.hash ?? GENESIS_HASH });
const rehash = (e: StoredChainEntry): StoredChainEntry => {
  const { hash: _h, ...content } = e;
  return { ...content, hash: hashEntry(content) };
};

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"x","z":1}]},"b":1}');
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain and an empty one', () => {
    const rows = build(5);
    expect(verifyChain(rows, headOf(rows))).toEqual({ ok: true, count: 5, head: headOf(rows) });
    expect(verifyChain([], { seq: 0, hash: GENESIS_HASH }).ok).toBe(true);
  });

  it('names an edited event', () => {
    const rows = build(5);
    rows[2] = { ...rows[2]!, payload: { userId: 'u3', username: 'mallory', roles: ['staff'] } };
    const v = verifyChain(rows, headOf(build(5)));
    expect(v).toMatchObject({ ok: false, problem: { kind: 'edited', seq: 3 } });
  });

  it('names an edited event whose hash was recomputed by the editor', () => {
    const rows = build(5);
    rows[1] = rehash({ ...rows[1]!, actorName: 'someone-else' });
    expect(verifyChain(rows, headOf(build(5)))).toMatchObject({ ok: false, problem: { kind: 'edited', seq: 2 } });
  });

  it('names a deleted event in the middle and at the end', () => {
    const rows = build(5);
    const head = headOf(rows);
    expect(verifyChain(rows.filter((r) => r.seq !== 3), head)).toMatchObject({ ok: false, problem: { kind: 'deleted', seq: 3 } });
    expect(verifyChain(rows.slice(0, 4), head)).toMatchObject({ ok: false, problem: { kind: 'deleted', seq: 5 } });
    expect(verifyChain(rows.filter((r) => r.seq !== 1), head)).toMatchObject({ ok: false, problem: { kind: 'deleted', seq: 1 } });
  });

  it('names an inserted event in the middle, with a duplicate number, and beyond the head', () => {
    const rows = build(5);
    const head = headOf(rows);
    const forged = rehash({ ...rows[2]!, objectId: 'forged', prevHash: 'f'.repeat(64) });
    expect(verifyChain([...rows, forged], head)).toMatchObject({ ok: false, problem: { kind: 'inserted', seq: 3 } });

    const extra = rehash({ ...rows[4]!, seq: 6, prevHash: rows[4]!.hash });
    expect(verifyChain([...rows, extra], head)).toMatchObject({ ok: false, problem: { kind: 'inserted', seq: 6 } });
  });

  it('names a renumbered event', () => {
    const rows = build(4);
    rows[2] = rehash({ ...rows[2]!, seq: 4 });
    rows[3] = rehash({ ...rows[3]!, seq: 5 });
    expect(verifyChain(rows, headOf(build(5)))).toMatchObject({ ok: false, problem: { kind: 'edited', seq: 4 } });
  });
});
