/** One application as a case: status, statutory clocks (days used, left, paused), consultation, decision, timeline, documents, and the steps the user may take. */
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { useSession } from '../session.ts';
import type { Organisation } from '../types.ts';
import { StatusBadge } from './Applications.tsx';
import { ApplicationDraftForm } from './ApplicationsDraft.tsx';
import type { CaseView, Clock } from './ApplicationsTypes.ts';
import { CaseActions } from './CaseActions.tsx';

function ClockCard({ name, clock }: { name: string; clock: Clock }) {
  const { t } = useTranslation();
  const left = Math.max(0, clock.limitWorkingDays - clock.workingDaysUsed);
  const tone = clock.state === 'overdue' ? 'bad' : clock.state === 'paused' ? 'warn' : 'ok';
  return (
    <div className="card stat clock" data-testid={`clock-${name}`} data-state={clock.state}>
      <div className="stat-label">
        {t(`licensing.clock.${name}`)} <span className={`badge ${tone}`}>{t(`licensing.clock.state.${clock.state}`, { defaultValue: clock.state })}</span>
      </div>
      <div className="stat-value">
        <span data-testid="days-used">{clock.workingDaysUsed}</span> / {clock.limitWorkingDays}
      </div>
      <p className="muted">
        {t('licensing.clock.used', { used: clock.workingDaysUsed })} · <span data-testid="days-left">{t('licensing.clock.left', { left })}</span>
        {clock.workingDaysStopped > 0 ? ` · ${t('licensing.clock.stopped', { stopped: clock.workingDaysStopped })}` : ''}
      </p>
      <p className="muted">
        {clock.dueDate ? t('licensing.clock.due', { date: clock.dueDate }) : t(`licensing.clock.unknown.${clock.dueDateUnknownBecause ?? 'paused'}`, { defaultValue: clock.dueDateUnknownBecause ?? '' })}
        {clock.pausedBy.length > 0 ? ` · ${clock.pausedBy.map((k) => t(`licensing.stopKind.${k.replace(/-/g, '_')}`, { defaultValue: k })).join(', ')}` : ''}
      </p>
    </div>
  );
}

