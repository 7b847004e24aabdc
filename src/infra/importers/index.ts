/**
 * The list importers and the two entry points the rest of exportctl uses:
 *  - recogniseFiles(paths): which list sets a set of files / folders holds;
 *  - parseListFiles(paths, sourceId?): recognise and parse them into parties.
 * Each file belongs to at most one set; importers are asked in the order below, so the more
 * specific recognisers (file names) come before the ones that sniff headers.
 */
import { invalidInput } from '../../domain/errors.ts';
import { displayPath, expandPaths } from './files.ts';
import { ofacImporter } from './ofac.ts';
import { unImporter } from './un.ts';
import { cslCsvImporter, cslJsonImporter } from './csl.ts';
import { bisDplImporter } from './bisDpl.ts';
import { euJournalImporter } from './euJournal.ts';
import { ukImporter } from './uk.ts';
import { cnImporter } from './cn.ts';
import { compiledUsImporter } from './compiledUs.ts';
import { ftmImporter } from './ftm.ts';
import { exportctlCsvImporter, exportctlJsonImporter } from './exportctl.ts';
import type { ListImporter, ParsedList, RecognisedSet } from './types.ts';

export type { ListImporter, ParsedList, RecognisedSet } from './types.ts';

export const IMPORTERS: readonly ListImporter[] = [ofacImporter, unImporter, ukImporter, bisDplImporter, euJournalImporter, cnImporter, compiledUsImporter, exportctlCsvImporter, cslCsvImporter, exportctlJsonImporter, cslJsonImporter, ftmImporter];

/**
 * Expands folders recursively and groups the files into recognised list sets. Files no importer
 * claims are ignored, unless nothing at all is recognised: then the error lists them.
 */
export async function recogniseFiles(paths: string[]): Promise<RecognisedSet[]> {
  const files = await expandPaths(paths);
  let remaining = files;
  const sets: RecognisedSet[] = [];
  for (const imp of IMPORTERS) {
    if (remaining.length === 0) break;
    const found = await imp.recognise(remaining);
    for (const s of found) {
      const fresh = s.files.filter((f) => remaining.includes(f));
      if (fresh.length !== s.files.length || fresh.length === 0) continue;
      sets.push(s);
      remaining = remaining.filter((f) => !s.files.includes(f));
    }
  }
  if (sets.length === 0) {
    const shown = files.slice(0, 10).map(displayPath).join(', ');
    throw invalidInput(
      files.length === 0
        ? 'no files found'
        : `no known list format recognised in ${files.length} file(s): ${shown}${files.length > 10 ? ', …' : ''}`,
      { file: paths.join(', ') },
    );
  }
  return sets;
}

/**
 * Recognises and parses list files. `sourceId` overrides each set's default source id (useful
 * for one set; with several sets they would all share it, so it is refused).
 */
export async function parseListFiles(paths: string[], sourceId?: string): Promise<ParsedList[]> {
  const sets = await recogniseFiles(paths);
  if (sourceId !== undefined && sets.length > 1) {
    throw invalidInput(`--source ${sourceId} given but the files hold ${sets.length} lists (${sets.map((s) => s.sourceId).join(', ')}); import them one at a time`, { field: 'source' });
  }
  const out: ParsedList[] = [];
  for (const set of sets) {
    const imp = IMPORTERS.find((i) => i.format === set.format);
    if (!imp) throw invalidInput(`no importer for format ${set.format}`, { field: 'format' });
    out.push(await imp.parse(set, sourceId));
  }
  return out;
}
