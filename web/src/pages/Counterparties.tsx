/** The organisation's counterparties: add one, screen it, see its alerts. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ScoreBar, SourceTag, StatusBadge } from '../components/Badges.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { formatDateTime, hitTitle } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Route, href } from '../router.ts';
import { can, useSession } from '../session.ts';
import type { Alert, Counterparty, CounterpartyScreening, Page } from '../types.ts';
import { PARTY_SCHEMAS } from './Screen.tsx';

interface Draft {
  name: string;
  names: string;
  country: string;
  schema: string;
  birthDate: string;
}
const EMPTY: Draft = { name: '', names: '', country: '', schema: 'Organization', birthDate: '' };

export function CounterpartiesPage({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState('');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [formError, setFormError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [screening, setScreening] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ id: string; result: CounterpartyScreening } | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const session = useSession();
  const canEdit = can(session, 'counterparty', 'create');
  const canScreen = can(session, 'screening', 'run');
  const list = useLoad(async (signal) => (await api.get<Page<Counterparty>>('/api/counterparties', { limit: 500 }, signal)).items, []);
  const open = useLoad(async (signal) => (await api.get<Page<Alert>>('/api/alerts', { status: 'open', limit: 500 }, signal)).items, [list.data]);
  const openCount = new Map<string, number>();
  for (const a of open.data ?? []) openCount.set(a.counterpartyId, (openCount.get(a.counterpartyId) ?? 0) + 1);
  const selectedId = route.params[0];
  const selected = list.data?.find((c) => c.id === selectedId);
  const alerts = useLoad(
    async (signal) => (selectedId ? (await api.get<Page<Alert>>('/api/alerts', { counterpartyId: selectedId, limit: 500 }, signal)).items : []),
    [selectedId, outcome],
  );

  async function create(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setFormError(null);
    try {
      await api.post<Counterparty>('/api/counterparties', {
        name: draft.name.trim(),
        names: draft.names
          .split(/[\n;]/)
          .map((s) => s.trim())
          .filter(Boolean),
        country: draft.country.trim().toUpperCase() || null,
        schema: draft.schema,
        birthDate: draft.birthDate.trim() || null,
      });
      setDraft(EMPTY);
      list.reload();
    } catch (err) {
      setFormError(err);
    } finally {
      setSaving(false);
    }
  }

  async function screen(c: Counterparty) {
    setScreening(c.id);
    setActionError(null);
    try {
      const result = await api.post<CounterpartyScreening>(`/api/counterparties/${encodeURIComponent(c.id)}/screen`);
      setOutcome({ id: c.id, result });
      open.reload();
    } catch (err) {
      setActionError(err);
    } finally {
      setScreening(null);
    }
  }

  const needle = filter.trim().toLowerCase();
  const rows = (list.data ?? []).filter((c) => !needle || [c.name, ...(c.names ?? [])].some((n) => n.toLowerCase().includes(needle)));

  return (
    <>
      <PageHeader title={t('counterparties.title')} subtitle={t('counterparties.subtitle')} />
      <div className="split wide-left">
        <section className="card">
          <div className="toolbar">
            <input type="search" placeholder={t('counterparties.filter')} aria-label={t('counterparties.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <ErrorMessage error={list.error} onRetry={list.reload} />
          <ErrorMessage error={actionError} />
          {list.loading && !list.data ? <Loading /> : null}
          {list.data && list.data.length === 0 ? <EmptyState title={t('counterparties.none')}>{t('counterparties.noneHint')}</EmptyState> : null}
          {rows.length ? (
            <table className="table" data-testid="counterparty-table">
              <thead>
                <tr>
                  <th>{t('counterparties.name')}</th>
                  <th>{t('common.country')}</th>
                  <th>{t('screen.schema')}</th>
                  <th className="num">{t('counterparties.openAlerts')}</th>
                  <th>
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} className={c.id === selectedId ? 'selected' : ''}>
                    <td>
                      <a href={href('counterparties', [c.id])}>{c.name}</a>
                      {c.names?.length ? <div className="muted small">{c.names.join(' · ')}</div> : null}
                    </td>
                    <td>{c.country ?? ''}</td>
                    <td>{c.schema ? t(`schemas.${c.schema}`, { defaultValue: c.schema }) : ''}</td>
                    <td className="num">{openCount.get(c.id) ? <a href={href('counterparties', [c.id])} className="badge status-open">{openCount.get(c.id)}</a> : open.data ? '0' : ''}</td>
                    <td className="right">
                      {canScreen ? (
                      <button type="button" className="secondary small" disabled={screening === c.id} onClick={() => void screen(c)} aria-label={`${t('counterparties.screen')} ${c.name}`}>
                        {screening === c.id ? t('screen.searching') : t('counterparties.screen')}
                      </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : list.data && list.data.length > 0 ? (
            <EmptyState title={t('common.noMatches')} />
          ) : null}
        </section>

        <div className="stack">
          {selected ? (
            <section className="card" aria-label={selected.name}>
              <h2>{selected.name}</h2>
              <p className="muted small">
                {t('common.updated')}: {formatDateTime(selected.updatedAt ?? selected.createdAt, i18n.language)}
              </p>
              {outcome?.id === selected.id ? (
                <p className="notice" role="status" data-testid="screen-outcome">
                  {t('counterparties.screened', { hits: outcome.result.hits.length, raised: outcome.result.raised.length })}
                </p>
              ) : null}
              <h3>{t('counterparties.alerts')}</h3>
              <ErrorMessage error={alerts.error} onRetry={alerts.reload} />
              {alerts.data && alerts.data.length === 0 ? <EmptyState title={t('counterparties.noAlerts')} /> : null}
              {alerts.data && alerts.data.length > 0 ? (
                <ul className="plain alert-list">
                  {alerts.data.map((a) => (
                    <li key={a.id}>
                      <a href={href('alerts', [a.id], { status: a.status })}>{hitTitle(a.hit)}</a> <SourceTag source={a.source} /> <ScoreBar score={a.score} /> <StatusBadge status={a.status} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null}

          {canEdit ? (
          <form className="card form" onSubmit={(e) => void create(e)} aria-labelledby="cp-new">
            <h2 id="cp-new">{t('counterparties.add')}</h2>
            <label>
              {t('counterparties.name')} *
              <input name="name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            </label>
            <label>
              {t('counterparties.otherNames')}
              <textarea name="names" rows={2} placeholder={t('counterparties.otherNamesHint')} value={draft.names} onChange={(e) => setDraft({ ...draft, names: e.target.value })} />
            </label>
            <div className="row">
              <label>
                {t('common.country')}
                <input name="country" maxLength={2} size={4} placeholder="CN" value={draft.country} onChange={(e) => setDraft({ ...draft, country: e.target.value })} />
              </label>
              <label>
                {t('screen.schema')}
                <select name="schema" value={draft.schema} onChange={(e) => setDraft({ ...draft, schema: e.target.value })}>
                  {PARTY_SCHEMAS.map((s) => (
                    <option key={s} value={s}>
                      {t(`schemas.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('screen.birthDate')}
                <input name="birthDate" placeholder="YYYY-MM-DD" size={10} value={draft.birthDate} onChange={(e) => setDraft({ ...draft, birthDate: e.target.value })} />
              </label>
            </div>
            <ErrorMessage error={formError} />
            <button type="submit" className="primary" disabled={saving}>
              {t('counterparties.save')}
            </button>
          </form>
          ) : null}
        </div>
      </div>
    </>
  );
}
