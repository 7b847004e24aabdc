/** Session bootstrap and page switch. */
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken, setUnauthenticatedHandler } from './api.ts';
import { Loading } from './components/Feedback.tsx';
import { Layout } from './components/Layout.tsx';
import { AdminPage } from './pages/Admin.tsx';
import { AlertsPage } from './pages/Alerts.tsx';
import { ApplicationsPage } from './pages/Applications.tsx';
import { NewApplicationPage } from './pages/ApplicationsDraft.tsx';
import { CasePage } from './pages/Case.tsx';
import { LicenceDetailPage, LicencesPage } from './pages/Licences.tsx';
import { AuditPage } from './pages/Audit.tsx';
import { BatchPage } from './pages/Batch.tsx';
import { ClassificationsPage } from './pages/Classifications.tsx';
import { ControlListsPage } from './pages/ControlLists.tsx';
import { CounterpartiesPage } from './pages/Counterparties.tsx';
import { DashboardPage } from './pages/Dashboard.tsx';
import { ListsPage } from './pages/Lists.tsx';
import { LoginPage } from './pages/Login.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { ProductDetailPage } from './pages/ProductDetail.tsx';
import { ProductsPage } from './pages/Products.tsx';
import { ScreenPage } from './pages/Screen.tsx';
import { TransactionCheckPage } from './pages/TransactionCheck.tsx';
import { type Route, navigate, useRoute } from './router.ts';
import { type Session, SessionContext, can, canAdminister } from './session.ts';
import type { Me, SessionInfo } from './types.ts';

function pageFor(route: Route, session: Session): ReactNode {
  switch (route.page) {
    case '':
    case 'dashboard':
      return <DashboardPage />;
    case 'screen':
      return can(session, 'screening', 'run') ? <ScreenPage route={route} /> : <NotFoundPage />;
    case 'batch':
      return can(session, 'screening', 'run') ? <BatchPage /> : <NotFoundPage />;
    case 'counterparties':
      return <CounterpartiesPage route={route} />;
    case 'alerts':
      return <AlertsPage route={route} />;
    case 'lists':
      return <ListsPage route={route} />;
    case 'audit':
      return <AuditPage />;
    case 'products':
      if (!can(session, 'product', 'read')) return <NotFoundPage />;
      return route.params[0] ? <ProductDetailPage id={route.params[0]} /> : <ProductsPage />;
    case 'classifications':
      return can(session, 'classification', 'read') ? <ClassificationsPage /> : <NotFoundPage />;
    case 'controllists':
      return can(session, 'list', 'read') ? <ControlListsPage route={route} /> : <NotFoundPage />;
    case 'check':
      return can(session, 'determination', 'run') ? <TransactionCheckPage /> : <NotFoundPage />;
    case 'applications':
      if (!can(session, 'application', 'read')) return <NotFoundPage />;
      if (route.params[0] === 'new') return <NewApplicationPage />;
      return route.params[0] ? <CasePage id={route.params[0]} /> : <ApplicationsPage />;
    case 'licences':
      if (!can(session, 'licence', 'read')) return <NotFoundPage />;
      return route.params[0] ? <LicenceDetailPage number={route.params[0]} /> : <LicencesPage />;
    case 'admin':
      return canAdminister(session) ? <AdminPage route={route} /> : <NotFoundPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const signedIn = useCallback(async (info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    setMe(await api.get<Me>('/api/me'));
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setMe(null);
    });
    api
      .get<SessionInfo>('/api/auth/session')
      .then(signedIn)
      .catch(() => setMe(null));
    return () => setUnauthenticatedHandler(null);
  }, [signedIn]);

  const session = useMemo<Session | null>(
    () =>
      me
        ? {
            user: me.user,
            organisation: me.organisation,
            permissions: me.permissions,
            logout: async () => {
              try {
                await api.post('/api/auth/logout');
              } finally {
                setCsrfToken(null);
                setMe(null);
                navigate('dashboard');
              }
            },
          }
        : null,
    [me],
  );

  useEffect(() => {
    const name = route.page ? t(`nav.${route.page}`, { defaultValue: '' }) : '';
    document.title = name ? `${name} · exportctl` : 'exportctl';
  }, [route.page, t]);

  if (me === undefined) return <Loading />;
  if (!session) return <LoginPage onSignedIn={signedIn} />;
  const page = route.page || 'dashboard';
  return (
    <SessionContext.Provider value={session}>
      <Layout page={page}>{pageFor(route, session)}</Layout>
    </SessionContext.Provider>
  );
}
