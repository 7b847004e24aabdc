/**
 * Downloads each list source from its official URL(s) and imports what was downloaded. URLs come
 * from the source registry and can be replaced per source by the environment variable
 * EXPORTCTL_LIST_URL_<ID> (id in capitals, non-alphanumerics as `_`; comma-separated URLs), e.g.
 * EXPORTCTL_LIST_URL_OFAC_SDN. Every download completes before anything is imported; a failed or
 * timed-out download fails the update naming the URL, and nothing is imported.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError, invalidInput } from '../../domain/errors.ts';
import { findSource, KNOWN_SOURCES } from '../../domain/lists/sources.ts';
import type { Db } from '../../infra/db/connection.ts';
import type { AuditActor } from '../audit/recordAudit.ts';
import { type ImportOutcome, importList } from './importList.ts';

export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 120_000;

export interface UpdateListsInput {
  /** Sources to update; default: every source with a download URL. */
  sourceIds?: string[] | undefined;
  actor: AuditActor;
  at: Date;
  env?: Record<string, string | undefined>;
  /** Per-download timeout (whole response, body included). */
  timeoutMs?: number | undefined;
}

/** Name of the environment variable that overrides a source's URLs. */
export const urlEnvName = (sourceId: string): string => `EXPORTCTL_LIST_URL_${sourceId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** The download URLs of a source: the environment override, else the registry's. */
export function downloadUrls(sourceId: string, env: Record<string, string | undefined>): string[] {
  const override = env[urlEnvName(sourceId)];
  if (override !== undefined && override.trim() !== '') {
    return override
      .split(',')
      .map((u) => u.trim())
      .filter((u) => u.length > 0);
  }
  return findSource(sourceId)?.urls ?? [];
}

export async function updateLists(db: Db, input: UpdateListsInput): Promise<ImportOutcome[]> {
  const env = input.env ?? process.env;
  const timeoutMs = input.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const plan = planDownloads(input.sourceIds, env);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exportctl-lists-'));
  try {
    const items: { paths: string[]; sourceId: string }[] = [];
    for (const { sourceId, urls } of plan) {
      const sourceDir = path.join(dir, sourceId.replace(/[^A-Za-z0-9_-]/g, '_'));
      const files: string[] = [];
      for (const [i, url] of urls.entries()) files.push(await download(url, path.join(sourceDir, fileNameFor(url, i, files)), timeoutMs));
      items.push({ paths: files, sourceId });
    }
    return await importList(db, { items, actor: input.actor, at: input.at });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function planDownloads(sourceIds: string[] | undefined, env: Record<string, string | undefined>): { sourceId: string; urls: string[] }[] {
  if (sourceIds === undefined || sourceIds.length === 0) {
    const plan = KNOWN_SOURCES.map((s) => ({ sourceId: s.id, urls: downloadUrls(s.id, env) })).filter((p) => p.urls.length > 0);
    if (plan.length === 0) throw invalidInput('no list source has a download URL');
    return plan;
  }
  return sourceIds.map((sourceId) => {
    const urls = downloadUrls(sourceId, env);
    if (urls.length === 0) {
      const known = findSource(sourceId);
      throw invalidInput(
        known
          ? `source "${sourceId}" has no official machine-readable download; import its files with "exportctl lists import" or set ${urlEnvName(sourceId)}`
          : `unknown list source "${sourceId}" (known: ${KNOWN_SOURCES.map((s) => s.id).join(', ')}); set ${urlEnvName(sourceId)} to download it`,
        { field: 'source' },
      );
    }
    for (const u of urls) if (!/^https?:\/\//i.test(u)) throw invalidInput(`"${u}" is not an http(s) URL`, { field: urlEnvName(sourceId) });
    return { sourceId, urls };
  });
}

/** The file name a URL is saved under (its last path segment), unique within the source. */
function fileNameFor(url: string, index: number, taken: string[]): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').replace(/[^A-Za-z0-9._-]/g, '_');
  const name = last === '' ? `download-${index + 1}` : last;
  return taken.some((t) => path.basename(t) === name) ? `${index + 1}-${name}` : name;
}

async function download(url: string, file: string, timeoutMs: number): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, { signal, redirect: 'follow' });
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new AppError('UNAVAILABLE', `download of ${url} failed: HTTP ${res.status} ${res.statusText}`.trimEnd());
    }
    await mkdir(path.dirname(file), { recursive: true });
    // fetch's body is typed as the DOM stream; Node's Readable.fromWeb takes the same object under Node's type.
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(file));
    return file;
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (signal.aborted) throw new AppError('UNAVAILABLE', `download of ${url} timed out after ${Math.round(timeoutMs / 100) / 10} s`, { cause: e });
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    throw new AppError('UNAVAILABLE', `download of ${url} failed: ${e instanceof Error ? e.message : String(e)}${cause}`, { cause: e });
  }
}

