/** Names of list sources in the current language, from exportctl's source registry. */
import { KNOWN_SOURCES } from '../../../src/domain/lists/sources.ts';
import type { ListSource, ListedParty } from '../types.ts';

export function sourceLabel(s: Pick<ListSource, 'id' | 'title'>, lang: string): string {
  const known = KNOWN_SOURCES.find((k) => k.id === s.id);
  return lang === 'zh' && known ? known.titleZh : s.title;
}

export function sourceJurisdiction(id: string): string {
  return KNOWN_SOURCES.find((k) => k.id === id)?.jurisdiction ?? '';
}

export function sourcePublisher(id: string): string {
  return KNOWN_SOURCES.find((k) => k.id === id)?.publisher ?? '';
}

export function partyName(p: ListedParty): string {
  return p.names.find((n) => n.kind === 'primary')?.value ?? p.names[0]?.value ?? p.id;
}
