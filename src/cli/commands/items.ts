/**
 * `exportctl items`: the item lists (control lists of goods and technology, regime lists, HS) —
 * import a list file, show the lists with completeness and verification status, search, show an
 * entry with its place in the tree, and compare two versions. The bundled lists are loaded on
 * first use.
 */
import type { Command } from 'commander';
import type { ItemListVersionDiff } from '../../app/controllists/diffItemListVersions.ts';
import type { ItemListImportOutcome } from '../../app/controllists/importItemList.ts';
import type { SearchResult, ShownEntry } from '../../app/controllists/searchEntries.ts';
import type { Entry, VerificationCounts } from '../../domain/controllists/model.ts';
import { invalidInput } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import type { ItemListVersionRecord } from '../../infra/db/repositories/itemListRepository.ts';
import { formatOption, print, versionNumber, withCliDb } from '../commandSupport.ts';
import { renderTable } from '../textTable.ts';


export function registerItemsCommand(program: Command): void {
  const items = program.command('items').description('item lists (PRC list and licence catalogue, EU Annex I, US CCL, NSG, MTCR, HS): import, search, show, compare versions');

  items
    .command('lists', { isDefault: true })
    .description('show every item list: completeness, versions, entry counts and verification status (default)')
    .addOption(formatOption())
    .action(async (opts: { format: string }, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const { ItemListRepository } = await import('../../infra/db/repositories/itemListRepository.ts');
        const versions = await new ItemListRepository(db.kysely).versions();
        const current = latestByList(versions);
        if (opts.format === 'json') print(JSON.stringify(current.map((v) => ({ ...v, versions: versions.filter((x) => x.listId === v.listId).length })), null, 2));
        else print(renderLists(current, versions));
      });
    });

  items
    .command('import')
    .description('import an item-list file (.json item-list file, or .csv of entries with a <name>.list.json sidecar or --list) as a new version')
    .argument('<path>', 'item-list file')
    .option('--list <id>', 'store under this list id (for a CSV: the stored list whose header applies)')
    .action(async (file: string, opts: { list?: string }, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const [{ importItemList }, { cliActor }] = await Promise.all([import('../../app/controllists/importItemList.ts'), import('../../app/audit/recordAudit.ts')]);
        print(describeOutcome(await importItemList(db, { file, listId: opts.list, actor: cliActor(), at: new Date() })));
      });
    });

  items
    .command('search')
    .description('search the current item lists: an HS code (4–10 digits), a code prefix (1C35, 3A001.a, EAR99) or Chinese/English text')
    .argument('<query>', 'HS code, control code prefix or text')
    .option('--list <id>', 'only this list')
    .option('--limit <n>', 'hits shown per list', '20')
    .addOption(formatOption())
    .action(async (query: string, opts: { list?: string; limit: string; format: string }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw invalidInput(`--limit must be a positive whole number, got "${opts.limit}"`, { field: 'limit' });
      await withDb(cmd, async (db) => {
        const { searchItemEntries } = await import('../../app/controllists/searchEntries.ts');
        const r = await searchItemEntries(db, query, { listId: opts.list });
        if (opts.format === 'json') print(JSON.stringify(r, null, 2));
        else print(renderSearch(query, r, limit));
      });
    });

  items
    .command('show')
    .description('show an entry: titles, text, reasons, verification status, cross-references, ancestors and children')
    .argument('<code>', 'exact code, e.g. 1C350.a, 0A001, 3A001, N1A1, 281111')
    .option('--list <id>', 'only this list')
    .addOption(formatOption())
    .action(async (code: string, opts: { list?: string; format: string }, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const { showItemEntry } = await import('../../app/controllists/searchEntries.ts');
        const shown = await showItemEntry(db, code, opts.list);
        if (opts.format === 'json') print(JSON.stringify(shown, null, 2));
        else print(shown.map(renderShown).join('\n\n'));
      });
    });

  items
    .command('export')
    .description('write a stored version of an item list as an exportctl item-list JSON file (the format `items import` reads)')
    .argument('<list>', 'list id')
    .argument('[version]', 'version number (default: current)')
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (listId: string, version: string | undefined, opts: { output?: string }, cmd: Command) => {
      const versionNo = version === undefined ? undefined : versionNumber(version, 'version');
      await withDb(cmd, async (db) => {
        const { exportItemList } = await import('../../app/controllists/exportItemList.ts');
        const { file, versionNo: exported } = await exportItemList(db, listId, versionNo);
        const json = `${JSON.stringify(file, null, 2)}\n`;
        if (!opts.output) return print(json);
        const { writeFile } = await import('node:fs/promises');
        await writeFile(opts.output, json);
        process.stderr.write(`${listId} version ${exported}: ${file.entries.length} entries written to ${opts.output}\n`);
      });
    });

  items
    .command('diff')
    .description('compare two versions of an item list: added, removed and changed entries (default: previous vs current)')
    .argument('<list>', 'list id')
    .argument('[from]', 'older version number')
    .argument('[to]', 'newer version number')
    .addOption(formatOption())
    .action(async (listId: string, from: string | undefined, to: string | undefined, opts: { format: string }, cmd: Command) => {
      const fromNo = from === undefined ? undefined : versionNumber(from, 'from');
      const toNo = to === undefined ? undefined : versionNumber(to, 'to');
      await withDb(cmd, async (db) => {
        const { diffItemListVersions } = await import('../../app/controllists/diffItemListVersions.ts');
        const d = await diffItemListVersions(db, listId, fromNo, toNo);
        if (opts.format === 'json') print(JSON.stringify(d, null, 2));
        else print(renderItemListDiff(d));
      });
    });
}

