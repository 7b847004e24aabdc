/**
 * `exportctl lists`: the party lists held in the database — show them, import files, download
 * updates from the official URLs, and compare two versions.
 */
import type { Command } from 'commander';
import type { VersionDiff } from '../../app/lists/diffListVersions.ts';
import type { ImportOutcome } from '../../app/lists/importList.ts';
import type { SourceOverview } from '../../app/lists/listSources.ts';
import { invalidInput } from '../../domain/errors.ts';
import { type Party, primaryName } from '../../domain/lists/party.ts';
import type { ListVersionRecord } from '../../infra/db/repositories/listRepository.ts';
import { formatOption, print, versionNumber, withCliDb } from '../commandSupport.ts';
import { renderTable } from '../textTable.ts';

// Use cases are imported when a subcommand runs, so that other commands start without loading them.


export function registerListsCommand(program: Command): void {
  const lists = program.command('lists').description('party lists: show, import, update from the official sources, compare versions');

  lists
    .command('show', { isDefault: true })
    .description('show every source with its current version, record counts and dates (default)')
    .option('--history', 'show every version, not only the current one')
    .addOption(formatOption())
    .action(async (opts: { history?: boolean; format: string }, cmd: Command) => {
      await withCliDb(cmd, async (db) => {
        const { listSources } = await import('../../app/lists/listSources.ts');
        const sources = await listSources(db);
        if (opts.format === 'json') print(JSON.stringify(sources, null, 2));
        else print(renderSources(sources, opts.history ?? false));
      });
    });

  lists
    .command('import')
    .description('import list files (format detected from names and content); a folder means every list file under it')
    .argument('<path...>', 'list files or folders')
    .option('--source <id>', 'store under this source id instead of the detected one')
    .action(async (paths: string[], opts: { source?: string }, cmd: Command) => {
      await withCliDb(cmd, async (db) => {
        const [{ importList }, { cliActor }] = await Promise.all([import('../../app/lists/importList.ts'), import('../../app/audit/recordAudit.ts')]);
        const out = await importList(db, { items: [{ paths, sourceId: opts.source }], actor: cliActor(), at: new Date() });
        print(out.map(describeOutcome).join('\n'));
      });
    });

  lists
    .command('update')
    .description(
      "download sources from their official URLs and import them (nothing is imported if a download fails); override a source's URLs with EXPORTCTL_LIST_URL_<ID>=URL[,URL…] (ID in capitals, - as _)",
    )
    .argument('[source...]', 'source ids (default: every source with a download URL)')
    .option('--timeout <seconds>', 'per-download timeout in seconds')
    .action(async (sourceIds: string[], opts: { timeout?: string }, cmd: Command) => {
      const seconds = opts.timeout === undefined ? undefined : Number(opts.timeout);
      if (seconds !== undefined && (!Number.isFinite(seconds) || seconds <= 0)) throw invalidInput(`--timeout must be a positive number of seconds, got "${opts.timeout}"`, { field: 'timeout' });
      await withCliDb(cmd, async (db) => {
        const [{ updateLists }, { cliActor }] = await Promise.all([import('../../app/lists/updateLists.ts'), import('../../app/audit/recordAudit.ts')]);
        const out = await updateLists(db, { sourceIds, actor: cliActor(), at: new Date(), timeoutMs: seconds === undefined ? undefined : seconds * 1000 });
        print(out.map(describeOutcome).join('\n'));
      });
    });

  lists
    .command('diff')
    .description('compare two versions of a party list (added, removed and changed entities) or of an item list (entries) — default: previous vs current')
    .argument('<source>', 'party-list source id or item-list id (see `exportctl items lists`)')
    .argument('[from]', 'older version number')
    .argument('[to]', 'newer version number')
    .addOption(formatOption())
    .action(async (sourceId: string, from: string | undefined, to: string | undefined, opts: { format: string }, cmd: Command) => {
      const fromNo = from === undefined ? undefined : versionNumber(from, 'from');
      const toNo = to === undefined ? undefined : versionNumber(to, 'to');
      await withCliDb(cmd, async (db) => {
        const [{ ListRepository }, { ItemListRepository }] = await Promise.all([import('../../infra/db/repositories/listRepository.ts'), import('../../infra/db/repositories/itemListRepository.ts')]);
        if ((await new ListRepository(db.kysely).versions(sourceId)).length === 0 && (await new ItemListRepository(db.kysely).currentVersion(sourceId))) {
          // An item list (control list): the same command compares its versions entry by entry.
          const [{ diffItemListVersions }, { renderItemListDiff }] = await Promise.all([import('../../app/controllists/diffItemListVersions.ts'), import('./items.ts')]);
          const d = await diffItemListVersions(db, sourceId, fromNo, toNo);
          print(opts.format === 'json' ? JSON.stringify(d, null, 2) : renderItemListDiff(d));
          return;
        }
        const { diffListVersions } = await import('../../app/lists/diffListVersions.ts');
        const d = await diffListVersions(db, sourceId, fromNo, toNo);
        if (opts.format === 'json') print(JSON.stringify(d, null, 2));
        else print(renderDiff(d));
      });
    });
}




