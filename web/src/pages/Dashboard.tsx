/** Open alerts, the freshness of every list and the latest audit events. */
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ScoreBar, SourceTag } from '../components/Badges.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { ageInDays, formatDate, formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { can, useSession } from '../session.ts';
import type { Alert, AuditEvent, AuditVerification, CursorPage, ListSource, Page } from '../types.ts';
import { useCounterpartyNames } from './counterpartyNames.ts';
import { sourceLabel } from './listFields.ts';

/** Lists older than this many days are flagged as stale on the dashboard. */
const STALE_AFTER_DAYS = 30;

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const seesAlerts = can(session, 'alert', 'read');
  const seesAudit = can(session, 'audit', 'read');
  const alerts = useLoad(async (signal) => {
    if (!seesAlerts) return null;
    return api.get<Page<Alert>>('/api/alerts', { status: 'open', limit: 5 }, signal);
  }, []);
  const names = useCounterpartyNames(seesAlerts && can(session, 'counterparty', 'read'), [alerts.data]);
  const lists = useLoad(async (signal) => (await api.get<{ items: ListSource[] }>('/api/lists', undefined, signal)).items, []);
  const audit = useLoad(async (signal) => (seesAudit ? (await api.get<CursorPage<AuditEvent>>('/api/audit/events', { limit: 8 }, signal)).items : null), [seesAudit]);
  const now = new Date();

  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <div className="grid-3">
        {seesAlerts ? (
        <section className="card stat">
          <div className="stat-label">{t('dashboard.openAlerts')}</div>
          {alerts.loading && !alerts.data ? <Loading /> : <div className="stat-value" data-testid="open-alert-count">{alerts.data?.total ?? '—'}</div>}
          <a href={href('alerts')}>{t('dashboard.reviewQueue')} →</a>
        </section>
        ) : null}
        <section className="card stat">
          <div className="stat-label">{t('dashboard.listsLoaded')}</div>
          <div className="stat-value">{lists.data ? lists.data.filter((l) => l.current).length : '—'}</div>
          <a href={href('lists')}>{t('dashboard.manageLists')} →</a>
        </section>
        {can(session, 'screening', 'run') ? (
        <section className="card stat">
          <div className="stat-label">{t('dashboard.screenNow')}</div>
          <p className="muted small">{t('dashboard.screenHint')}</p>
          <a className="button primary" href={href('screen')}>
            {t('nav.screen')}
          </a>
        </section>
        ) : null}
        {can(session, 'audit', 'verify') ? (
          <section className="card stat">
            <div className="stat-label">{t('dashboard.auditChain')}</div>
            <AuditChainStat />
            <a href={href('audit')}>{t('dashboard.fullAudit')} →</a>
          </section>
        ) : null}
      </div>

      <div className={seesAlerts ? 'grid-2' : ''}>
        {seesAlerts ? (
        <section className="card">
          <h2>{t('dashboard.openAlerts')}</h2>
          <ErrorMessage error={alerts.error} onRetry={alerts.reload} />
          {alerts.data && alerts.data.items.length === 0 ? <EmptyState title={t('dashboard.noOpenAlerts')} /> : null}
          {alerts.data && alerts.data.items.length > 0 ? (
            <table className="table compact">
              <thead>
                <tr>
                  <th>{t('alerts.counterparty')}</th>
                  <th>{t('alerts.source')}</th>
                  <th>{t('alerts.score')}</th>
                </tr>
              </thead>
              <tbody>
                {alerts.data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={href('alerts', [a.id])}>{names.get(a.counterpartyId) ?? a.counterpartyId}</a>
                    </td>
                    <td>
                      <SourceTag source={a.source} />
                    </td>
                    <td>
                      <ScoreBar score={a.score} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
        ) : null}

        <section className="card">
          <h2>{t('dashboard.listFreshness')}</h2>
          <ErrorMessage error={lists.error} onRetry={lists.reload} />
          {lists.loading && !lists.data ? <Loading /> : null}
          {lists.data && lists.data.length === 0 ? <EmptyState title={t('lists.none')} /> : null}
          {lists.data && lists.data.length > 0 ? (
            <table className="table compact">
              <thead>
                <tr>
                  <th>{t('lists.source')}</th>
                  <th>{t('lists.snapshot')}</th>
                  <th className="num">{t('lists.records')}</th>
                </tr>
              </thead>
              <tbody>
                {lists.data.map((l) => {
                  const v = l.current;
                  const age = ageInDays(v?.snapshotDate ?? v?.publishedOn ?? v?.importedAt, now);
                  return (
                    <tr key={l.id}>
                      <td>
                        <a href={href('lists', [l.id])} title={l.id}>
                          {sourceLabel(l, lang)}
                        </a>
                      </td>
                      <td>
                        {v ? (
                          <>
                            {formatDate(v.snapshotDate ?? v.publishedOn ?? v.importedAt, lang)}{' '}
                            {age !== null && age > STALE_AFTER_DAYS ? <span className="badge warn">{t('dashboard.stale', { days: age })}</span> : null}
                          </>
                        ) : (
                          <span className="badge muted-badge">{t('lists.notImported')}</span>
                        )}
                      </td>
                      <td className="num">{v ? v.recordCount.toLocaleString() : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </section>
      </div>

      {seesAudit ? (
      <section className="card">
        <h2>{t('dashboard.recentActivity')}</h2>
        <ErrorMessage error={audit.error} onRetry={audit.reload} />
        {audit.data && audit.data.length === 0 ? <EmptyState title={t('audit.none')} /> : null}
        {audit.data && audit.data.length > 0 ? (
          <ul className="activity">
            {audit.data.map((e) => (
              <li key={e.seq}>
                <span className="muted">{formatDateTime(e.at, lang)}</span> <strong>{e.actor.name}</strong> <code>{e.type}</code> <span className="muted small">{t(`audit.families.${e.type.split('.')[0] ?? ''}`, { defaultValue: '' })}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <a href={href('audit')}>{t('dashboard.fullAudit')} →</a>
      </section>
      ) : null}
    </>
  );
}

function AuditChainStat() {
  const { t } = useTranslation();
  const v = useLoad(async (signal) => api.get<AuditVerification>('/api/audit/verify', undefined, signal), []);
  if (v.loading) return <Loading />;
  if (!v.data) return <div className="stat-value">—</div>;
  return (
    <div className={`stat-value ${v.data.ok ? 'ok-text' : 'bad-text'}`}>
      {v.data.ok ? `✓ ${v.data.count}` : `✗ #${v.data.problem?.seq ?? '?'}`}
      <div className="muted small">{v.data.ok ? t('dashboard.chainIntact') : t('dashboard.chainBroken')}</div>
    </div>
  );
}
