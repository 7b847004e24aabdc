import { useTranslation } from 'react-i18next';
import { formatScore } from '../format.ts';
import type { AlertStatus } from '../types.ts';

export function StatusBadge({ status }: { status: AlertStatus | string }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`alerts.status.${status}`, { defaultValue: status })}</span>;
}

/** Score as a percentage with a bar; strong matches are red, weak ones amber. */
export function ScoreBar({ score }: { score: number }) {
  const pct = Math.max(0, Math.min(100, score <= 1 ? score * 100 : score));
  const level = pct >= 90 ? 'high' : pct >= 75 ? 'mid' : 'low';
  return (
    <span className={`score score-${level}`} title={formatScore(score)}>
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span className="score-num">{formatScore(score)}</span>
    </span>
  );
}

export function SourceTag({ source }: { source: string }) {
  return <span className="tag">{source}</span>;
}
