/** Readable text of a hit's explanation, for the CLI and reports. */
import type { Hit } from './screen.ts';

const pct = (x: number) => x.toFixed(3);
const signed = (x: number) => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

export function formatExplanation(hit: Hit): string {
  const e = hit.explanation;
  const lines: string[] = [];
  lines.push(`${hit.name} [${hit.source} ${hit.sourceRef}, ${hit.schema}] score ${pct(hit.score)}`);
  if (hit.matchedName !== hit.name) lines.push(`  matched name: ${hit.matchedName}`);
  lines.push(`  query "${e.query}" as "${e.queryVariant}" ~ listed "${e.listedVariant}"`);
  for (const t of e.transliterations) lines.push(`  transliteration: ${t}`);
  lines.push('  tokens:');
  for (const t of e.tokens) {
    const listed = t.listed === null ? '(no match)' : t.listed;
    const note = t.note === undefined ? '' : `  [${t.note}]`;
    lines.push(`    ${t.query.padEnd(18)} ~ ${listed.padEnd(18)} ${pct(t.score)} ×${t.weight.toFixed(2)}${note}`);
  }
  lines.push(`  name score: ${pct(e.nameScore)}`);
  for (const q of e.qualifiers) lines.push(`  ${q.kind}: ${signed(q.effect)} (${q.detail})`);
  return lines.join('\n');
}
