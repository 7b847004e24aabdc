/** Display helpers: dates, scores, names of hits and list sources in the current language. */
import type { Hit } from './types.ts';

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  if (/^\d{4}(-\d{2}){0,2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** Age in whole days between an instant and now. */
export function ageInDays(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

/** Scores arrive as 0–1; shown as a whole percentage. */
export function formatScore(score: number): string {
  const pct = score <= 1 ? score * 100 : score;
  return `${Math.round(pct)}%`;
}

export function hitTitle(hit: Hit): string {
  return hit.name || hit.matchedName || hit.entityId;
}

/** The listed name that matched, when it is not the primary name (an alias, a name in another script). */
export function hitVia(hit: Hit): string | null {
  return hit.matchedName && hit.matchedName !== hit.name ? hit.matchedName : null;
}


/** Text of an API error, or of anything thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
