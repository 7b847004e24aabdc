import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/Feedback.tsx';
import { href } from '../router.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound.title')}>
      <a href={href('dashboard')}>{t('notFound.back')}</a>
    </EmptyState>
  );
}
