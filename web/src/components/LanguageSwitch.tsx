import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, setLanguage } from '../i18n/index.ts';

const LABELS: Record<Language, string> = { zh: '中文', en: 'English' };

/** 中文 / English toggle; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('common.language')}>
      {(['zh', 'en'] as const).map((l) => (
        <button key={l} type="button" className={l === lang ? 'active' : ''} aria-pressed={l === lang} lang={l === 'zh' ? 'zh-CN' : 'en'} onClick={() => void setLanguage(l)}>
          {LABELS[l]}
        </button>
      ))}
    </div>
  );
}
