/** The review steps an authority user can take on a case: each a small form posting one step; the server refuses illegal ones with the reason. */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import type { Organisation } from '../types.ts';
import { ART13_FACTOR_IDS, type CaseView } from './ApplicationsTypes.ts';

const str = (f: FormData, k: string): string => String(f.get(k) ?? '').trim();
const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** One step as a form: `build` turns the form fields into the request; `url` defaults to the steps endpoint. */
function StepForm({ id, step, title, button, build, url, onDone, children }: { id: string; step: string; title: string; button: string; build: (f: FormData) => Record<string, unknown>; url?: string; onDone: () => void; children?: ReactNode }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      await api.post(url ?? `/api/applications/${encodeURIComponent(id)}/steps`, build(new FormData(form)));
      form.reset();
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form step-form" data-step={step} onSubmit={(e) => void submit(e)}>
      <h3>{title}</h3>
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

export function CaseActions({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const kind = session.organisation?.kind ?? '';
  const orgId = session.organisation?.id ?? '';
  const roles = session.user.roles;
  const a = view.application;
  const status = a.case.status;
  const id = a.id;
  const mofcom = kind === 'licensing_authority';
  const agencies = useLoad((signal) => (mofcom ? api.get<{ items: Organisation[] }>('/api/organisations', { kind: 'consulted_agency', limit: 100 }, signal) : Promise.resolve({ items: [] })), [mofcom]);
  const reviewing = ['mofcom_review', 'in_consultation', 'clock_stopped', 'awaiting_decision'].includes(status);
  const forms: ReactNode[] = [];
  const today = view.clocks.decision?.today ?? view.clocks.forwarding?.today ?? new Date().toISOString().slice(0, 10);

  if (kind === 'provincial_commerce' && status === 'submitted')
    forms.push(<StepForm key="receive" id={id} step="receive" title={t('licensing.step.receive')} button={t('licensing.step.receive')} build={() => ({ type: 'receive' })} onDone={onDone} />);
  if (kind === 'provincial_commerce' && status === 'provincial_review')
    forms.push(
      <StepForm key="forward" id={id} step="forward" title={t('licensing.step.forward')} button={t('licensing.step.forward')} build={(f) => ({ type: 'forward', note: str(f, 'note') })} onDone={onDone}>
        <label>
          {t('licensing.step.note')}
          <input name="note" />
        </label>
      </StepForm>,
    );
  if (mofcom && status === 'forwarded') forms.push(<StepForm key="accept" id={id} step="accept" title={t('licensing.step.accept')} button={t('licensing.step.accept')} build={() => ({ type: 'accept' })} onDone={onDone} />);
  if (mofcom && roles.includes('caseworker') && reviewing) {
    forms.push(
      <StepForm key="consult" id={id} step="request_consultation" title={t('licensing.step.consult')} button={t('licensing.step.consultSend')} build={(f) => ({ type: 'request_consultation', agencies: f.getAll('agency').map(String), question: str(f, 'question') })} onDone={onDone}>
        <div className="row">
          {(agencies.data?.items ?? []).map((o) => (
            <label key={o.id} className="check">
              <input type="checkbox" name="agency" value={o.id} data-name={o.name} /> {o.name}
            </label>
          ))}
        </div>
        <label>
          {t('licensing.step.question')}
          <input name="question" />
        </label>
      </StepForm>,
    );
    if (status === 'clock_stopped')
      forms.push(
        <StepForm key="resume" id={id} step="resume_clock" title={t('licensing.step.resume')} button={t('licensing.step.resume')} build={(f) => ({ type: 'resume_clock', result: str(f, 'result') })} onDone={onDone}>
          <label>
            {t('licensing.step.result')}
            <input name="result" />
          </label>
        </StepForm>,
      );
    else
      forms.push(
        <StepForm key="stop" id={id} step="stop_clock" title={t('licensing.step.stop')} button={t('licensing.step.stop')} build={(f) => ({ type: 'stop_clock', kind: str(f, 'kind'), reason: str(f, 'reason') })} onDone={onDone}>
          <div className="row">
            <label>
              {t('licensing.step.stopKind')}
              <select name="kind" defaultValue="technical-identification">
                {['technical-identification', 'expert-consultation', 'on-site-verification'].map((k) => (
                  <option key={k} value={k}>
                    {t(`licensing.stopKind.${k.replace(/-/g, '_')}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="grow">
              {t('licensing.step.reason')}
              <input name="reason" />
            </label>
          </div>
        </StepForm>,
      );
    forms.push(
      <StepForm
        key="consolidate"
        id={id}
        step="consolidate"
        title={t('licensing.step.consolidate')}
        button={t('licensing.step.consolidate')}
        build={(f) => ({
          type: 'consolidate',
          recommendation: str(f, 'recommendation'),
          summary: str(f, 'summary'),
          checklist: ART13_FACTOR_IDS.map((factor) => ({ factor, assessment: str(f, `assess-${factor}`), note: str(f, `note-${factor}`), assessedBy: session.user.username, assessedOn: today })),
        })}
        onDone={onDone}
      >
        <table className="table compact checklist" data-testid="art13-checklist">
          <caption>{t('licensing.checklist.title')}</caption>
          <thead>
            <tr>
              <th>{t('licensing.checklist.factor')}</th>
              <th>{t('licensing.checklist.assessment')}</th>
              <th>{t('licensing.checklist.note')}</th>
            </tr>
          </thead>
          <tbody>
            {ART13_FACTOR_IDS.map((factor, i) => (
              <tr key={factor}>
                <td>
                  {i + 1}. {t(`licensing.factor.${factor}`)}
                </td>
                <td>
                  <select name={`assess-${factor}`} defaultValue="no_concern">
                    {['no_concern', 'concern', 'not_applicable'].map((x) => (
                      <option key={x} value={x}>
                        {t(`licensing.checklist.${x}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input name={`note-${factor}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row">
          <label>
            {t('licensing.step.recommendation')}
            <select name="recommendation" defaultValue="approve">
              <option value="approve">{t('licensing.outcome.approve')}</option>
              <option value="refuse">{t('licensing.outcome.refuse')}</option>
            </select>
          </label>
          <label className="grow">
            {t('licensing.step.summary')}
            <input name="summary" />
          </label>
        </div>
      </StepForm>,
    );
  }
  if (mofcom && roles.includes('approver') && reviewing)
    forms.push(
      <StepForm key="decide" id={id} step="decide" title={t('licensing.step.decide')} button={t('licensing.step.decide')} build={(f) => ({ type: 'decide', outcome: str(f, 'outcome'), conditions: lines(str(f, 'conditions')), reasons: str(f, 'reasons') })} onDone={onDone}>
        <div className="row">
          <label>
            {t('licensing.step.outcome')}
            <select name="outcome" defaultValue="approve">
              {['approve', 'refuse', 'refer_to_state_council'].map((x) => (
                <option key={x} value={x}>
                  {t(`licensing.outcome.${x}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t('licensing.step.reasons')}
            <input name="reasons" />
          </label>
        </div>
        <label>
          {t('licensing.step.conditions')}
          <textarea name="conditions" rows={2} />
        </label>
      </StepForm>,
    );
  if (mofcom && roles.includes('caseworker') && status === 'approved' && !view.licenceNumber)
    forms.push(
      <StepForm key="issue" id={id} step="issue" title={t('licensing.step.issue')} button={t('licensing.step.issue')} url={`/api/applications/${encodeURIComponent(id)}/licence`} build={(f) => ({ validTo: str(f, 'validTo') })} onDone={onDone}>
        <label>
          {t('licensing.step.validTo')}
          <input name="validTo" placeholder="YYYY-MM-DD" />
        </label>
      </StepForm>,
    );
  const mine = a.case.consultations.find((c) => c.agency === orgId && c.advice === null);
  if (kind === 'consulted_agency' && mine)
    forms.push(
      <StepForm key="advice" id={id} step="give_advice" title={t('licensing.step.advice')} button={t('licensing.step.adviceSend')} build={(f) => ({ type: 'give_advice', agency: orgId, kind: str(f, 'kind'), reasons: str(f, 'reasons'), provisos: lines(str(f, 'provisos')) })} onDone={onDone}>
        <p className="muted">{mine.question}</p>
        <div className="row">
          <label>
            {t('licensing.step.adviceKind')}
            <select name="kind" defaultValue="no_objection">
              {['approve', 'approve_with_provisos', 'refuse', 'no_objection'].map((x) => (
                <option key={x} value={x}>
                  {t(`licensing.advice.${x}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            {t('licensing.step.reasons')}
            <input name="reasons" />
          </label>
        </div>
        <label>
          {t('licensing.step.provisos')}
          <textarea name="provisos" rows={2} />
        </label>
      </StepForm>,
    );
  if (forms.length === 0) return null;
  return (
    <section className="card case-actions" data-testid="case-actions">
      <h2>{t('licensing.case.actions')}</h2>
      {forms}
    </section>
  );
}
