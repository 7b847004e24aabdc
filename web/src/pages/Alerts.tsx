/**
 * The alert review queue. Keyboard: j / k (or ↓ / ↑) move through the queue, c / f / e choose
 * confirmed match / false positive / escalate, Ctrl+Enter records the decision.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ScoreBar, SourceTag, StatusBadge } from '../components/Badges.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { ExplanationView } from '../components/Explanation.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { formatDateTime, hitTitle } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Route, href, navigate } from '../router.ts';
import { can, useSession } from '../session.ts';
import type { Alert, Decision, Page } from '../types.ts';
import { useCounterpartyNames } from './counterpartyNames.ts';

const STATUSES = ['open', 'escalated', 'false_positive', 'confirmed', 'all'] as const;
const DECISIONS: ReadonlyArray<{ value: Decision; key: string }> = [
  { value: 'confirmed_match', key: 'c' },
  { value: 'false_positive', key: 'f' },
  { value: 'escalated', key: 'e' },
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
}

export function AlertsPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const status = route.query.get('status') ?? 'open';
  const mayDecide = can(useSession(), 'alert', 'decide');
  const list = useLoad(async (signal) => (await api.get<Page<Alert>>('/api/alerts', { status: status === 'all' ? undefined : status, limit: 500 }, signal)).items, [status]);
  const names = useCounterpartyNames(true, [list.data]);
  const cpName = (a: Alert) => names.get(a.counterpartyId) ?? a.counterpartyId;
  const alerts = list.data ?? [];
  const selectedId = route.params[0] ?? alerts[0]?.id;
  const index = alerts.findIndex((a) => a.id === selectedId);
  const current = index >= 0 ? alerts[index] : undefined;
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setDecision(null);
    setReason('');
    setError(null);
  }, [selectedId]);

  const go = (a: Alert | undefined) => {
    if (a) navigate('alerts', [a.id], { status });
  };

  async function decide() {
    if (!current || !decision) return;
    setSaving(true);
    setError(null);
    try {
      await api.post(`/api/alerts/${encodeURIComponent(current.id)}/decision`, { decision, reason: reason.trim() });
      setDone(t('alerts.recorded', { decision: t(`alerts.decision.${decision}`) }));
      const next = alerts[index + 1] ?? alerts[index - 1];
      if (next) navigate('alerts', [next.id], { status });
      else navigate('alerts', [], { status });
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void decide();
        return;
      }
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'j' || e.key === 'ArrowDown') {
        e.preventDefault();
        go(alerts[index + 1]);
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        go(alerts[index - 1]);
      } else {
        const d = DECISIONS.find((x) => x.key === e.key);
        if (d && mayDecide && current?.status === 'open') {
          e.preventDefault();
          setDecision(d.value);
          reasonRef.current?.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
      <div className="tabs" role="tablist" aria-label={t('alerts.filterStatus')}>
        {STATUSES.map((s) => (
          <a key={s} role="tab" aria-selected={s === status} className={s === status ? 'active' : ''} href={href('alerts', [], { status: s })}>
            {t(`alerts.status.${s}`)}
          </a>
        ))}
      </div>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && alerts.length === 0 ? <EmptyState title={t('alerts.none')}>{status === 'open' ? t('alerts.noneHint') : null}</EmptyState> : null}
      {alerts.length ? (
        <div className="split">
          <section className="card results">
            <div className="results-head">
              {t('alerts.count', { count: alerts.length })}
              <span className="muted small kbd-hint">{t('alerts.keys')}</span>
            </div>
            <ul role="listbox" aria-label={t('alerts.queue')} data-testid="alert-queue">
              {alerts.map((a) => (
                <li key={a.id} role="option" aria-selected={a.id === selectedId} className={a.id === selectedId ? 'selected' : ''}>
                  <a href={href('alerts', [a.id], { status })} className="block">
                    <div className="hit-line">
                      <span className="hit-name">{cpName(a)}</span>
                      <ScoreBar score={a.score} />
                    </div>
                    <div className="muted small">
                      ↔ {hitTitle(a.hit)} <SourceTag source={a.source} /> <StatusBadge status={a.status} />
                    </div>
                  </a>
                </li>
              ))}
            </ul>
          </section>
          {current ? (
            <section className="card" data-testid="alert-detail">
              <div className="alert-meta">
                <div>
                  <div className="label">{t('alerts.counterparty')}</div>
                  <a href={href('counterparties', [current.counterpartyId])}>
                    <strong>{cpName(current)}</strong>
                  </a>
                </div>
                <div>
                  <div className="label">{t('alerts.raised')}</div>
                  {formatDateTime(current.createdAt, i18n.language)}
                </div>
                <div>
                  <div className="label">{t('alerts.statusLabel')}</div>
                  <StatusBadge status={current.status} />
                </div>
              </div>
              <ExplanationView hit={current.hit} />
              {current.status === 'open' && mayDecide ? (
                <form
                  className="decision"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void decide();
                  }}
                >
                  <fieldset>
                    <legend>{t('alerts.decide')}</legend>
                    <div className="decision-options">
                      {DECISIONS.map((d) => (
                        <label key={d.value} className={`choice ${decision === d.value ? 'checked' : ''}`}>
                          <input type="radio" name="decision" value={d.value} checked={decision === d.value} onChange={() => setDecision(d.value)} />
                          {t(`alerts.decision.${d.value}`)} <kbd>{d.key}</kbd>
                        </label>
                      ))}
                    </div>
                    <label>
                      {t('alerts.reason')}
                      <textarea ref={reasonRef} name="reason" rows={3} required placeholder={t('alerts.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} />
                    </label>
                  </fieldset>
                  <ErrorMessage error={error} />
                  <button type="submit" className="primary" disabled={!decision || !reason.trim() || saving}>
                    {t('alerts.record')} <kbd>Ctrl+Enter</kbd>
                  </button>
                </form>
              ) : current.status === 'open' ? null : (
                <div className="decided">
                  <StatusBadge status={current.status} /> {current.decidedBy ?? ''} · {formatDateTime(current.decidedAt, i18n.language)}
                  {current.reason ? <blockquote>{current.reason}</blockquote> : null}
                </div>
              )}
            </section>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