/** `2026-01-03 10:00 UTC` from an ISO instant. */
const when = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const countsText = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([schema, n]) => `${n} ${schema}`)
    .join(', ');

function describeOutcome(o: ImportOutcome): string {
  const v = o.version;
  if (o.status === 'unchanged') return `${o.sourceId}: unchanged — same content as version ${v.versionNo} (imported ${when(v.importedAt)}); nothing imported`;
  const prev = o.previous ? `, replacing version ${o.previous.versionNo}` : '';
  const warnings = v.warnings.length > 0 ? `\n${v.warnings.map((w) => `  warning: ${w}`).join('\n')}` : '';
  return `${o.sourceId}: imported version ${v.versionNo}${prev} — ${v.recordCount} records (${countsText(v.counts)}) from ${v.files.map((f) => f.name).join(', ')}${warnings}`;
}

function versionRow(id: string, v: ListVersionRecord, of: number | undefined, title: string): string[] {
  return [
    id,
    of === undefined ? String(v.versionNo) : `${v.versionNo} of ${of}`,
    String(v.recordCount),
    countsText(v.counts),
    when(v.importedAt),
    v.publishedOn ?? v.snapshotDate ?? '-',
    title,
  ];
}

function renderSources(sources: SourceOverview[], history: boolean): string {
  const header = ['SOURCE', 'VERSION', 'RECORDS', 'BY SCHEMA', 'IMPORTED', 'LIST DATE', 'TITLE'];
  const rows: string[][] = [];
  for (const s of sources) {
    if (!s.current) {
      rows.push([s.id, '-', '-', '-', 'not imported', '-', s.title]);
      continue;
    }
    if (history) for (const v of s.versions) rows.push(versionRow(s.id, v, undefined, v === s.current ? `${s.title} (current)` : s.title));
    else rows.push(versionRow(s.id, s.current, s.versions.length, s.title));
  }
  return renderTable(header, rows, { rightAlign: [2], maxWidth: { 3: 48, 6: 60 } });
}

const partyLine = (p: Party): string => `${p.id}  ${primaryName(p)}  [${p.schema}]`;

function renderDiff(d: VersionDiff): string {
  const { diff, from, to } = d;
  const lines = [`${d.sourceId}: version ${from.versionNo} (imported ${when(from.importedAt)}, ${from.recordCount} records) → version ${to.versionNo} (imported ${when(to.importedAt)}, ${to.recordCount} records)`];
  lines.push(`added (${diff.added.length}):`, ...diff.added.map((p) => `  + ${partyLine(p)}`));
  lines.push(`removed (${diff.removed.length}):`, ...diff.removed.map((p) => `  - ${partyLine(p)}`));
  lines.push(`changed (${diff.changed.length}):`);
  for (const c of diff.changed) {
    const before = primaryName(c.before);
    const after = primaryName(c.after);
    lines.push(`  ~ ${c.entityId}  ${before === after ? after : `${before} → ${after}`}  [${c.after.schema}]  fields: ${c.fields.join(', ')}`);
  }
  lines.push(`unchanged: ${diff.unchangedCount}`);
  return lines.join('\n');
}
