/** Licences: the list (an exporter sees its own) and one licence with its remaining balance, the PDF, shipments and post-shipment reports. */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { can, useSession } from '../session.ts';
import { StatusBadge } from './Applications.tsx';
import type { LicenceRow, LicenceView } from './ApplicationsTypes.ts';

const str = (f: FormData, k: string): string => String(f.get(k) ?? '').trim();

export function LicencesPage() {
  const { t } = useTranslation();
  const list = useLoad((signal) => api.get<{ items: LicenceRow[] }>('/api/licences', { limit: 100 }, signal), []);
  return (
    <>
      <PageHeader title={t('licensing.licences.title')} subtitle={t('licensing.licences.subtitle')} />
      <div className="card">
        {list.loading && !list.data ? <Loading /> : null}
        <ErrorMessage error={list.error} onRetry={list.reload} />
        {list.data && list.data.items.length === 0 ? <EmptyState title={t('licensing.licences.empty')} /> : null}
        {list.data && list.data.items.length > 0 ? (
          <table className="table" data-testid="licences-table">
            <thead>
              <tr>
                <th>{t('licensing.licences.number')}</th>
                <th>{t('licensing.applications.form')}</th>
                <th>{t('licensing.applications.status')}</th>
                <th>{t('licensing.licences.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((l) => (
                <tr key={l.number}>
                  <td>
                    <a href={href('licences', [l.number])}>{l.number}</a>
                  </td>
                  <td>{t(`licensing.form.${l.form}`, { defaultValue: l.form })}</td>
                  <td>
                    <StatusBadge status={l.status} />
                  </td>
                  <td>
                    {l.validFrom} – {l.validTo}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </>
  );
}

function PostForm({ url, testId, title, button, build, onDone, children }: { url: string; testId: string; title: string; button: string; build: (f: FormData) => Record<string, unknown>; onDone: () => void; children: ReactNode }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      await api.post(url, build(new FormData(form)));
      form.reset();
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form card" data-testid={testId} onSubmit={(e) => void submit(e)}>
      <h2>{title}</h2>
      {children}
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {button}
        </button>
      </div>
    </form>
  );
}

export function LicenceDetailPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const v = useLoad((signal) => api.get<LicenceView>(`/api/licences/${encodeURIComponent(number)}`, undefined, signal), [number]);
  if (v.loading && !v.data) return <Loading />;
  if (!v.data) return <ErrorMessage error={v.error} onRetry={v.reload} />;
  const { licence, balance, reports, effectiveStatus } = v.data;
  const holder = session.organisation?.kind === 'exporter' && can(session, 'licence', 'update') && effectiveStatus === 'active';
  const base = `/api/licences/${encodeURIComponent(number)}`;
  return (
    <>
      <PageHeader
        title={t('licensing.licences.one', { number })}
        subtitle={`${licence.destination} · ${licence.endUse} · ${licence.validFrom} – ${licence.validTo}`}
        actions={
          <>
            <StatusBadge status={effectiveStatus} />
            <a className="button secondary" href={`${base}/pdf`} target="_blank" rel="noreferrer" data-testid="licence-pdf">
              {t('licensing.licences.pdf')}
            </a>
            <a className="button secondary" href={href('applications', [licence.applicationId])}>
              {t('licensing.licences.application')}
            </a>
          </>
        }
      />
      {licence.conditions.length > 0 ? (
        <section className="card">
          <h2>{t('licensing.case.conditions')}</h2>
          <ul>
            {licence.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card">
        <h2>{t('licensing.licences.balance')}</h2>
        <table className="table" data-testid="balance">
          <thead>
            <tr>
              <th>{t('licensing.licences.line')}</th>
              <th>{t('licensing.draft.controlCode')}</th>
              <th>{t('licensing.licences.quantity')}</th>
              <th>{t('licensing.licences.value')}</th>
            </tr>
          </thead>
          <tbody>
            {balance.map((b) => (
              <tr key={b.lineId} data-line={b.lineId}>
                <td>{b.lineId}</td>
                <td>{b.controlCode}</td>
                <td>
                  <span data-testid="remaining-quantity">{b.quantity.remaining}</span> {b.unit} {t('licensing.licences.ofLimit', { used: b.quantity.used, limit: b.quantity.limit })}
                </td>
                <td>
                  <span data-testid="remaining-value">{b.value.remaining}</span> {b.currency} {t('licensing.licences.ofLimit', { used: b.value.used, limit: b.value.limit })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {holder ? (
        <div className="grid-2">
          <PostForm
            url={`${base}/shipments`}
            testId="shipment-form"
            title={t('licensing.licences.recordShipment')}
            button={t('licensing.licences.recordShipment')}
            build={(f) => ({ declarationNumber: str(f, 'declarationNumber'), date: str(f, 'date'), customsOffice: str(f, 'customsOffice'), lines: [{ lineId: str(f, 'lineId') || (balance[0]?.lineId ?? ''), quantity: Number(str(f, 'quantity')), value: Number(str(f, 'value')) }] })}
            onDone={v.reload}
          >
            <div className="row">
              <label className="grow">
                {t('licensing.licences.declaration')}
                <input name="declarationNumber" />
              </label>
              <label>
                {t('licensing.licences.date')}
                <input name="date" placeholder="YYYY-MM-DD" />
              </label>
            </div>
            <label>
              {t('licensing.licences.customsOffice')}
              <input name="customsOffice" />
            </label>
            <div className="row">
              <label>
                {t('licensing.licences.line')}
                <select name="lineId">
                  {balance.map((b) => (
                    <option key={b.lineId} value={b.lineId}>
                      {b.lineId} · {b.controlCode}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('licensing.licences.quantity')}
                <input name="quantity" type="number" step="any" />
              </label>
              <label>
                {t('licensing.licences.value')}
                <input name="value" type="number" step="any" />
              </label>
            </div>
          </PostForm>
          <PostForm
            url={`${base}/reports`}
            testId="report-form"
            title={t('licensing.licences.report')}
            button={t('licensing.licences.submitReport')}
            build={(f) => ({ declarationNumber: str(f, 'declarationNumber'), kind: str(f, 'kind'), eventDate: str(f, 'eventDate'), note: str(f, 'note') })}
            onDone={v.reload}
          >
            <div className="row">
              <label className="grow">
                {t('licensing.licences.declaration')}
                <input name="declarationNumber" />
              </label>
              <label>
                {t('licensing.licences.reportKind')}
                <select name="kind" defaultValue="shipment">
                  {['shipment', 'arrival', 'installation', 'use'].map((k) => (
                    <option key={k} value={k}>
                      {t(`licensing.reportKind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('licensing.licences.eventDate')}
                <input name="eventDate" placeholder="YYYY-MM-DD" />
              </label>
            </div>
            <label>
              {t('licensing.step.note')}
              <input name="note" />
            </label>
          </PostForm>
        </div>
      ) : null}
      <section className="card">
        <h2>{t('licensing.licences.reports')}</h2>
        {reports.length === 0 ? <p className="muted">{t('licensing.licences.noReports')}</p> : null}
        <table className="table compact" data-testid="reports">
          <tbody>
            {reports.flatMap((r) =>
              r.reports.map((x) => (
                <tr key={`${r.declarationNumber}-${x.kind}`} data-declaration={r.declarationNumber} data-kind={x.kind} data-state={x.state}>
                  <td>{r.declarationNumber}</td>
                  <td>{t(`licensing.reportKind.${x.kind}`, { defaultValue: x.kind })}</td>
                  <td>
                    <span className={`badge ${x.state === 'submitted' ? 'ok' : x.state === 'overdue' ? 'bad' : ''}`}>{t(`licensing.reportState.${x.state}`, { defaultValue: x.state })}</span>
                  </td>
                  <td>{x.dueOn ?? '—'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>
    </>
  );
}
