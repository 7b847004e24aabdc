/**
 * Typed fetch wrapper for the exportctl JSON API: sends the session cookie, adds the CSRF header to
 * unsafe requests, and turns `{error: {code, message, field?}}` bodies into an `ApiError`.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token the login / session endpoints hand out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request comes back 401 (session expired or revoked). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const err = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = err && typeof err.code === 'string' ? err.code : res.status === 0 ? 'UNAVAILABLE' : `HTTP_${res.status}`;
  const message = err && typeof err.message === 'string' ? err.message : isRecord(body) && typeof body.message === 'string' ? body.message : res.statusText || `HTTP ${res.status}`;
  const field = err && typeof err.field === 'string' ? err.field : undefined;
  return new ApiError(res.status, code, message, field);
}

async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal: signal ?? null });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'UNAVAILABLE', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && onUnauthenticated && !path.startsWith('/api/auth/')) onUnauthenticated();
    throw err;
  }
  return res;
}

async function json<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: async <T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> => json<T>(await send('GET', withQuery(path, query), undefined, signal)),
  post: async <T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> => json<T>(await send('POST', path, body ?? {}, signal)),
  put: async <T>(path: string, body?: unknown): Promise<T> => json<T>(await send('PUT', path, body ?? {})),
  patch: async <T>(path: string, body?: unknown): Promise<T> => json<T>(await send('PATCH', path, body ?? {})),
  del: async <T>(path: string): Promise<T> => json<T>(await send('DELETE', path)),
  /** Raw text (for CSV / JSON-lines exports). */
  text: async (path: string, query?: Query): Promise<string> => (await send('GET', withQuery(path, query))).text(),
};
