/**
 * A small hash router: the route is `#/<page>?<query>`, so the server's SPA fallback is never
 * needed for navigation and reloads keep the page.
 */
import { useSyncExternalStore } from 'react';

export interface Route {
  page: string;
  /** Path segments after the page, e.g. `#/lists/cn-mofcom` → ['cn-mofcom']. */
  params: string[];
  query: URLSearchParams;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

const snapshot = (): string => window.location.hash;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] ?? '', params: parts.slice(1), query: new URLSearchParams(qs) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return parseHash(hash);
}

export function href(page: string, params: string[] = [], query?: Record<string, string | undefined>): string {
  const path = [page, ...params].map(encodeURIComponent).join('/');
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v) q.set(k, v);
  const qs = q.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(page: string, params: string[] = [], query?: Record<string, string | undefined>): void {
  window.location.hash = href(page, params, query);
}
