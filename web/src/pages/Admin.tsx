/** Users, roles and organisations. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Route, href } from '../router.ts';
import { can, canAnywhere, useSession } from '../session.ts';
import type { Organisation, Page, User } from '../types.ts';

/** Roles an exporter's accounts can hold, and those of authority accounts. */
export const EXPORTER_ROLES = ['compliance_officer', 'staff', 'auditor'] as const;
export const AUTHORITY_ROLES = ['caseworker', 'reviewer', 'approver', 'administrator'] as const;
export const ORGANISATION_KINDS = ['exporter', 'provincial_commerce', 'licensing_authority', 'consulted_agency', 'customs', 'enforcement'] as const;

const TABS = ['users', 'roles', 'organisations'] as const;

export function AdminPage({ route }: { route: Route }) {
  const { t } = useTranslation();
  const tab = TABS.find((x) => x === route.params[0]) ?? 'users';
  const users = useLoad(async (signal) => (await api.get<Page<User>>('/api/users', { limit: 500 }, signal)).items, []);
  const orgs = useLoad(async (signal) => (await api.get<Page<Organisation>>('/api/organisations', { limit: 500 }, signal)).items, []);
  return (
    <>
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <div className="tabs" role="tablist">
        {TABS.map((x) => (
          <a key={x} role="tab" aria-selected={x === tab} className={x === tab ? 'active' : ''} href={href('admin', [x])}>
            {t(`admin.tabs.${x}`)}
          </a>
        ))}
      </div>
      {tab === 'users' ? <UsersTab users={users} orgs={orgs.data ?? []} /> : null}
      {tab === 'roles' ? <RolesTab users={users.data ?? []} /> : null}
      {tab === 'organisations' ? <OrganisationsTab orgs={orgs} users={users.data ?? []} /> : null}
    </>
  );
}

