/**
 * Batch screening: upload a CSV of names, watch the progress, download the results as CSV.
 * Each row is screened through `POST /api/screen`, a few at a time.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ScoreBar } from '../components/Badges.tsx';
import { EmptyState, ErrorMessage } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { type BatchRow, batchRows, toCsv } from '../csv.ts';
import { formatScore, hitTitle, messageOf } from '../format.ts';
import { href } from '../router.ts';
import type { Hit, ScreenResponse } from '../types.ts';

/** Rows screened at the same time. */
const CONCURRENCY = 4;

interface RowResult {
  row: BatchRow;
  hits?: Hit[];
  error?: string;
}

export function BatchPage() {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [problems, setProblems] = useState<Array<{ line: number; message: string }>>([]);
  const [results, setResults] = useState<RowResult[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = useRef<AbortController | null>(null);

  async function onFile(file: File | undefined) {
    setResults([]);
    setError(null);
    if (!file) return;
    setFileName(file.name);
    try {
      const parsed = batchRows(await file.text());
      setRows(parsed.rows);
      setProblems(parsed.problems);
    } catch (e) {
      setError(e);
    }
  }

  async function run() {
    const ctl = new AbortController();
    cancel.current = ctl;
    setRunning(true);
    setResults([]);
    const out: RowResult[] = new Array<RowResult>(rows.length);
    let next = 0;
    let done: RowResult[] = [];
    const worker = async () => {
      while (!ctl.signal.aborted) {
        const i = next++;
        const row = rows[i];
        if (!row) return;
        try {
          const r = await api.post<ScreenResponse>('/api/screen', { name: row.name, country: row.country, schema: row.schema, birthDate: row.birthDate }, ctl.signal);
          out[i] = { row, hits: r.hits };
        } catch (e) {
          if (ctl.signal.aborted) return;
          out[i] = { row, error: messageOf(e) };
        }
        done = out.filter((x): x is RowResult => x !== undefined);
        setResults(done);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
    setRunning(false);
    cancel.current = null;
  }

  function download() {
    const header = ['line', 'name', 'country', 'hits', 'top_match', 'top_source', 'top_entity', 'top_score', 'error'];
    const body = results.map((r) => {
      const top = r.hits?.[0];
      return [r.row.line, r.row.name, r.row.country ?? '', r.hits?.length ?? '', top ? hitTitle(top) : '', top?.source ?? '', top?.entityId ?? '', top ? formatScore(top.score) : '', r.error ?? ''];
    });
    const blob = new Blob(['\ufeff', toCsv([header, ...body])], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${(fileName ?? 'batch').replace(/\.csv$/i, '')}-screening.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  const pct = rows.length ? Math.round((results.length / rows.length) * 100) : 0;
  const flagged = results.filter((r) => (r.hits?.length ?? 0) > 0).length;
  const failed = results.filter((r) => r.error).length;

  return (
    <>
      <PageHeader title={t('batch.title')} subtitle={t('batch.subtitle')} />
      <section className="card">
        <label className="file">
          {t('batch.chooseFile')}
          <input type="file" accept=".csv,text/csv" disabled={running} onChange={(e) => void onFile(e.target.files?.[0])} data-testid="batch-file" />
        </label>
        <p className="muted small">{t('batch.format')}</p>
        <ErrorMessage error={error} />
        {fileName ? (
          <p>
            {t('batch.loaded', { file: fileName, count: rows.length })}
            {problems.length ? <span className="badge warn">{t('batch.skipped', { count: problems.length, lines: problems.map((p) => p.line).join(', ') })}</span> : null}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="primary" disabled={!rows.length || running} onClick={() => void run()}>
            {t('batch.start', { count: rows.length })}
          </button>
          {running ? (
            <button type="button" className="secondary" onClick={() => cancel.current?.abort()}>
              {t('common.cancel')}
            </button>
          ) : null}
          <button type="button" className="secondary" disabled={!results.length || running} onClick={download}>
            {t('batch.download')}
          </button>
        </div>
        {running || results.length ? (
          <div className="progress-wrap">
            <progress max={rows.length} value={results.length} aria-label={t('batch.progress')} />
            <span data-testid="batch-progress">
              {t('batch.progressText', { done: results.length, total: rows.length, pct })} · {t('batch.flagged', { count: flagged })}
              {failed ? ` · ${t('batch.failed', { count: failed })}` : ''}
            </span>
          </div>
        ) : null}
      </section>

      {!fileName ? <EmptyState title={t('batch.empty')}>{t('batch.emptyHint')}</EmptyState> : null}

      {results.length ? (
        <section className="card">
          <table className="table">
            <thead>
              <tr>
                <th className="num">{t('batch.line')}</th>
                <th>{t('screen.name')}</th>
                <th>{t('common.country')}</th>
                <th className="num">{t('batch.hits')}</th>
                <th>{t('batch.topMatch')}</th>
                <th>{t('alerts.score')}</th>
              </tr>
            </thead>
            <tbody>
              {[...results]
                .sort((a, b) => (b.hits?.[0]?.score ?? -1) - (a.hits?.[0]?.score ?? -1))
                .map((r) => {
                  const top = r.hits?.[0];
                  return (
                    <tr key={r.row.line} className={top ? 'flag' : ''}>
                      <td className="num">{r.row.line}</td>
                      <td>
                        <a href={href('screen', [], { name: r.row.name })}>{r.row.name}</a>
                      </td>
                      <td>{r.row.country ?? ''}</td>
                      <td className="num">{r.error ? '—' : (r.hits?.length ?? 0)}</td>
                      <td>{r.error ? <span className="error-inline">{r.error}</span> : top ? `${hitTitle(top)} (${top.source})` : <span className="muted">{t('batch.clear')}</span>}</td>
                      <td>{top ? <ScoreBar score={top.score} /> : null}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
