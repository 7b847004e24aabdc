/** The append-only audit trail: filters, pages, the chain verification badge and export. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { can, useSession } from '../session.ts';
import type { AuditEvent, AuditVerification, CursorPage } from '../types.ts';

const PAGE_SIZE = 50;
/** Event families, by type prefix (see the audit event union on the server). */
const TYPE_PREFIXES = ['auth.', 'user.', 'org.', 'token.', 'list.', 'counterparty.', 'screening.', 'alert.', 'job.'] as const;

interface Filters {
  q: string;
  typePrefix: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { q: '', typePrefix: '', from: '', to: '' };

/** `YYYY-MM-DD` (a day, inclusive) → the ISO instants the API filters on. */
function filterQuery(f: Filters): Record<string, string | undefined> {
  const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    q: f.q.trim() || undefined,
    typePrefix: f.typePrefix || undefined,
    since: f.from ? new Date(`${f.from}T00:00:00Z`).toISOString() : undefined,
    until: f.to ? dayAfter(f.to) : undefined,
  };
}

function VerifyBadge() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = can(session, 'audit', 'verify');
  const v = useLoad(async (signal) => (allowed ? api.get<AuditVerification>('/api/audit/verify', undefined, signal) : null), [allowed]);
  if (!allowed) return null;
  if (v.loading) return <span className="badge muted-badge">{t('audit.verifying')}</span>;
  if (v.error || !v.data) return <span className="badge warn">{t('audit.verifyUnavailable')}</span>;
  const { ok, count, problem } = v.data;
  return (
    <span className={`badge big ${ok ? 'ok' : 'bad'}`} data-testid="audit-verify" title={problem?.message ?? v.data.head?.hash ?? ''}>
      {ok ? `✓ ${t('audit.verified', { count })}` : `✗ ${t('audit.broken', { seq: problem?.seq ?? '?', kind: t(`audit.problem.${problem?.kind ?? 'edited'}`) })}`}
    </span>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  /** Cursors of the pages visited so far; the last one is the page shown. */
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const [open, setOpen] = useState<number | null>(null);
  const cursor = cursors[cursors.length - 1];
  const events = useLoad(
    async (signal) => api.get<CursorPage<AuditEvent>>('/api/audit/events', { ...filterQuery(filters), limit: PAGE_SIZE, cursor }, signal),
    [filters, cursor],
  );

  function apply(e: FormEvent) {
    e.preventDefault();
    setCursors([undefined]);
    setFilters(draft);
  }

  const items = events.data?.items ?? [];
  const next = events.data?.nextCursor ?? null;

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <>
            <VerifyBadge />
            {can(session, 'audit', 'export') ? (
              <>
                <a className="button secondary" href={withQuery('/api/audit/export', { ...filterQuery(filters), format: 'csv' })} download>
                  {t('audit.exportCsv')}
                </a>
                <a className="button secondary" href={withQuery('/api/audit/export', { ...filterQuery(filters), format: 'json' })} download>
                  {t('audit.exportJson')}
                </a>
              </>
            ) : null}
          </>
        }
      />
      <form className="card filters" onSubmit={apply} role="search">
        <label className="grow">
          {t('audit.search')}
          <input name="q" type="search" placeholder={t('audit.searchHint')} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </label>
        <label>
          {t('audit.type')}
          <select name="typePrefix" value={draft.typePrefix} onChange={(e) => setDraft({ ...draft, typePrefix: e.target.value })}>
            <option value="">{t('audit.allTypes')}</option>
            {TYPE_PREFIXES.map((p) => (
              <option key={p} value={p}>
                {t(`audit.families.${p.slice(0, -1)}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.from')}
          <input name="from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          {t('audit.to')}
          <input name="to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('common.apply')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
              setCursors([undefined]);
            }}
          >
            {t('common.clear')}
          </button>
        </div>
      </form>

      <section className="card">
        <ErrorMessage error={events.error} onRetry={events.reload} />
        {events.loading && !events.data ? <Loading /> : null}
        {events.data && items.length === 0 ? <EmptyState title={t('audit.none')} /> : null}
        {items.length ? (
          <table className="table audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th className="num">#</th>
                <th>{t('audit.at')}</th>
                <th>{t('audit.actor')}</th>
                <th>{t('audit.type')}</th>
                <th>{t('audit.object')}</th>
                <th>{t('audit.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{formatDateTime(e.at, i18n.language)}</td>
                  <td>
                    {e.actor.name}
                    {e.actor.kind !== 'user' ? <span className="muted small"> ({e.actor.kind})</span> : null}
                  </td>
                  <td>
                    <code>{e.type}</code>{' '}
                    <button type="button" className="link small" aria-expanded={open === e.seq} onClick={() => setOpen(open === e.seq ? null : e.seq)}>
                      {open === e.seq ? t('audit.hide') : t('audit.details')}
                    </button>
                    {open === e.seq ? <pre className="payload">{JSON.stringify(e.payload, null, 2)}</pre> : null}
                  </td>
                  <td className="small">
                    {e.objectType} <code>{e.objectId}</code>
                  </td>
                  <td>
                    <code className="hash" title={e.hash}>
                      {e.hash.slice(0, 12)}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="pager">
          <button type="button" className="secondary" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            ← {t('audit.newer')}
          </button>
          <span className="muted">{t('audit.page', { page: cursors.length })}</span>
          <button type="button" className="secondary" disabled={!next} onClick={() => setCursors([...cursors, next ?? undefined])}>
            {t('audit.older')} →
          </button>
        </div>
      </section>
    </>
  );
}