interface Loaded<T> {
  data: T[] | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

function UsersTab({ users, orgs }: { users: Loaded<User>; orgs: Organisation[] }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const me = session.user;
  const isAdmin = canAnywhere(session, 'user', 'create');
  const [draft, setDraft] = useState({ username: '', displayName: '', password: '', organisationId: '', roles: [] as string[] });
  const [error, setError] = useState<unknown>(null);
  const [rowError, setRowError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const orgId = draft.organisationId || (isAdmin ? '' : me.organisationId);
  const org = orgs.find((o) => o.id === orgId);
  const roleChoices: readonly string[] = !isAdmin || org?.kind === 'exporter' ? EXPORTER_ROLES : org ? AUTHORITY_ROLES : [...EXPORTER_ROLES, ...AUTHORITY_ROLES];
  const orgName = (id: string | null | undefined) => orgs.find((o) => o.id === id)?.name ?? id ?? '';

  async function create(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await api.post('/api/users', {
        username: draft.username.trim(),
        displayName: draft.displayName.trim() || draft.username.trim(),
        password: draft.password,
        organisationId: orgId || undefined,
        roles: draft.roles,
      });
      setDraft({ username: '', displayName: '', password: '', organisationId: draft.organisationId, roles: [] });
      users.reload();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  async function toggle(u: User) {
    setRowError(null);
    try {
      await api.post(`/api/users/${encodeURIComponent(u.id)}/${u.disabled ? 'enable' : 'disable'}`);
      users.reload();
    } catch (err) {
      setRowError(err);
    }
  }

  return (
    <div className="split wide-left">
      <section className="card">
        <ErrorMessage error={users.error} onRetry={users.reload} />
        <ErrorMessage error={rowError} />
        {users.loading && !users.data ? <Loading /> : null}
        {users.data && users.data.length === 0 ? <EmptyState title={t('admin.noUsers')} /> : null}
        {users.data?.length ? (
          <table className="table" data-testid="users-table">
            <thead>
              <tr>
                <th>{t('auth.username')}</th>
                <th>{t('admin.displayName')}</th>
                <th>{t('admin.organisation')}</th>
                <th>{t('admin.roles')}</th>
                <th>{t('admin.status')}</th>
                <th>
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id}>
                  <td>
                    <code>{u.username}</code>
                  </td>
                  <td>{u.displayName ?? ''}</td>
                  <td>{orgName(u.organisationId)}</td>
                  <td>
                    {u.roles.map((r) => (
                      <span key={r} className="tag">
                        {t(`roles.${r}`, { defaultValue: r })}
                      </span>
                    ))}
                  </td>
                  <td>
                    {u.disabled ? (
                      <span className="badge bad">{t('admin.disabled')}</span>
                    ) : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? (
                      <span className="badge warn" title={formatDateTime(u.lockedUntil, i18n.language)}>
                        {t('admin.locked')}
                      </span>
                    ) : (
                      <span className="badge ok">{t('admin.active')}</span>
                    )}
                  </td>
                  <td className="right">
                    {u.id !== me.id && can(session, 'user', 'disable') ? (
                      <button type="button" className="secondary small" onClick={() => void toggle(u)}>
                        {u.disabled ? t('admin.enable') : t('admin.disable')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <form className="card form" onSubmit={(e) => void create(e)} aria-labelledby="new-user">
        <h2 id="new-user">{t('admin.addUser')}</h2>
        <label>
          {t('auth.username')} *
          <input name="username" required autoComplete="off" value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} />
        </label>
        <label>
          {t('admin.displayName')}
          <input name="displayName" value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />
        </label>
        <label>
          {t('auth.password')} *
          <input name="password" type="password" required autoComplete="new-password" minLength={10} value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} />
          <span className="muted small">{t('admin.passwordHint')}</span>
        </label>
        {isAdmin ? (
          <label>
            {t('admin.organisation')} *
            <select name="organisationId" required value={draft.organisationId} onChange={(e) => setDraft({ ...draft, organisationId: e.target.value, roles: [] })}>
              <option value="">{t('admin.chooseOrganisation')}</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <fieldset>
          <legend>{t('admin.roles')} *</legend>
          {roleChoices.map((r) => (
            <label key={r} className="check">
              <input
                type="checkbox"
                name="roles"
                value={r}
                checked={draft.roles.includes(r)}
                onChange={(e) => setDraft({ ...draft, roles: e.target.checked ? [...draft.roles, r] : draft.roles.filter((x) => x !== r) })}
              />
              {t(`roles.${r}`)}
            </label>
          ))}
        </fieldset>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={saving || draft.roles.length === 0}>
          {t('admin.createUser')}
        </button>
      </form>
    </div>
  );
}

function RolesTab({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const groups = [
    { key: 'exporterRoles', roles: EXPORTER_ROLES },
    { key: 'authorityRoles', roles: AUTHORITY_ROLES },
  ] as const;
  return (
    <div className="grid-2">
      {groups.map((g) => (
        <section className="card" key={g.key}>
          <h2>{t(`admin.${g.key}`)}</h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t('admin.role')}</th>
                <th>{t('admin.roleDescription')}</th>
                <th className="num">{t('admin.holders')}</th>
              </tr>
            </thead>
            <tbody>
              {g.roles.map((r) => (
                <tr key={r}>
                  <td>
                    <strong>{t(`roles.${r}`)}</strong>
                    <div className="muted small">
                      <code>{r}</code>
                    </div>
                  </td>
                  <td>{t(`roleInfo.${r}`)}</td>
                  <td className="num">{users.filter((u) => u.roles.includes(r)).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

function OrganisationsTab({ orgs, users }: { orgs: Loaded<Organisation>; users: User[] }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [draft, setDraft] = useState({ name: '', kind: 'exporter', code: '' });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await api.post('/api/organisations', { name: draft.name.trim(), kind: draft.kind, code: draft.code.trim() || null });
      setDraft({ name: '', kind: 'exporter', code: '' });
      orgs.reload();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="split wide-left">
      <section className="card">
        <ErrorMessage error={orgs.error} onRetry={orgs.reload} />
        {orgs.loading && !orgs.data ? <Loading /> : null}
        {orgs.data && orgs.data.length === 0 ? <EmptyState title={t('admin.noOrganisations')} /> : null}
        {orgs.data?.length ? (
          <table className="table" data-testid="orgs-table">
            <thead>
              <tr>
                <th>{t('admin.orgName')}</th>
                <th>{t('admin.orgKind')}</th>
                <th>{t('admin.orgCode')}</th>
                <th className="num">{t('admin.members')}</th>
                <th>{t('admin.created')}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.data.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{o.kind ? t(`orgKinds.${o.kind}`, { defaultValue: o.kind }) : ''}</td>
                  <td>{o.code ?? ''}</td>
                  <td className="num">{users.filter((u) => u.organisationId === o.id).length}</td>
                  <td>{formatDateTime(o.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {can(session, 'organisation', 'create') ? (
        <form className="card form" onSubmit={(e) => void create(e)} aria-labelledby="new-org">
          <h2 id="new-org">{t('admin.addOrganisation')}</h2>
          <label>
            {t('admin.orgName')} *
            <input name="orgName" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </label>
          <label>
            {t('admin.orgKind')}
            <select name="kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`orgKinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.orgCode')}
            <input name="code" value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
          </label>
          <ErrorMessage error={error} />
          <button type="submit" className="primary" disabled={saving}>
            {t('admin.createOrganisation')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