export function CasePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const lang = i18n.language === 'zh' ? 'zh' : 'en';
  const v = useLoad((signal) => api.get<CaseView>(`/api/applications/${encodeURIComponent(id)}`, undefined, signal), [id]);
  const authority = session.organisation?.kind === 'licensing_authority';
  const agencies = useLoad((signal) => (authority ? api.get<{ items: Organisation[] }>('/api/organisations', { kind: 'consulted_agency', limit: 100 }, signal) : Promise.resolve({ items: [] })), [authority]);
  const agencyName = (orgId: string): string => agencies.data?.items.find((o) => o.id === orgId)?.name ?? (orgId === session.organisation?.id ? session.organisation.name : orgId);
  if (v.loading && !v.data) return <Loading />;
  if (!v.data) return <ErrorMessage error={v.error} onRetry={v.reload} />;
  const view = v.data;
  const a = view.application;
  const c = a.case;
  const exporterOwn = session.organisation?.id === a.organisationId;
  const item = a.application.items[0];
  return (
    <>
      <PageHeader
        title={t('licensing.case.title', { id: a.id })}
        subtitle={`${t(`licensing.form.${a.application.form}`, { defaultValue: a.application.form })} · ${a.application.destination ?? '—'} · ${a.application.endUsers[0]?.name ?? '—'}`}
        actions={
          <>
            <StatusBadge status={c.status} />
            {view.licenceNumber ? (
              <a className="button secondary" href={href('licences', [view.licenceNumber])} data-testid="licence-link">
                {t('licensing.case.licence', { number: view.licenceNumber })}
              </a>
            ) : null}
          </>
        }
      />
      <ErrorMessage error={v.error} onRetry={v.reload} />
      {exporterOwn && c.status === 'draft' ? <ApplicationDraftForm view={view} onSaved={v.reload} /> : null}
      {view.clocks.forwarding || view.clocks.decision ? (
        <div className="grid-2">
          {view.clocks.forwarding ? <ClockCard name="forwarding" clock={view.clocks.forwarding} /> : null}
          {view.clocks.decision ? <ClockCard name="decision" clock={view.clocks.decision} /> : null}
        </div>
      ) : null}
      <div className="split wide-left">
        <div className="stack">
          <section className="card">
            <h2>{t('licensing.case.application')}</h2>
            <dl className="kv">
              <dt>{t('licensing.draft.item')}</dt>
              <dd>{item ? `${item.controlCode} · ${item.description} · ${item.quantity} ${item.unit} · ${item.value} ${item.currency}` : '—'}</dd>
              <dt>{t('licensing.draft.endUse')}</dt>
              <dd>{a.application.endUse ?? '—'}</dd>
              <dt>{t('licensing.applications.queue')}</dt>
              <dd>{a.queue || '—'}</dd>
              <dt>{t('licensing.applications.due')}</dt>
              <dd>{a.dueDate ?? '—'}</dd>
            </dl>
          </section>
          {c.consultations.length > 0 ? (
            <section className="card" data-testid="consultations">
              <h2>{t('licensing.case.consultation')}</h2>
              <table className="table compact">
                <thead>
                  <tr>
                    <th>{t('licensing.case.agency')}</th>
                    <th>{t('licensing.case.requested')}</th>
                    <th>{t('licensing.case.advice')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.consultations.map((x) => (
                    <tr key={x.agency} data-agency={x.agency}>
                      <td>{agencyName(x.agency)}</td>
                      <td>{x.requestedOn}</td>
                      <td>
                        {x.advice ? (
                          <>
                            <span className="badge ok">{t(`licensing.advice.${x.advice.kind}`, { defaultValue: x.advice.kind })}</span> {x.advice.reasons}
                            {x.advice.provisos && x.advice.provisos.length > 0 ? <div className="muted">{x.advice.provisos.join('; ')}</div> : null}
                          </>
                        ) : (
                          <span className="badge warn">{t('licensing.case.awaitingAdvice')}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {c.decision ? (
            <section className="card" data-testid="decision">
              <h2>{t('licensing.case.decision')}</h2>
              <p>
                <span className="badge ok">{t(`licensing.outcome.${c.decision.outcome}`, { defaultValue: c.decision.outcome })}</span> {c.decision.reasons}
              </p>
              {c.decision.conditions.length > 0 ? (
                <>
                  <h3>{t('licensing.case.conditions')}</h3>
                  <ul data-testid="conditions">
                    {c.decision.conditions.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
          <CaseActions view={view} onDone={v.reload} />
        </div>
        <div className="stack">
          <section className="card">
            <h2>{t('licensing.case.timeline')}</h2>
            {view.timeline.length === 0 ? <p className="muted">{t('licensing.case.noTimeline')}</p> : null}
            <ol className="timeline" data-testid="timeline">
              {view.timeline.map((e) => (
                <li key={e.seq} data-event={e.event}>
                  <div>
                    <strong>{t(`licensing.event.${e.event}`, { defaultValue: e.event })}</strong> <span className="muted">{formatDateTime(e.at, lang)}</span>
                  </div>
                  <div className="muted">
                    {t(`licensing.status.${e.from}`, { defaultValue: e.from })} → {t(`licensing.status.${e.to}`, { defaultValue: e.to })}
                  </div>
                  <div>{lang === 'zh' ? e.note.zh : e.note.en}</div>
                </li>
              ))}
            </ol>
          </section>
          <section className="card">
            <h2>{t('licensing.case.documents')}</h2>
            {view.documents.length === 0 ? <p className="muted">{t('licensing.case.noDocuments')}</p> : null}
            <ul>
              {view.documents.map((d) => (
                <li key={d.id}>
                  <a href={`/api/applications/documents/${encodeURIComponent(d.id)}`} target="_blank" rel="noreferrer">
                    {d.title}
                  </a>{' '}
                  <span className="muted">
                    v{d.version} · {d.mediaType}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
