/** The signed-in frame: navigation, the user, the language switch and the page body. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { type Session, can, canAdminister, useSession } from '../session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The pages, and who sees each one (by the server's permission table). */
export const NAV: ReadonlyArray<{ page: string; key: string; visible: (s: Session) => boolean }> = [
  { page: 'dashboard', key: 'nav.dashboard', visible: () => true },
  { page: 'screen', key: 'nav.screen', visible: (s) => can(s, 'screening', 'run') },
  { page: 'batch', key: 'nav.batch', visible: (s) => can(s, 'screening', 'run') },
  { page: 'counterparties', key: 'nav.counterparties', visible: (s) => can(s, 'counterparty', 'read') },
  { page: 'alerts', key: 'nav.alerts', visible: (s) => can(s, 'alert', 'read') },
  { page: 'lists', key: 'nav.lists', visible: (s) => can(s, 'list', 'read') },
  { page: 'products', key: 'nav.products', visible: (s) => can(s, 'product', 'read') },
  { page: 'classifications', key: 'nav.classifications', visible: (s) => can(s, 'classification', 'read') },
  { page: 'controllists', key: 'nav.controllists', visible: (s) => can(s, 'list', 'read') },
  { page: 'check', key: 'nav.check', visible: (s) => can(s, 'determination', 'run') },
  { page: 'applications', key: 'nav.applications', visible: (s) => can(s, 'application', 'read') },
  { page: 'licences', key: 'nav.licences', visible: (s) => can(s, 'licence', 'read') },
  { page: 'audit', key: 'nav.audit', visible: (s) => can(s, 'audit', 'read') },
  { page: 'admin', key: 'nav.admin', visible: canAdminister },
];

export function Layout({ page, children }: { page: string; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const { user, organisation, logout } = session;
  const items = NAV.filter((n) => n.visible(session));
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⊕
          </span>
          <span>
            exportctl
            <small>{t('app.tagline')}</small>
          </span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {items.map((n) => (
              <li key={n.page}>
                <a href={href(n.page)} aria-current={n.page === page ? 'page' : undefined} className={n.page === page ? 'active' : ''}>
                  {t(n.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="main-col">
        <header className="topbar">
          <div className="who">
            <span className="who-name" data-testid="current-user">
              {user.displayName || user.username}
            </span>
            {organisation ? <span className="muted"> · {organisation.name}</span> : null}
            <span className="muted"> · {user.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</span>
          </div>
          <LanguageSwitch />
          <button type="button" className="secondary" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="muted">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
