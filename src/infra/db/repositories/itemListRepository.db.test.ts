import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { EntryZ, type ItemList, verificationCounts } from '../../../domain/controllists/model.ts';
import { ItemListRepository, type ItemListVersionRecord, itemListVersionId } from './itemListRepository.ts';

// EU Annex I 2025-11 lead-ins (shared/data/controllists section 5).
const list: ItemList = {
  id: 'eu-annex-i',
  jurisdiction: 'EU',
  title: { en: 'Regulation (EU) 2021/821, Annex I' },
  kind: 'control_list',
  codeScheme: 'eu',
  source: { publisher: 'European Union (EUR-Lex)' },
  completeness: 'partial',
  verificationNotes: [],
};
const e = (code: string, en: string) => EntryZ.parse({ code, title: { en }, regimes: [], verificationStatus: 'machine_extracted' });
const v1Entries = [e('0A001', '"Nuclear reactors" and specially designed or prepared equipment and components therefor, as follows:'), e('1C351', 'Human and animal pathogens and "toxins", as follows:')];
const v2Entries = [...v1Entries, e('9E102', '"Use" "technology" for space launch vehicles')];

const version = (no: number, entries: typeof v1Entries): ItemListVersionRecord => ({
  id: itemListVersionId('eu-annex-i', no),
  listId: 'eu-annex-i',
  versionNo: no,
  contentHash: `hash-${no}`,
  list,
  entryCount: entries.length,
  counts: verificationCounts(entries),
  fileName: 'eu-annex-i-2025-11.json',
  fileSha256: 'a'.repeat(64),
  importedAt: `2026-0${no}-01T00:00:00.000Z`,
  importedBy: 'tester',
});

describeEachEngine('item list repository', (get) => {
  it('stores versions with entries and finds current, by number and by code', async () => {
    const { kysely } = get().db;
    const repo = new ItemListRepository(kysely);
    expect(await repo.hasAnyVersion()).toBe(false);
    expect(await repo.ensureList('eu-annex-i', new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(await repo.ensureList('eu-annex-i', new Date('2026-01-02T00:00:00Z'))).toBe(false);
    expect(await repo.nextVersionNo('eu-annex-i')).toBe(1);
    await kysely.transaction().execute((trx) => new ItemListRepository(trx).insertVersion(version(1, v1Entries), v1Entries));
    await kysely.transaction().execute((trx) => new ItemListRepository(trx).insertVersion(version(2, v2Entries), v2Entries));

    expect(await repo.nextVersionNo('eu-annex-i')).toBe(3);
    const current = await repo.currentVersion('eu-annex-i');
    expect(current).toMatchObject({ versionNo: 2, entryCount: 3, counts: { machine_extracted: 3 }, list: { codeScheme: 'eu' } });
    expect((await repo.currentVersions()).map((v) => v.id)).toEqual(['eu-annex-i@2']);
    expect((await repo.versions('eu-annex-i')).map((v) => v.versionNo)).toEqual([1, 2]);
    expect((await repo.entries('eu-annex-i@2')).map((x) => x.code)).toEqual(['0A001', '1C351', '9E102']);
    expect((await repo.entries('eu-annex-i@2', '1C')).map((x) => x.code)).toEqual(['1C351']);
    expect(await repo.entry('eu-annex-i@1', '9E102')).toBeUndefined();
    expect((await repo.entry('eu-annex-i@2', '1C351'))?.title.en).toMatch(/pathogens/);
  });
});
