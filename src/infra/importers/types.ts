/**
 * What every list importer provides. An importer recognises the files of its format among a set of
 * paths and parses one recognised set into parties, streaming the file(s) and failing with an
 * AppError('INVALID_INPUT') that names the file and line (or XML element) on malformed input.
 */
import type { Party } from '../../domain/lists/party.ts';
import type { ListFormat } from '../../domain/lists/sources.ts';

/** A group of files that together form one list of one format (e.g. sdn.csv + alt.csv + add.csv). */
export interface RecognisedSet {
  format: ListFormat;
  /** Default source id for this set (e.g. 'ofac-sdn' for sdn.csv, 'ofac-cons' for cons_prim.csv). */
  sourceId: string;
  /** Absolute paths; the main file first. */
  files: string[];
}

export interface ParsedList {
  format: ListFormat;
  sourceId: string;
  parties: Party[];
  /** The publication date the file states, when it states one (YYYY-MM-DD). */
  publishedOn?: string;
  /** Non-fatal observations (e.g. a companion file absent, a row skipped because it is a header repeat). */
  warnings: string[];
}

export interface ListImporter {
  format: ListFormat;
  /** From a list of file paths, the sets this importer can read (by name and by sniffing content). */
  recognise(paths: string[]): Promise<RecognisedSet[]>;
  /** Parses a recognised set. `sourceId` overrides the set's default source id. */
  parse(set: RecognisedSet, sourceId?: string): Promise<ParsedList>;
}
