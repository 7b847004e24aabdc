import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, corruptCopy, fixture, hasReal, realData } from './testKit.ts';

describe('FollowTheMoney importer', () => {
  it('keeps thing schemas and attaches sanctions', async () => {
    const [list] = await parseListFiles([fixture('ftm-json')]);
    expect(list?.sourceId).toBe('opensanctions');
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    expect(parties.length).toBeGreaterThan(0);
    expect(parties.every((p) => p.programs.length > 0)).toBe(true);
    expect(parties.some((p) => p.names.some((n) => n.lang === 'ru'))).toBe(true);
  });

  it('rejects a broken JSON line naming the line', async () => {
    const dir = await corruptCopy(fixture('ftm-json'), 'entities.ftm.json', (t) => t.replace(/\n/, '\n{"id": \n'));
    await expect(parseListFiles([dir])).rejects.toThrow(/entities\.ftm\.json:2: malformed JSON line/);
  });

  it.skipIf(!hasReal('opensanctions_ftm'))('zala: 6 persons + 11 companies; t1: 6 parties', async () => {
    const [zala] = await parseListFiles([realData('opensanctions_ftm', 'zala')]);
    expect(zala?.parties).toHaveLength(17);
    const [t1] = await parseListFiles([realData('opensanctions_ftm', 't1')]);
    expect(t1?.parties).toHaveLength(6);
    assertValidParties([...(zala?.parties ?? []), ...(t1?.parties ?? [])]);
  });
});
