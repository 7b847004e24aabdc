import { describe, expect, it } from 'vitest';
import { makeParty } from '../../domain/lists/party.ts';
import { screen, buildScreeningIndex } from '../../domain/screening/screen.ts';
import { BatchScreener, batchScreen } from './batchScreen.ts';

// Names from the bundled OFAC SDN (2024-05-03) and EU Reg. 833/2014 Annex IV files.
const parties = [
  makeParty({ source: 'ofac-sdn', sourceRef: '35096', schema: 'Person', names: [{ value: 'PUTIN, Vladimir Vladimirovich', kind: 'primary' }] }),
  makeParty({ source: 'ofac-sdn', sourceRef: '12735', schema: 'Person', names: [{ value: 'AL-ASSAD, Bashar', kind: 'primary' }] }),
  makeParty({ source: 'eu-journal', sourceRef: '32014R0833-40', schema: 'LegalEntity', names: [{ value: 'Rosoboronexport OJSC (ROE)', kind: 'primary' }] }),
];

describe('batchScreen', () => {
  it('screens rows on worker threads and returns them in input order, same as in-process', async () => {
    const names = ['Рособоронэкспорт', 'nobody at all', 'Bashar al-Assad', 'Vladimir Putin', 'Путин Владимир', 'Jane Doe', 'ROSOBORONEXPORT'];
    const queries = names.map((name) => ({ name }));
    const results = await batchScreen(parties, queries, { workers: 2, chunkSize: 2 });
    const index = buildScreeningIndex(parties);
    expect(results.map((r) => r[0]?.entityId ?? null)).toEqual(queries.map((q) => screen(index, q)[0]?.entityId ?? null));
    expect(results.map((r) => r.length > 0)).toEqual([true, false, true, true, true, false, true]);
  });
  it('keeps its workers for several batches and reports their index build time', async () => {
    const screener = await BatchScreener.start(parties, { workers: 1 });
    try {
      expect(screener.buildMs).toHaveLength(1);
      expect((await screener.screen([{ name: 'Bashar al-Assad' }]))[0]?.[0]?.sourceRef).toBe('12735');
      expect(await screener.screen([])).toEqual([]);
    } finally {
      await screener.close();
    }
  });
  it('reports a bad row as an error instead of hanging', async () => {
    await expect(batchScreen(parties, [{ name: '' }], { workers: 1 })).rejects.toThrow(/non-empty name/);
  });
});
