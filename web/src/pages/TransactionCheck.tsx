/**
 * The transaction check: items (catalogue SKUs, whose signed-off classifications are used, or a
 * description with its PRC control code), destination, end user, end use and the catch-all answers
 * go to the determination engine; the outcome is shown overall and per item, each reason with the
 * list entry and the articles it rests on, linked to the list browser and the cited articles.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { OutcomeBadge } from '../components/ControlBadges.tsx';
import { ErrorMessage } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { type Citation, type DeterminationResult, type Product, type Reason, productName } from '../controlTypes.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';
import { useSession } from '../session.ts';
import type { Page } from '../types.ts';

const PRC_LIST = 'cn-dual-use-licence-catalogue';
const KNOWLEDGE = ['knows', 'shouldKnow', 'notified'] as const;
const CONCERNS = ['nationalSecurity', 'wmd', 'terrorism'] as const;
type Answer = 'no' | 'yes' | 'unsure';
type CatchAll = Record<(typeof KNOWLEDGE)[number], Record<(typeof CONCERNS)[number], Answer>>;
const allNo = (): CatchAll => ({
  knows: { nationalSecurity: 'no', wmd: 'no', terrorism: 'no' },
  shouldKnow: { nationalSecurity: 'no', wmd: 'no', terrorism: 'no' },
  notified: { nationalSecurity: 'no', wmd: 'no', terrorism: 'no' },
});

interface Line {
  sku: string;
  description: string;
  code: string;
  quantity: string;
  value: string;
}
const emptyLine = (): Line => ({ sku: '', description: '', code: '', quantity: '1', value: '0' });

const citeAnchor = (id: string): string => `cite-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;

export function TransactionCheckPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh' ? 'zh' : 'en';
  const session = useSession();
  const products = useLoad((signal) => api.get<Page<Product>>('/api/products', { limit: 200 }, signal), []);
  const [lines, setLines] = useState<Line[]>([emptyLine()]);
  const [destination, setDestination] = useState('');
  const [endUser, setEndUser] = useState({ name: '', country: '' });
  const [endUse, setEndUse] = useState('');
  const [icp, setIcp] = useState(true);
  const [catchAll, setCatchAll] = useState<CatchAll>(allNo);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<DeterminationResult | null>(null);
  const lastBody = useRef<unknown>(null);

  function setLine(i: number, patch: Partial<Line>) {
    setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  }

  function body(): unknown {
    const org = session.organisation;
    return {
      exporter: { id: org?.id ?? session.user.organisationId, name: org?.name ?? '', icpInPlace: icp },
      items: lines.map((l, i) => {
        const common = { lineId: String(i + 1), quantity: Number(l.quantity), value: Number(l.value), currency: 'CNY' };
        if (l.sku) return { ...common, sku: l.sku, ...(l.description.trim() ? { description: l.description.trim() } : {}) };
        return { ...common, description: l.description.trim(), classifications: [{ jurisdiction: 'CN', code: l.code.trim() || 'NOT_LISTED', source: session.user.displayName || session.user.username }] };
      }),
      destination: destination.trim().toUpperCase(),
      parties: [{ role: 'end_user', name: endUser.name.trim(), country: endUser.country.trim().toUpperCase() }],
      endUse: endUse.trim(),
      catchAll,
    };
  }

  async function run(b: unknown, language: string) {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<DeterminationResult>(`/api/determinations?lang=${language}`, b));
      lastBody.current = b;
    } catch (err) {
      setError(err);
      setResult(null);
    } finally {
      setBusy(false);
    }
  }

  // The explanation is written by the server in one language: fetch it again after a switch.
  useEffect(() => {
    if (lastBody.current) void run(lastBody.current, lang);
  }, [lang]);

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(body(), lang);
  }

  return (
    <>
      <PageHeader title={t('check.title')} subtitle={t('check.subtitle')} />
      <div className="split">
        <form className="card form" onSubmit={submit} aria-labelledby="check-form-title" data-testid="check-form">
          <h2 id="check-form-title">{t('check.transaction')}</h2>
          <fieldset>
            <legend>{t('check.items')}</legend>
            {lines.map((l, i) => (
              <div key={i} className="line-item" data-testid={`line-${i + 1}`}>
                <label>
                  {t('check.fromCatalogue')}
                  <select name={`sku-${i + 1}`} value={l.sku} onChange={(e) => setLine(i, { sku: e.target.value })}>
                    <option value="">{t('check.enterManually')}</option>
                    {(products.data?.items ?? []).map((p) => (
                      <option key={p.id} value={p.sku}>
                        {p.sku} — {productName(p, lang)}
                      </option>
                    ))}
                  </select>
                </label>
                {l.sku ? null : (
                  <div className="grid-2">
                    <label>
                      {t('check.description')}
                      <input name={`description-${i + 1}`} value={l.description} onChange={(e) => setLine(i, { description: e.target.value })} required />
                    </label>
                    <label>
                      {t('check.cnCode')}
                      <input name={`code-${i + 1}`} value={l.code} onChange={(e) => setLine(i, { code: e.target.value })} placeholder="1C350.a / NOT_LISTED" />
                    </label>
                  </div>
                )}
                <div className="grid-2">
                  <label>
                    {t('check.quantity')}
                    <input name={`quantity-${i + 1}`} type="number" min="0" step="any" value={l.quantity} onChange={(e) => setLine(i, { quantity: e.target.value })} />
                  </label>
                  <label>
                    {t('check.valueCny')}
                    <input name={`value-${i + 1}`} type="number" min="0" step="any" value={l.value} onChange={(e) => setLine(i, { value: e.target.value })} />
                  </label>
                </div>
                {lines.length > 1 ? (
                  <button type="button" className="link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                    {t('check.removeLine')}
                  </button>
                ) : null}
              </div>
            ))}
            <button type="button" className="secondary" onClick={() => setLines([...lines, emptyLine()])}>
              {t('check.addLine')}
            </button>
          </fieldset>
          <div className="grid-2">
            <label>
              {t('check.destination')}
              <input name="destination" value={destination} onChange={(e) => setDestination(e.target.value)} maxLength={2} placeholder="JP" required />
            </label>
            <label className="check">
              <input type="checkbox" name="icp" checked={icp} onChange={(e) => setIcp(e.target.checked)} /> {t('check.icpInPlace')}
            </label>
          </div>
          <div className="grid-2">
            <label>
              {t('check.endUser')}
              <input name="endUserName" value={endUser.name} onChange={(e) => setEndUser({ ...endUser, name: e.target.value })} required />
            </label>
            <label>
              {t('check.endUserCountry')}
              <input name="endUserCountry" value={endUser.country} onChange={(e) => setEndUser({ ...endUser, country: e.target.value })} maxLength={2} placeholder="JP" required />
            </label>
          </div>
          <label>
            {t('check.endUse')}
            <input name="endUse" value={endUse} onChange={(e) => setEndUse(e.target.value)} required />
          </label>
          <fieldset>
            <legend>{t('check.catchAll')}</legend>
            <p className="muted small">{t('check.catchAllHint')}</p>
            <table className="table compact catch-all">
              <thead>
                <tr>
                  <th />
                  {CONCERNS.map((c) => (
                    <th key={c}>{t(`check.concerns.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {KNOWLEDGE.map((k) => (
                  <tr key={k}>
                    <th scope="row">{t(`check.knowledge.${k}`)}</th>
                    {CONCERNS.map((c) => (
                      <td key={c}>
                        <select name={`catchAll-${k}-${c}`} aria-label={`${t(`check.knowledge.${k}`)} · ${t(`check.concerns.${c}`)}`} value={catchAll[k][c]} onChange={(e) => setCatchAll({ ...catchAll, [k]: { ...catchAll[k], [c]: e.target.value as Answer } })}>
                          <option value="no">{t('check.answers.no')}</option>
                          <option value="yes">{t('check.answers.yes')}</option>
                          <option value="unsure">{t('check.answers.unsure')}</option>
                        </select>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <ErrorMessage error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('check.running') : t('check.run')}
          </button>
        </form>
        <div className="stack">{result ? <ResultView r={result} /> : <section className="card muted">{t('check.noResult')}</section>}</div>
      </div>
    </>
  );
}

function CitationChip({ id, byId }: { id: string; byId: Map<string, Citation> }) {
  const { i18n } = useTranslation();
  const c = byId.get(id);
  const label = c ? citationLabel(c, i18n.language) : id;
  return (
    <a
      className="cite-chip"
      href={`#${citeAnchor(id)}`}
      title={c ? (i18n.language === 'zh' ? c.title.zh : c.title.en) : id}
      onClick={(e) => {
        // The hash is the router's: scroll to the article instead of navigating.
        e.preventDefault();
        document.getElementById(citeAnchor(id))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      }}
    >
      {label}
    </a>
  );
}

const ZH_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function zhArticle(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `第${tens === 0 ? '' : tens === 1 ? '十' : `${ZH_NUM[tens] ?? ''}十`}${ZH_NUM[ones] ?? ''}条`;
}

function citationLabel(c: Citation, lang: string): string {
  if (lang === 'zh') return c.article === undefined ? c.law.zh : `《${c.law.zh}》${zhArticle(c.article)}`;
  return c.article === undefined ? c.law.en : `${c.law.en} Art. ${c.article}`;
}

function ReasonView({ r, byId }: { r: Reason; byId: Map<string, Citation> }) {
  const { t } = useTranslation();
  return (
    <li className="reason" data-code={r.code}>
      <div className="reason-head">
        {r.outcome ? <OutcomeBadge outcome={r.outcome} /> : <span className="badge muted-badge">{t('check.informative')}</span>}
        <strong>{t(`check.reasons.${r.code}`, { defaultValue: r.code })}</strong>
      </div>
      {r.party ? (
        <div className="small">
          {t(`check.roles.${r.party.role}`, { defaultValue: r.party.role })}: {r.party.name} ({r.party.country})
          {r.listEntry ? (
            <span className="muted">
              {' '}
              · {r.listEntry.list}: {r.listEntry.name ?? r.listEntry.entityId} <code>{r.listEntry.source}</code>
              {r.listEntry.announcement ? ` · ${r.listEntry.announcement}` : ''}
            </span>
          ) : null}
        </div>
      ) : null}
      {r.params?.lists ? <div className="small muted">{t('check.onLists', { lists: r.params.lists })}</div> : null}
      {r.requires?.length ? <div className="small">{t('check.requires', { what: r.requires.map((q) => t(`check.requirements.${q}`, { defaultValue: q })).join('; ') })}</div> : null}
      {r.excludes?.length ? <div className="small">{t('check.excludes', { what: r.excludes.map((f) => t(`check.forms.${f}`, { defaultValue: f })).join(', ') })}</div> : null}
      <div className="cites">
        {r.citations.map((c) => (
          <CitationChip key={c} id={c} byId={byId} />
        ))}
      </div>
    </li>
  );
}

function ResultView({ r }: { r: DeterminationResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const d = r.determination;
  const byId = new Map(r.citations.map((c) => [c.id, c]));
  return (
    <>
      <section className="card result-head" data-testid="check-result" aria-live="polite">
        <div className="label">{t('check.overall')}</div>
        <div className="overall" data-testid="overall">
          <OutcomeBadge outcome={d.overall} large />
        </div>
        {d.licenceForms.length ? <p>{t('check.formsOpen', { forms: d.licenceForms.map((f) => t(`check.forms.${f}`, { defaultValue: f })).join(', ') })}</p> : null}
        {d.requirements.length ? (
          <>
            <div className="label">{t('check.requirementsTitle')}</div>
            <ul className="small">
              {d.requirements.map((q) => (
                <li key={q}>{t(`check.requirements.${q}`, { defaultValue: q })}</li>
              ))}
            </ul>
          </>
        ) : null}
        {r.screened.length ? (
          <>
            <div className="label">{t('check.screened')}</div>
            <ul className="plain small" data-testid="screened">
              {r.screened.map((s) => (
                <li key={s.index}>
                  {s.name}: <span className={`badge ${s.status === 'clear' ? 'ok' : 'bad'}`}>{t(`check.screenStatus.${s.status}`, { defaultValue: s.status })}</span> {s.hits ? t('check.hits', { count: s.hits }) : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {r.warnings.map((w) => (
          <div key={w} className="error" role="status">
            {w}
          </div>
        ))}
      </section>
      {d.items.map((it) => (
        <section key={it.lineId} className="card" data-testid={`item-result-${it.lineId}`}>
          <h3>
            {it.lineId}. {it.description} <OutcomeBadge outcome={it.outcome} />
          </h3>
          <p className="small">
            {it.codes.length
              ? it.codes.map((c) => (
                  <a key={c} className="code-chip" href={href('controllists', [PRC_LIST], { q: c })}>
                    {c}
                  </a>
                ))
              : t('check.noCodes')}
          </p>
          <ul className="plain reasons">
            {it.reasons.map((reason, i) => (
              <ReasonView key={i} r={reason} byId={byId} />
            ))}
          </ul>
        </section>
      ))}
      <section className="card" aria-labelledby="cited-title" data-testid="citations">
        <h3 id="cited-title">{t('check.cited')}</h3>
        <dl className="facts">
          {r.citations.map((c) => (
            <div key={c.id} id={citeAnchor(c.id)} className="cite-row">
              <dt>{citationLabel(c, lang)}</dt>
              <dd>{lang === 'zh' ? c.title.zh : c.title.en}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card">
        <h3>{t('check.explanation')}</h3>
        <pre className="explanation-text" data-testid="explanation-text">
          {r.explanation}
        </pre>
      </section>
    </>
  );
}
