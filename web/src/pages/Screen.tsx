/**
 * Screen one name: results update as you type (debounced), ↑/↓ move through the hits and the
 * explanation of the selected hit shows which tokens matched and why.
 */
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ScoreBar, SourceTag } from '../components/Badges.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { ExplanationView } from '../components/Explanation.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { hitTitle, hitVia } from '../format.ts';
import { useDebounced } from '../hooks.ts';
import type { Route } from '../router.ts';
import type { ScreenResponse } from '../types.ts';

export const PARTY_SCHEMAS = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft'] as const;
/** What a screening query can say it is. */
export const QUERY_SCHEMAS = ['person', 'organization', 'vessel', 'aircraft'] as const;

interface Query {
  name: string;
  country: string;
  schema: string;
  birthDate: string;
  threshold: number;
}

export function ScreenPage({ route }: { route: Route }) {
  const { t } = useTranslation();
  const [q, setQ] = useState<Query>({ name: route.query.get('name') ?? '', country: '', schema: '', birthDate: '', threshold: 0.8 });
  const debounced = useDebounced(q, 250);
  const [result, setResult] = useState<ScreenResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    const name = debounced.name.trim();
    if (name.length < 2) {
      setResult(null);
      setError(null);
      return;
    }
    const ctl = new AbortController();
    setBusy(true);
    api
      .post<ScreenResponse>(
        '/api/screen',
        {
          name,
          country: debounced.country.trim().toUpperCase() || undefined,
          schema: debounced.schema || undefined,
          birthDate: debounced.birthDate.trim() || undefined,
          threshold: debounced.threshold,
        },
        ctl.signal,
      )
      .then((r) => {
        setResult(r);
        setError(null);
        setSelected(0);
      })
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!ctl.signal.aborted) setBusy(false);
      });
    return () => ctl.abort();
  }, [debounced]);

  const hits = result?.hits ?? [];
  const current = hits[selected];

  function onKey(e: KeyboardEvent) {
    if (!hits.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSelected((s) => Math.min(hits.length - 1, s + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected((s) => Math.max(0, s - 1));
    }
  }

  const set = <K extends keyof Query>(k: K, v: Query[K]) => setQ((old) => ({ ...old, [k]: v }));

  return (
    <>
      <PageHeader title={t('screen.title')} subtitle={t('screen.subtitle')} />
      <form className="card screen-form" onSubmit={(e) => e.preventDefault()} onKeyDown={onKey} role="search">
        <label className="grow">
          {t('screen.name')}
          <input
            type="search"
            name="name"
            autoFocus
            autoComplete="off"
            placeholder={t('screen.namePlaceholder')}
            value={q.name}
            onChange={(e) => set('name', e.target.value)}
            aria-describedby="screen-hint"
          />
        </label>
        <label>
          {t('common.country')}
          <input name="country" maxLength={2} size={4} placeholder="CN" value={q.country} onChange={(e) => set('country', e.target.value)} />
        </label>
        <label>
          {t('screen.schema')}
          <select name="schema" value={q.schema} onChange={(e) => set('schema', e.target.value)}>
            <option value="">{t('screen.anySchema')}</option>
            {QUERY_SCHEMAS.map((s) => (
              <option key={s} value={s}>
                {t(`querySchemas.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('screen.birthDate')}
          <input name="birthDate" placeholder="YYYY-MM-DD" size={10} value={q.birthDate} onChange={(e) => set('birthDate', e.target.value)} />
        </label>
        <label>
          {t('screen.threshold')} <span className="muted">{Math.round(q.threshold * 100)}%</span>
          <input type="range" name="threshold" min={0.5} max={1} step={0.01} value={q.threshold} onChange={(e) => set('threshold', Number(e.target.value))} />
        </label>
      </form>
      <p id="screen-hint" className="muted small">
        {t('screen.hint')}
      </p>

      <ErrorMessage error={error} />
      {q.name.trim().length < 2 ? (
        <EmptyState title={t('screen.startTyping')}>{t('screen.startTypingHint')}</EmptyState>
      ) : busy && !result ? (
        <Loading label={t('screen.searching')} />
      ) : result && hits.length === 0 ? (
        <EmptyState title={t('screen.noHits')}>{t('screen.noHitsHint', { threshold: Math.round(q.threshold * 100) })}</EmptyState>
      ) : result ? (
        <div className="split">
          <div className="card results" aria-busy={busy}>
            <div className="results-head">
              {t('screen.hitCount', { count: hits.length })}
              {busy ? <span className="spinner small" aria-hidden="true" /> : null}
            </div>
            <ul role="listbox" aria-label={t('screen.results')} data-testid="hits">
              {hits.map((h, i) => (
                <li
                  key={`${h.entityId}-${i}`}
                  role="option"
                  aria-selected={i === selected}
                  className={i === selected ? 'selected' : ''}
                  tabIndex={0}
                  onClick={() => setSelected(i)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') setSelected(i);
                    else onKey(e);
                  }}
                >
                  <div className="hit-line">
                    <span className="hit-name">{hitTitle(h)}</span>
                    <ScoreBar score={h.score} />
                  </div>
                  <div className="muted small">
                    <SourceTag source={h.source} /> {hitVia(h) ? `${t('screen.via')} ${hitVia(h)}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          </div>
          <div className="card">{current ? <ExplanationView hit={current} /> : null}</div>
        </div>
      ) : null}
    </>
  );
}
