/** Loading, empty and error states used on every page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { messageOf } from '../format.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <div className="empty-title">{title}</div>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

/** Shows an API error with a translated headline and the server's own message naming the field. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const known = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'ILLEGAL_TRANSITION', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL'];
  const headline = t(`errors.${known.includes(code) ? code : 'INTERNAL'}`);
  const field = error instanceof ApiError && error.field ? error.field : null;
  return (
    <div className="error" role="alert">
      <strong>{headline}</strong>
      <span className="error-detail">
        {messageOf(error)}
        {field ? ` (${t('errors.field')}: ${field})` : ''}
      </span>
      {onRetry ? (
        <button type="button" className="link" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
