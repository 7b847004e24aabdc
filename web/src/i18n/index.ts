/** i18next set-up: English and Simplified Chinese, the choice remembered in localStorage. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zh from './zh.json';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'exportctl.lang';

function isLanguage(v: unknown): v is Language {
  return v === 'en' || v === 'zh';
}

export function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(lng);
}

export async function setLanguage(lang: Language): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export { i18next };
