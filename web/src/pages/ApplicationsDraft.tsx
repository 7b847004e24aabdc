/** The exporter's draft: application form, documents assigned to their Art. 16 roles, and submission with the missing items shown per field. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { useLoad } from '../hooks.ts';
import { navigate } from '../router.ts';
import { type ApplicationData, type CaseView, type DocRef, type FieldIssue, type StoredApplication, submissionIssues } from './ApplicationsTypes.ts';

interface Certificate {
  certificate: { id: string; endUser: { name: string; country: string }; endUse: string };
}

const str = (f: FormData, k: string): string => String(f.get(k) ?? '').trim();

function FieldErrors({ issues, prefix }: { issues: FieldIssue[]; prefix: string }) {
  const mine = issues.filter((i) => i.field === prefix || i.field.startsWith(`${prefix}.`) || i.field.startsWith(`${prefix}[`));
  if (mine.length === 0) return null;
  return (
    <ul className="field-errors" data-field={prefix}>
      {mine.map((i) => (
        <li key={i.field + i.message}>{i.message}</li>
      ))}
    </ul>
  );
}

/** New draft (no `view`) or editing the draft of `view`. */
export function ApplicationDraftForm({ view, onSaved }: { view?: CaseView; onSaved?: () => void }) {
  const { t } = useTranslation();
  const a: Partial<ApplicationData> = view?.application.application ?? {};
  const item = a.items?.[0];
  const docs = view?.documents ?? [];
  const certs = useLoad((signal) => (view ? api.get<{ items: Certificate[] }>('/api/certificates', undefined, signal) : Promise.resolve({ items: [] })), [view?.application.id]);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const docRef = (id: string): DocRef | undefined => {
    const d = docs.find((x) => x.id === id);
    return d ? { documentId: d.id, title: d.title, sha256: d.sha256 } : undefined;
  };

  const collect = (f: FormData): Record<string, unknown> => {
    const person = (name: string, doc: string) => {
      const n = str(f, name);
      const ref = docRef(str(f, doc));
      return n ? { name: n, ...(ref ? { identityDocument: ref } : {}) } : undefined;
    };
    const determinationId = str(f, 'determinationId');
    const body: Record<string, unknown> = {
      ...(view ? {} : { form: 'individual' }),
      items: [
        {
          lineId: 'L1',
          description: str(f, 'description'),
          controlCode: str(f, 'controlCode'),
          ...(str(f, 'hsCode') ? { hsCode: str(f, 'hsCode') } : {}),
          quantity: Number(str(f, 'quantity')),
          unit: str(f, 'unit'),
          value: Number(str(f, 'value')),
          currency: str(f, 'currency'),
          ...(determinationId ? { determination: { determinationId, outcome: 'LICENCE_REQUIRED', determinedOn: str(f, 'determinedOn') } } : {}),
        },
      ],
      destination: str(f, 'destination'),
      endUsers: str(f, 'endUserName') ? [{ name: str(f, 'endUserName'), country: str(f, 'endUserCountry') }] : [],
      endUse: str(f, 'endUse'),
    };
    if (view) {
      const lr = person('legalRepresentative', 'legalRepresentativeDoc');
      const mm = person('mainManager', 'mainManagerDoc');
      const hd = person('handler', 'handlerDoc');
      if (lr) body.legalRepresentative = lr;
      if (mm) body.mainManagers = [mm];
      if (hd) body.handler = hd;
      const contract = docRef(str(f, 'contractDoc'));
      if (contract) body.contract = contract;
      const tech = docRef(str(f, 'technicalDoc'));
      if (tech) body.technicalDocument = { kind: str(f, 'technicalKind') || 'test_report', document: tech };
      const cert = str(f, 'certificate');
      body.endUserCertificateIds = cert ? [cert] : [];
    }
    return body;
  };

  const save = async (e: FormEvent<HTMLFormElement>, submit: boolean) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    setIssues([]);
    setSaved(false);
    try {
      if (!view) {
        const created = await api.post<StoredApplication>('/api/applications', { provinceOrgId: str(f, 'provinceOrgId'), application: collect(f) });
        navigate('applications', [created.id]);
        return;
      }
      await api.patch(`/api/applications/${encodeURIComponent(view.application.id)}`, collect(f));
      if (submit) await api.post(`/api/applications/${encodeURIComponent(view.application.id)}/steps`, { type: 'submit' });
      setSaved(true);
      onSaved?.();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setIssues(submissionIssues(err.message));
    } finally {
      setBusy(false);
    }
  };

  const docSelect = (name: string, current: string | undefined) => (
    <select name={name} defaultValue={current ?? ''}>
      <option value="">{t('licensing.draft.noDocument')}</option>
      {docs.map((d) => (
        <option key={d.id} value={d.id}>
          {d.title} (v{d.version})
        </option>
      ))}
    </select>
  );

  return (
    <form
      className="form card draft-form"
      data-testid="draft-form"
      onSubmit={(e) => {
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        void save(e, submitter?.getAttribute('name') === 'submit');
      }}
    >
      {view ? <h2>{t('licensing.draft.editTitle')}</h2> : null}
      {!view ? (
        <label>
          {t('licensing.draft.province')}
          <input name="provinceOrgId" required />
          <small className="muted">{t('licensing.draft.provinceHelp')}</small>
        </label>
      ) : null}
      <fieldset>
        <legend>{t('licensing.draft.item')}</legend>
        <div className="row">
          <label>
            {t('licensing.draft.controlCode')}
            <input name="controlCode" defaultValue={item?.controlCode ?? ''} />
          </label>
          <label>
            {t('licensing.draft.hsCode')}
            <input name="hsCode" defaultValue={item?.hsCode ?? ''} />
          </label>
          <label className="grow">
            {t('licensing.draft.description')}
            <input name="description" defaultValue={item?.description ?? ''} />
          </label>
        </div>
        <div className="row">
          <label>
            {t('licensing.draft.quantity')}
            <input name="quantity" type="number" step="any" defaultValue={item?.quantity ?? ''} />
          </label>
          <label>
            {t('licensing.draft.unit')}
            <input name="unit" defaultValue={item?.unit ?? 'kg'} />
          </label>
          <label>
            {t('licensing.draft.value')}
            <input name="value" type="number" step="any" defaultValue={item?.value ?? ''} />
          </label>
          <label>
            {t('licensing.draft.currency')}
            <input name="currency" defaultValue={item?.currency ?? 'CNY'} />
          </label>
        </div>
        <div className="row">
          <label>
            {t('licensing.draft.determinationId')}
            <input name="determinationId" defaultValue={(item as { determination?: { determinationId: string } } | undefined)?.determination?.determinationId ?? ''} />
          </label>
          <label>
            {t('licensing.draft.determinedOn')}
            <input name="determinedOn" placeholder="YYYY-MM-DD" defaultValue={(item as { determination?: { determinedOn: string } } | undefined)?.determination?.determinedOn ?? ''} />
          </label>
        </div>
        <FieldErrors issues={issues} prefix="items" />
      </fieldset>
      <fieldset>
        <legend>{t('licensing.draft.destinationAndUse')}</legend>
        <div className="row">
          <label>
            {t('licensing.draft.destination')}
            <input name="destination" maxLength={2} defaultValue={a.destination ?? ''} />
            <FieldErrors issues={issues} prefix="destination" />
          </label>
          <label className="grow">
            {t('licensing.draft.endUserName')}
            <input name="endUserName" defaultValue={a.endUsers?.[0]?.name ?? ''} />
            <FieldErrors issues={issues} prefix="endUsers" />
          </label>
          <label>
            {t('licensing.draft.endUserCountry')}
            <input name="endUserCountry" maxLength={2} defaultValue={a.endUsers?.[0]?.country ?? ''} />
          </label>
        </div>
        <label>
          {t('licensing.draft.endUse')}
          <input name="endUse" defaultValue={a.endUse ?? ''} />
          <FieldErrors issues={issues} prefix="endUse" />
        </label>
      </fieldset>
      {view ? (
        <fieldset>
          <legend>{t('licensing.draft.people')}</legend>
          {(
            [
              ['legalRepresentative', a.legalRepresentative],
              ['mainManager', a.mainManagers?.[0]],
              ['handler', a.handler],
            ] as const
          ).map(([key, p]) => (
            <div className="row" key={key}>
              <label className="grow">
                {t(`licensing.draft.${key}`)}
                <input name={key} defaultValue={p?.name ?? ''} />
              </label>
              <label className="grow">
                {t('licensing.draft.identityDocument')}
                {docSelect(`${key}Doc`, p?.identityDocument.documentId)}
              </label>
              <FieldErrors issues={issues} prefix={key === 'mainManager' ? 'mainManagers' : key} />
            </div>
          ))}
        </fieldset>
      ) : null}
      {view ? (
        <fieldset>
          <legend>{t('licensing.draft.documents')}</legend>
          <div className="row">
            <label className="grow">
              {t('licensing.draft.contract')}
              {docSelect('contractDoc', a.contract?.documentId)}
              <FieldErrors issues={issues} prefix="contract" />
            </label>
            <label className="grow">
              {t('licensing.draft.technicalDocument')}
              {docSelect('technicalDoc', a.technicalDocument?.document.documentId)}
              <FieldErrors issues={issues} prefix="technicalDocument" />
            </label>
            <label>
              {t('licensing.draft.technicalKind')}
              <select name="technicalKind" defaultValue={a.technicalDocument?.kind ?? 'test_report'}>
                <option value="test_report">{t('licensing.draft.testReport')}</option>
                <option value="technical_description">{t('licensing.draft.technicalDescription')}</option>
              </select>
            </label>
          </div>
          <label>
            {t('licensing.draft.certificate')}
            <select name="certificate" defaultValue={a.endUserCertificateIds?.[0] ?? ''}>
              <option value="">{t('licensing.draft.noCertificate')}</option>
              {(certs.data?.items ?? []).map((c) => (
                <option key={c.certificate.id} value={c.certificate.id}>
                  {c.certificate.endUser.name} ({c.certificate.endUser.country}) · {c.certificate.endUse}
                </option>
              ))}
            </select>
            <FieldErrors issues={issues} prefix="endUserCertificateIds" />
          </label>
        </fieldset>
      ) : null}
      {issues.length > 0 ? (
        <div className="error" role="alert" data-testid="submit-issues">
          <strong>{t('licensing.draft.incomplete', { count: issues.length })}</strong>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      {saved ? <p className="muted" role="status">{t('licensing.draft.saved')}</p> : null}
      <div className="actions">
        <button type="submit" name="save" className="secondary" disabled={busy}>
          {view ? t('licensing.draft.save') : t('licensing.draft.create')}
        </button>
        {view ? (
          <button type="submit" name="submit" className="primary" disabled={busy}>
            {t('licensing.draft.submit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** `#/applications/new`: start a draft. */
export function NewApplicationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('licensing.draft.newTitle')} subtitle={t('licensing.draft.newSubtitle')} />
      <ApplicationDraftForm />
    </>
  );
}
