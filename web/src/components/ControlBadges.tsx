/** Badges of the control-list and classification pages: completeness, verification, workflow status, outcome. */
import { useTranslation } from 'react-i18next';
import type { ClassificationStatus, VerificationStatus } from '../controlTypes.ts';

export function CompletenessBadge({ completeness }: { completeness: 'complete' | 'partial' }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${completeness === 'complete' ? 'ok' : 'warn'}`} data-testid="completeness">
      {t(`controlLists.completeness.${completeness}`)}
    </span>
  );
}

const VERIFICATION_CLASS: Record<VerificationStatus, string> = { verified: 'ok', cleaned: 'ok', machine_extracted: 'warn', unverified: 'bad' };

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${VERIFICATION_CLASS[status]}`}>{t(`controlLists.verification.${status}`)}</span>;
}

const STATUS_CLASS: Record<ClassificationStatus, string> = { draft: '', submitted_for_review: 'warn', signed_off: 'ok', returned: 'bad', superseded: 'muted-badge' };

export function ClassificationStatusBadge({ status }: { status: ClassificationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${STATUS_CLASS[status]}`}>{t(`classifications.status.${status}`)}</span>;
}

const OUTCOME_CLASS: Record<string, string> = { NOT_CONTROLLED: 'ok', LICENCE_REQUIRED: 'warn', HOLD: 'bad', PROHIBITED: 'bad' };

export function OutcomeBadge({ outcome, large }: { outcome: string; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${OUTCOME_CLASS[outcome] ?? ''}${large ? ' outcome-large' : ''}`} data-outcome={outcome}>
      {t(`check.outcomes.${outcome}`, { defaultValue: outcome })}
    </span>
  );
}
