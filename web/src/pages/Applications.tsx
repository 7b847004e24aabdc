/** Licence applications: an exporter's own, or the queue of a province, MOFCOM or a consulted agency, with due and overdue cases. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { can, useSession } from '../session.ts';
import type { QueueDashboard, QueueRow } from './ApplicationsTypes.ts';

export function ApplicationsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [queue, setQueue] = useState('');
  const exporter = session.organisation?.kind === 'exporter';
  const list = useLoad((signal) => api.get<{ items: QueueRow[]; total: number }>('/api/applications', { queue, limit: 100 }, signal), [queue]);
  const dash = useLoad((signal) => api.get<QueueDashboard>('/api/applications/dashboard', undefined, signal), []);
  const today = dash.data?.today ?? null;
  const dueUntil = dash.data?.dueUntil ?? null;
  const dueState = (r: QueueRow): 'overdue' | 'due_soon' | null => {
    if (!r.dueDate || !today) return null;
    if (r.dueDate < today) return 'overdue';
    return dueUntil && r.dueDate <= dueUntil ? 'due_soon' : null;
  };
  return (
    <>
      <PageHeader
        title={t('licensing.applications.title')}
        subtitle={exporter ? t('licensing.applications.subtitleExporter') : t('licensing.applications.subtitleAuthority', { org: session.organisation?.name ?? '' })}
        actions={
          exporter && can(session, 'application', 'create') ? (
            <a className="button primary" href={href('applications', ['new'])}>
              {t('licensing.applications.new')}
            </a>
          ) : null
        }
      />
      {!exporter ? (
        <div className="filters toolbar">
          <label>
            {t('licensing.applications.queue')}
            <input name="queue" value={queue} onChange={(e) => setQueue(e.target.value)} placeholder={t('licensing.applications.allQueues')} />
          </label>
          {today ? <span className="muted">{t('licensing.applications.today', { today })}</span> : null}
        </div>
      ) : null}
      <div className="card">
        {list.loading && !list.data ? <Loading /> : null}
        <ErrorMessage error={list.error} onRetry={list.reload} />
        {list.data && list.data.items.length === 0 ? <EmptyState title={t('licensing.applications.empty')} /> : null}
        {list.data && list.data.items.length > 0 ? (
          <table className="table" data-testid="applications-table">
            <thead>
              <tr>
                <th>{t('licensing.applications.id')}</th>
                <th>{t('licensing.applications.form')}</th>
                <th>{t('licensing.applications.status')}</th>
                <th>{t('licensing.applications.queue')}</th>
                <th>{t('licensing.applications.submitted')}</th>
                <th>{t('licensing.applications.due')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => {
                const due = dueState(r);
                return (
                  <tr key={r.id} data-id={r.id} className={due === 'overdue' ? 'flag' : ''}>
                    <td>
                      <a href={href('applications', [r.id])}>{r.id}</a>
                    </td>
                    <td>{t(`licensing.form.${r.form}`, { defaultValue: r.form })}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    <td>{r.queue || '—'}</td>
                    <td>{r.submittedOn ?? '—'}</td>
                    <td>
                      {r.dueDate ?? '—'} {due ? <span className={`badge ${due === 'overdue' ? 'bad' : 'warn'}`}>{t(`licensing.applications.${due}`)}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
    </>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'approved' || status === 'active' ? 'ok' : status === 'refused' || status === 'withdrawn' || status === 'revoked' || status === 'expired' ? 'bad' : status === 'clock_stopped' || status === 'suspended' ? 'warn' : '';
  return (
    <span className={`badge ${tone}`} data-status={status}>
      {t(`licensing.status.${status}`, { defaultValue: status })}
    </span>
  );
}
