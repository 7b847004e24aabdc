/**
 * Why a name matched: the query and the listed name with their matched tokens highlighted, the
 * token pairs with their scores and weights, the transliterations used and the qualifiers
 * (country, date of birth, schema) that raised or lowered the score.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore, hitTitle } from '../format.ts';
import type { Hit, TokenMatch } from '../types.ts';
import { ScoreBar, SourceTag } from './Badges.tsx';

interface Range {
  start: number;
  end: number;
  score: number;
}

/** Character ranges of `text` where any of the tokens occurs (case-insensitive), merged. */
export function tokenRanges(text: string, tokens: Array<{ token: string; score: number }>): Range[] {
  const lower = text.toLocaleLowerCase();
  const ranges: Range[] = [];
  for (const { token, score } of tokens) {
    const needle = token.toLocaleLowerCase().trim();
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const i = lower.indexOf(needle, from);
      if (i < 0) break;
      ranges.push({ start: i, end: i + needle.length, score });
      from = i + needle.length;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.score = Math.max(last.score, r.score);
    } else merged.push({ ...r });
  }
  return merged;
}

function level(score: number): string {
  const pct = score <= 1 ? score * 100 : score;
  return pct >= 95 ? 'exact' : pct >= 80 ? 'close' : 'weak';
}

export function Highlighted({ text, tokens }: { text: string; tokens: Array<{ token: string; score: number }> }) {
  const ranges = tokenRanges(text, tokens);
  const out: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(
      <mark key={i} className={`tok tok-${level(r.score)}`}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <span className="highlighted">{out}</span>;
}

export function ExplanationView({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const ex = hit.explanation;
  const paired = ex.tokens.filter((x): x is TokenMatch & { listed: string } => x.listed !== null);
  const queryTokens = paired.map((x) => ({ token: x.query, score: x.score }));
  const listedTokens = paired.map((x) => ({ token: x.listed, score: x.score }));
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

  return (
    <section className="explanation" aria-label={t('screen.explanation')} data-testid="explanation">
      <header className="explanation-head">
        <div>
          <h3>{hitTitle(hit)}</h3>
          <div className="muted">
            <SourceTag source={hit.source} /> {t(`schemas.${hit.schema}`, { defaultValue: hit.schema })} · <code>{hit.entityId}</code>
          </div>
        </div>
        <ScoreBar score={hit.score} />
      </header>

      <div className="compare">
        <div>
          <div className="label">{t('screen.yourQuery')}</div>
          <div className="compare-name" data-testid="query-highlight">
            <Highlighted text={ex.query} tokens={queryTokens} />
            {same(ex.query, ex.queryVariant) ? null : (
              <div className="variant">
                <Highlighted text={ex.queryVariant} tokens={queryTokens} />
              </div>
            )}
          </div>
        </div>
        <div>
          <div className="label">{t('screen.listedName')}</div>
          <div className="compare-name" data-testid="listed-highlight">
            <Highlighted text={hit.matchedName} tokens={listedTokens} />
            {same(hit.matchedName, ex.listedVariant) ? null : (
              <div className="variant">
                <Highlighted text={ex.listedVariant} tokens={listedTokens} />
              </div>
            )}
          </div>
        </div>
      </div>

      <table className="table compact tokens">
        <caption>
          {t('screen.tokenTable')} <span className="muted small">· {t('screen.nameScore')} {formatScore(ex.nameScore)}</span>
        </caption>
        <thead>
          <tr>
            <th>{t('screen.queryToken')}</th>
            <th>{t('screen.listedToken')}</th>
            <th className="num">{t('screen.tokenScore')}</th>
            <th className="num">{t('screen.tokenWeight')}</th>
            <th>{t('screen.tokenNote')}</th>
          </tr>
        </thead>
        <tbody>
          {ex.tokens.map((tok, i) => (
            <tr key={i} className={tok.listed ? '' : 'unmatched'}>
              <td>
                {tok.query ? <mark className={`tok tok-${tok.listed ? level(tok.score) : 'none'}`}>{tok.query}</mark> : <span className="muted">{t('screen.noCounterpart')}</span>}
              </td>
              <td>{tok.listed ? <mark className={`tok tok-${level(tok.score)}`}>{tok.listed}</mark> : <span className="muted">{t('screen.noCounterpart')}</span>}</td>
              <td className="num">{formatScore(tok.score)}</td>
              <td className="num">{tok.weight.toFixed(2)}</td>
              <td className="small">{tok.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="explanation-grid">
        <div>
          <div className="label">{t('screen.transliterations')}</div>
          {ex.transliterations.length ? (
            <ul className="plain">
              {ex.transliterations.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          ) : (
            <div className="muted">{t('screen.noTransliterations')}</div>
          )}
        </div>
        <div>
          <div className="label">{t('screen.qualifiers')}</div>
          {ex.qualifiers.length ? (
            <ul className="plain">
              {ex.qualifiers.map((q, i) => (
                <li key={i}>
                  <span className={`badge ${q.effect >= 0 ? 'ok' : 'warn'}`}>
                    {q.effect > 0 ? '+' : ''}
                    {Math.round(q.effect * 100)}
                  </span>{' '}
                  {t(`screen.qualifierKinds.${q.kind}`, { defaultValue: q.kind })}: <span className="muted">{q.detail}</span>
                </li>
              ))}
            </ul>
          ) : (
            <div className="muted">{t('screen.noQualifiers')}</div>
          )}
        </div>
      </div>
    </section>
  );
}