/**
 * Opens the database and first loads the bundled lists not yet stored, so an imported file (e.g.
 * the official text of a bundled list) becomes a later version that `diff` compares with it.
 */
function withDb(cmd: Command, body: (db: Db) => Promise<void>): Promise<void> {
  return withCliDb(cmd, async (db) => {
    const [{ ensureBundledItemLists }, { cliActor }] = await Promise.all([import('../../app/controllists/ensureBundledItemLists.ts'), import('../../app/audit/recordAudit.ts')]);
    const loaded = await ensureBundledItemLists(db, { actor: cliActor(), at: new Date() });
    if (loaded.length > 0) process.stderr.write(`loaded bundled item lists: ${loaded.map((o) => o.listId).join(', ')}\n`);
    await body(db);
  });
}



function latestByList(versions: readonly ItemListVersionRecord[]): ItemListVersionRecord[] {
  const m = new Map<string, ItemListVersionRecord>();
  for (const v of versions) {
    const cur = m.get(v.listId);
    if (!cur || v.versionNo > cur.versionNo) m.set(v.listId, v);
  }
  return [...m.values()].sort((a, b) => (a.listId < b.listId ? -1 : 1));
}

const countsText = (c: VerificationCounts): string =>
  (['verified', 'cleaned', 'machine_extracted', 'unverified'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${c[k]} ${k.replace('_', '-')}`)
    .join(', ');

function renderLists(current: readonly ItemListVersionRecord[], all: readonly ItemListVersionRecord[]): string {
  if (current.length === 0) return 'no item lists stored';
  const rows = current.map((v) => [
    v.listId,
    v.list.kind.replace('_', ' '),
    v.list.completeness === 'complete' ? 'COMPLETE' : 'PARTIAL',
    `${v.versionNo} of ${all.filter((x) => x.listId === v.listId).length}`,
    String(v.entryCount),
    countsText(v.counts),
    v.list.effectiveDate ?? '',
    v.importedAt.slice(0, 10),
  ]);
  const table = renderTable(['list', 'kind', 'completeness', 'version', 'entries', 'verification', 'effective', 'imported'], rows, { rightAlign: [4], maxWidth: { 5: 48 } });
  const partial = current.filter((v) => v.list.completeness === 'partial').length;
  return `${table}\n${partial} of ${current.length} lists are PARTIAL; "machine-extracted" and "unverified" entries are not checked against the official text — see \`exportctl items show CODE\` for the notes.`;
}

const title = (e: Entry): string => [e.title.zh, e.title.en].filter((t) => t !== undefined).join(' / ');

function renderSearch(query: string, r: SearchResult, limit: number): string {
  if (r.lists.length === 0) return `no entry matches "${query}" (searched as ${r.mode})`;
  const parts = [`"${query}" searched as ${r.mode === 'hs' ? 'an HS code' : r.mode === 'code' ? 'a code prefix' : 'text'}:`];
  for (const l of r.lists) {
    const shown = l.hits.slice(0, limit);
    parts.push(
      `\n${l.list.id} (version ${l.versionNo}, ${l.list.completeness}) — ${l.hits.length} hit${l.hits.length === 1 ? '' : 's'}${l.hits.length > limit ? `, first ${limit} shown` : ''}`,
      renderTable(
        ['code', 'title', 'status', 'matched'],
        shown.map((h) => [h.entry.code, title(h.entry), h.entry.verificationStatus.replace('_', '-'), h.matched]),
        { maxWidth: { 1: 70 } },
      ),
    );
  }
  return parts.join('\n');
}

function renderShown(s: ShownEntry): string {
  const e = s.entry;
  const lines = [`${e.code} — ${s.list.id} (version ${s.versionNo}; list ${s.list.completeness})`, `  status: ${e.verificationStatus.replace('_', '-')}`];
  if (e.title.zh) lines.push(`  title (zh): ${e.title.zh}`);
  if (e.title.en) lines.push(`  title (en): ${e.title.en}`);
  if (e.text.zh) lines.push(`  text (zh): ${e.text.zh}`);
  if (e.text.en) lines.push(`  text (en): ${e.text.en}`);
  for (const p of e.parameters) lines.push(`  ${p.name}: ${p.value}${p.unit ? ` ${p.unit}` : ''}`);
  if (e.reasons.length > 0) lines.push(`  reasons for control: ${e.reasons.join(', ')}`);
  if (e.regimes.length > 0) lines.push(`  regimes: ${e.regimes.join(', ')}`);
  if (s.ancestors.length > 0) lines.push(`  under: ${s.ancestors.map((a) => a.code).join(' < ')}`);
  if (s.children.length > 0) lines.push(`  sub-items: ${s.children.map((c) => c.code).join(', ')}`);
  for (const r of e.crossRefs) {
    const kind = r.kind === 'indicative_hs' ? `indicative HS (${r.hsEdition ?? '?'})` : r.kind.replace('_', ' ');
    lines.push(`  ${kind}: ${r.target.list} ${r.target.code}${r.note ? ` — ${r.note}` : ''}`);
  }
  for (const n of e.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

export function renderItemListDiff(d: ItemListVersionDiff): string {
  const head = `${d.listId}: version ${d.from.versionNo} (${d.from.fileName}, ${d.from.importedAt.slice(0, 10)}) → version ${d.to.versionNo} (${d.to.fileName}, ${d.to.importedAt.slice(0, 10)}): ${d.diff.added.length} added, ${d.diff.removed.length} removed, ${d.diff.changed.length} changed, ${d.diff.unchangedCount} unchanged`;
  const lines = [head];
  for (const e of d.diff.added) lines.push(`+ ${e.code}  ${title(e)}`);
  for (const e of d.diff.removed) lines.push(`- ${e.code}  ${title(e)}`);
  for (const c of d.diff.changed) lines.push(`~ ${c.code}  ${c.fields.join(', ')}`);
  return lines.join('\n');
}

function describeOutcome(o: ItemListImportOutcome): string {
  const v = o.version;
  if (o.status === 'unchanged') return `${o.listId}: unchanged — same content as version ${v.versionNo}; nothing imported`;
  const prev = o.previous ? `, replacing version ${o.previous.versionNo}` : '';
  return `${o.listId}: imported version ${v.versionNo}${prev} — ${v.entryCount} entries (${countsText(v.counts)}), list ${v.list.completeness.toUpperCase()}, from ${v.fileName}`;
}
