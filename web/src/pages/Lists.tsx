/** Party-list sources, their imported versions, the diff between versions, and importing a new file. */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Route, href, navigate } from '../router.ts';
import { can, useSession } from '../session.ts';
import type { ListDiff, ListImportResult, ListSource, ListVersion } from '../types.ts';
import { partyName, sourceJurisdiction, sourceLabel, sourcePublisher } from './listFields.ts';

export function ListsPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const sources = useLoad(async (signal) => (await api.get<{ items: ListSource[] }>('/api/lists', undefined, signal)).items, []);
  const sourceId = route.params[0];
  const source = sources.data?.find((s) => s.id === sourceId);
  const versions = useLoad(
    async (signal) => (sourceId ? (await api.get<{ items: ListVersion[] }>(`/api/lists/${encodeURIComponent(sourceId)}/versions`, undefined, signal)).items : []),
    [sourceId],
  );
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.versionNo - a.versionNo);
  const toNo = Number(route.query.get('to') ?? sorted[0]?.versionNo ?? 0);
  const fromParam = route.query.get('from');
  const fromNo = fromParam !== null ? Number(fromParam) : (sorted.find((v) => v.versionNo < toNo)?.versionNo ?? null);
  const diff = useLoad(
    async (signal) => (sourceId && toNo && fromNo ? api.get<ListDiff>(`/api/lists/${encodeURIComponent(sourceId)}/diff`, { from: fromNo, to: toNo }, signal) : null),
    [sourceId, toNo, fromNo],
  );
  const toVersion = sorted.find((v) => v.versionNo === toNo);

  const canImport = can(session, 'list', 'import');
  const [importSource, setImportSource] = useState(sourceId ?? '');
  const [files, setFiles] = useState<FileList | null>(null);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<unknown>(null);
  const [imported, setImported] = useState<ListImportResult | null>(null);
  useEffect(() => {
    if (sourceId) setImportSource(sourceId);
  }, [sourceId]);

  async function doImport(e: FormEvent) {
    e.preventDefault();
    if (!files?.length || !importSource) return;
    setImporting(true);
    setImportError(null);
    setImported(null);
    const form = new FormData();
    form.append('sourceId', importSource);
    for (const f of Array.from(files)) form.append('files', f, f.name);
    try {
      const r = await api.post<ListImportResult>('/api/lists/import', form);
      setImported(r);
      sources.reload();
      if (importSource === sourceId) versions.reload();
      else navigate('lists', [importSource]);
    } catch (err) {
      setImportError(err);
    } finally {
      setImporting(false);
    }
  }


  return (
    <>
      <PageHeader title={t('lists.title')} subtitle={t('lists.subtitle')} />
      <div className="split wide-left">
        <section className="card">
          <ErrorMessage error={sources.error} onRetry={sources.reload} />
          {sources.loading && !sources.data ? <Loading /> : null}
          {sources.data && sources.data.length === 0 ? <EmptyState title={t('lists.none')} /> : null}
          {sources.data?.length ? (
            <table className="table" data-testid="list-sources">
              <thead>
                <tr>
                  <th>{t('lists.source')}</th>
                  <th>{t('lists.jurisdiction')}</th>
                  <th className="num">{t('lists.version')}</th>
                  <th>{t('lists.snapshot')}</th>
                  <th className="num">{t('lists.records')}</th>
                </tr>
              </thead>
              <tbody>
                {sources.data.map((s) => {
                  const v = s.current;
                  return (
                    <tr key={s.id} className={s.id === sourceId ? 'selected' : ''}>
                      <td>
                        <a href={href('lists', [s.id])}>{sourceLabel(s, lang)}</a>
                        <div className="muted small">
                          <code>{s.id}</code> {sourcePublisher(s.id) ? `· ${sourcePublisher(s.id)}` : ''}
                        </div>
                      </td>
                      <td>{sourceJurisdiction(s.id)}</td>
                      <td className="num">{v ? `v${v.versionNo}` : '—'}</td>
                      <td>{v ? formatDate(v.snapshotDate ?? v.publishedOn ?? v.importedAt, lang) : <span className="badge muted-badge">{t('lists.notImported')}</span>}</td>
                      <td className="num">{v ? v.recordCount.toLocaleString() : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </section>

        <div className="stack">
          {canImport ? (
            <form className="card form" onSubmit={(e) => void doImport(e)} aria-labelledby="import-title">
              <h2 id="import-title">{t('lists.import')}</h2>
              <label>
                {t('lists.source')}
                <select name="source" required value={importSource} onChange={(e) => setImportSource(e.target.value)}>
                  <option value="">{t('lists.chooseSource')}</option>
                  {(sources.data ?? []).map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.id} — {sourceLabel(s, lang)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('lists.files')}
                <input type="file" name="file" multiple required onChange={(e) => setFiles(e.target.files)} data-testid="list-file" />
              </label>
              <p className="muted small">{t('lists.importHint')}</p>
              <ErrorMessage error={importError} />
              {imported ? (
                <div className="notice" role="status" data-testid="import-result">
                  {imported.outcomes.map((o) => (
                    <div key={o.sourceId}>
                      <code>{o.sourceId}</code>: {o.status === 'unchanged' ? t('lists.unchanged') : t('lists.imported', { version: o.version.versionNo, count: o.version.recordCount })}
                    </div>
                  ))}
                  {imported.rescreenJobId ? <div>{t('lists.rescreenQueued')}</div> : null}
                </div>
              ) : null}
              <button type="submit" className="primary" disabled={importing || !files?.length || !importSource}>
                {importing ? t('lists.importing') : t('lists.importButton')}
              </button>
            </form>
          ) : null}

          {sourceId ? (
            <section className="card">
              <h2>{source ? sourceLabel(source, lang) : sourceId}</h2>
              <h3>{t('lists.versions')}</h3>
              <ErrorMessage error={versions.error} onRetry={versions.reload} />
              {versions.loading && !versions.data ? <Loading /> : null}
              {versions.data && sorted.length === 0 ? <EmptyState title={t('lists.noVersions')} /> : null}
              {sorted.length ? (
                <table className="table compact">
                  <thead>
                    <tr>
                      <th className="num">{t('lists.version')}</th>
                      <th>{t('lists.importedAt')}</th>
                      <th className="num">{t('lists.records')}</th>
                      <th>{t('lists.diff')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((v) => (
                      <tr key={v.versionNo} className={v.versionNo === toNo ? 'selected' : ''}>
                        <td className="num">v{v.versionNo}</td>
                        <td>{formatDateTime(v.importedAt, lang)}</td>
                        <td className="num">{v.recordCount.toLocaleString()}</td>
                        <td>
                          <a href={href('lists', [sourceId], { to: String(v.versionNo) })}>{sorted.some((x) => x.versionNo < v.versionNo) ? t('lists.showDiff', { from: sorted.find((x) => x.versionNo < v.versionNo)?.versionNo }) : t('lists.showInitial')}</a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}

              {toNo && fromNo ? (
                <>
                  <h3>{t('lists.diffTitle', { from: fromNo, to: toNo })}</h3>
                  <ErrorMessage error={diff.error} onRetry={diff.reload} />
                  {diff.loading && !diff.data ? <Loading /> : null}
                  {diff.data ? <DiffView diff={diff.data} /> : null}
                </>
              ) : toVersion ? (
                <>
                  <h3>{t('lists.diffInitial', { to: toNo })}</h3>
                  <p className="muted">
                    {Object.entries(toVersion.counts)
                      .map(([k, n]) => `${t(`schemas.${k}`, { defaultValue: k })}: ${n}`)
                      .join(' · ')}
                  </p>
                  <p className="muted small">{toVersion.files.map((f) => `${f.name} (${f.sha256.slice(0, 12)}…)`).join(', ')}</p>
                </>
              ) : null}
            </section>
          ) : (
            <EmptyState title={t('lists.pickSource')} />
          )}
        </div>
      </div>
    </>
  );
}

/** How many entities of each kind of change are shown before "and N more". */
const DIFF_SHOWN = 50;

function DiffView({ diff }: { diff: ListDiff }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'added', sign: '+', items: diff.added.map((p) => ({ id: p.id, name: partyName(p), note: '' })) },
    { key: 'removed', sign: '−', items: diff.removed.map((p) => ({ id: p.id, name: partyName(p), note: '' })) },
    { key: 'changed', sign: '~', items: diff.changed.map((c) => ({ id: c.entityId, name: partyName(c.after), note: c.fields.join(', ') })) },
  ] as const;
  if (groups.every((g) => g.items.length === 0)) return <EmptyState title={t('lists.noChanges')} />;
  return (
    <div className="diff" data-testid="list-diff">
      <p className="muted small">{t('lists.unchangedCount', { count: diff.unchangedCount })}</p>
      {groups.map((g) => (
        <div key={g.key} className={`diff-group diff-${g.key}`}>
          <div className="label">
            {t(`lists.${g.key}`)} <span className="badge">{g.items.length}</span>
          </div>
          {g.items.length ? (
            <ul className="plain">
              {g.items.slice(0, DIFF_SHOWN).map((e) => (
                <li key={e.id}>
                  <span className="diff-sign" aria-hidden="true">
                    {g.sign}
                  </span>{' '}
                  {e.name} <code className="muted small">{e.id}</code> {e.note ? <span className="muted small">({e.note})</span> : null}
                </li>
              ))}
              {g.items.length > DIFF_SHOWN ? <li className="muted">{t('lists.more', { count: g.items.length - DIFF_SHOWN })}</li> : null}
            </ul>
          ) : null}
        </div>
      ))}
    </div>
  );
}
