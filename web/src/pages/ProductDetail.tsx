/**
 * One product: its facts, its classification history per jurisdiction with the four-eyes workflow
 * (submit, sign off or return — never by the classifier), and a new classification with the
 * assistant's ranked suggestions from the item lists.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ClassificationStatusBadge, VerificationBadge } from '../components/ControlBadges.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { type Classification, JURISDICTIONS, type Product, type Suggestion, pick, productName } from '../controlTypes.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { can, useSession } from '../session.ts';

export function ProductDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const product = useLoad((signal) => api.get<Product>(`/api/products/${encodeURIComponent(id)}`, undefined, signal), [id]);
  const history = useLoad(async (signal) => (await api.get<{ items: Classification[] }>(`/api/products/${encodeURIComponent(id)}/classifications`, undefined, signal)).items, [id]);
  const p = product.data;

  return (
    <>
      <PageHeader title={p ? productName(p, lang) : t('products.title')} subtitle={p ? `${t('products.sku')} ${p.sku}` : undefined} actions={<a href={href('products')}>{t('products.back')}</a>} />
      <ErrorMessage error={product.error} onRetry={product.reload} />
      {product.loading && !p ? <Loading /> : null}
      {p ? (
        <div className="split">
          <div className="stack">
            <section className="card">
              <h2>{t('products.facts')}</h2>
              <dl className="facts">
                <dt>{t('products.nameZh')}</dt>
                <dd lang="zh-CN">{p.nameZh ?? '—'}</dd>
                <dt>{t('products.nameEn')}</dt>
                <dd lang="en">{p.nameEn ?? '—'}</dd>
                <dt>{t('products.hsCode')}</dt>
                <dd>{p.hsCode ?? '—'}</dd>
                <dt>{t('products.manufacturer')}</dt>
                <dd>{p.manufacturer ?? '—'}</dd>
                <dt>{t('products.originCountry')}</dt>
                <dd>{p.originCountry ?? '—'}</dd>
                <dt>{t('products.description')}</dt>
                <dd>{p.description || '—'}</dd>
              </dl>
            </section>
            <Classify product={p} onDone={history.reload} />
          </div>
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title">{t('classifications.history')}</h2>
            <ErrorMessage error={history.error} onRetry={history.reload} />
            {history.loading && !history.data ? <Loading /> : null}
            {history.data && history.data.length === 0 ? <EmptyState title={t('classifications.noneYet')} /> : null}
            <ul className="plain records" data-testid="classification-history">
              {(history.data ?? []).map((c) => (
                <ClassificationRecord key={c.id} c={c} onChange={history.reload} />
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </>
  );
}

function ClassificationRecord({ c, onChange }: { c: Classification; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mine = c.classifiedBy === session.user.id;
  const canDecide = can(session, 'classification', 'decide');

  async function act(action: 'submit' | 'sign-off' | 'return') {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/classifications/${encodeURIComponent(c.id)}/${action}`, action === 'submit' ? {} : { note: note.trim() || undefined });
      setNote('');
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="record" data-testid={`classification-${c.jurisdiction}-${c.versionNo}`}>
      <div className="record-head">
        <strong>
          {c.jurisdiction} · v{c.versionNo}
        </strong>
        <ClassificationStatusBadge status={c.status} />
        <span className="record-codes">
          {c.notListed ? (
            <span className="tag">{t('classifications.notListed')}</span>
          ) : (
            c.codes.map((code) => (
              <code key={code} className="code-chip">
                {code}
              </code>
            ))
          )}
        </span>
      </div>
      {c.rationale ? <p className="small">{c.rationale}</p> : null}
      <div className="muted small">
        {t('classifications.classifiedBy', { name: c.classifiedByName, at: formatDateTime(c.classifiedAt, lang) })}
        {c.reviewedByName ? ` · ${t(c.status === 'returned' ? 'classifications.returnedBy' : 'classifications.signedOffBy', { name: c.reviewedByName, at: formatDateTime(c.reviewedAt, lang) })}` : ''}
        {c.reReviewDue ? ` · ${t('classifications.reReviewDue', { date: formatDate(c.reReviewDue, lang) })}` : ''}
      </div>
      {c.reviewNote ? <blockquote>{c.reviewNote}</blockquote> : null}
      {(c.status === 'draft' || c.status === 'returned') && can(session, 'classification', 'create') ? (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void act('submit')}>
            {t('classifications.submit')}
          </button>
        </div>
      ) : null}
      {c.status === 'submitted_for_review' ? (
        canDecide && !mine ? (
          <div className="form review-form">
            <label>
              {t('classifications.reviewNote')}
              <textarea name="reviewNote" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void act('sign-off')}>
                {t('classifications.signOff')}
              </button>
              <button type="button" className="secondary" disabled={busy || note.trim() === ''} onClick={() => void act('return')}>
                {t('classifications.return')}
              </button>
            </div>
          </div>
        ) : (
          <p className="muted small" data-testid="awaiting-review">
            {mine ? t('classifications.fourEyes') : t('classifications.awaitingOfficer')}
          </p>
        )
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}

function Classify({ product, onDone }: { product: Product; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const [jurisdiction, setJurisdiction] = useState<string>('CN');
  const [codes, setCodes] = useState('');
  const [notListed, setNotListed] = useState(false);
  const [rationale, setRationale] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const suggestions = useLoad(
    async (signal) => (await api.get<{ items: Suggestion[] }>(`/api/products/${encodeURIComponent(product.id)}/suggestions`, { jurisdiction, limit: 8 }, signal)).items,
    [product.id, jurisdiction],
  );
  if (!can(session, 'classification', 'create')) return null;

  function use(s: Suggestion) {
    const list = codes.split(/[,\s]+/).filter(Boolean);
    if (!list.includes(s.code)) setCodes([...list, s.code].join(', '));
    setNotListed(false);
    if (!rationale) setRationale(`${s.code} ${pick(s.title, lang)} — ${pick(s.listTitle, lang)} v${s.versionNo}`);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/products/${encodeURIComponent(product.id)}/classifications`, {
        jurisdiction,
        codes: notListed ? [] : codes.split(/[,\s]+/).filter(Boolean),
        notListed,
        rationale: rationale.trim(),
      });
      setCodes('');
      setRationale('');
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="classify-title" data-testid="classify-form">
      <h2 id="classify-title">{t('classifications.classify')}</h2>
      <label>
        {t('classifications.jurisdiction')}
        <select name="jurisdiction" value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value)}>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(`classifications.jurisdictions.${j}`)}
            </option>
          ))}
        </select>
      </label>
      <div>
        <div className="label">{t('classifications.assistant')}</div>
        <p className="muted small">{t('classifications.assistantHint')}</p>
        <ErrorMessage error={suggestions.error} onRetry={suggestions.reload} />
        {suggestions.loading && !suggestions.data ? <Loading /> : null}
        {suggestions.data && suggestions.data.length === 0 ? <p className="muted small">{t('classifications.noSuggestions')}</p> : null}
        <ul className="plain suggestions" data-testid="suggestions">
          {(suggestions.data ?? []).map((s) => (
            <li key={`${s.listId}:${s.code}`}>
              <div className="suggestion-head">
                <a href={href('controllists', [s.listId, s.code])}>
                  <code>{s.code}</code>
                </a>{' '}
                <span>{pick(s.title, lang)}</span> <VerificationBadge status={s.verificationStatus} />
                <button type="button" className="secondary small-button" onClick={() => use(s)}>
                  {t('classifications.useSuggestion')}
                </button>
              </div>
              <div className="muted small">
                {pick(s.listTitle, lang)} v{s.versionNo} · {s.why.join('; ')}
              </div>
            </li>
          ))}
        </ul>
      </div>
      <label>
        {t('classifications.codes')}
        <input name="codes" value={codes} disabled={notListed} onChange={(e) => setCodes(e.target.value)} placeholder="1C350.a" />
      </label>
      <label className="check">
        <input type="checkbox" name="notListed" checked={notListed} onChange={(e) => setNotListed(e.target.checked)} /> {t('classifications.notListedCheck')}
      </label>
      <label>
        {t('classifications.rationale')}
        <textarea name="rationale" rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      </label>
      <ErrorMessage error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('classifications.saveDraft')}
      </button>
    </form>
  );
}
