/**
 * Remote mode: commands given `--server URL --token T` talk to a running exportctl server over
 * its JSON API with a bearer token instead of opening the database.
 */
import { AppError, ERROR_CODES, type ErrorCode } from '../domain/errors.ts';

export interface RemoteOptions {
  server: string;
  token: string;
}

export interface RemoteRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
}

const isErrorCode = (c: unknown): c is ErrorCode => typeof c === 'string' && (ERROR_CODES as readonly string[]).includes(c);

/** Calls `path` (e.g. `/api/audit/verify`) and returns the parsed JSON; API errors become AppErrors. */
export async function remoteJson(opts: RemoteOptions, path: string, req: RemoteRequest = {}): Promise<unknown> {
  const url = new URL(path, opts.server.endsWith('/') ? opts.server : `${opts.server}/`);
  for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  let res: Response;
  try {
    res = await fetch(url, {
      method: req.method ?? 'GET',
      headers: { authorization: `Bearer ${opts.token}`, accept: 'application/json', ...(req.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    });
  } catch (e) {
    throw new AppError('UNAVAILABLE', `cannot reach ${url.origin}: ${(e as Error).message}`, { cause: e });
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!res.ok) {
    const err = typeof data === 'object' && data !== null && 'error' in data ? (data as { error: { code?: unknown; message?: unknown } }).error : undefined;
    const code = isErrorCode(err?.code) ? err.code : 'INTERNAL';
    throw new AppError(code, `${url.origin}: ${typeof err?.message === 'string' ? err.message : `HTTP ${res.status}`}`);
  }
  return data;
}

/** The remote options of a command, when both --server and --token (or EXPORTCTL_TOKEN) are set. */
export function remoteOptions(o: { server?: string | undefined; token?: string | undefined }): RemoteOptions | undefined {
  const token = o.token ?? process.env.EXPORTCTL_TOKEN;
  if (!o.server) return undefined;
  if (!token) throw new AppError('INVALID_INPUT', '--server needs --token (or EXPORTCTL_TOKEN)', { location: { field: 'token' } });
  return { server: o.server, token };
}
