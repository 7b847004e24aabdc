/**
 * The item-list browser: every control list with plainly shown completeness and verification
 * status, search across lists (Chinese or English text, control code, HS code), a list's entry
 * tree, an entry with its ancestors, children and cross-references, and the list's versions with
 * the diff between them. Route: `#/controllists[/<list>[/<code>]]?q=`.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { CompletenessBadge, VerificationBadge } from '../components/ControlBadges.tsx';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { type EntryDetail, type ItemDiff, type ItemListItem, type ItemListVersion, type ItemSearchResult, type TreeLevel, type TreeNode, VERIFICATION_STATUSES, pick } from '../controlTypes.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type Route, href, navigate } from '../router.ts';

export function ControlListsPage({ route }: { route: Route }) {
  const { t } = useTranslation();
  const listId = route.params[0];
  const code = route.params[1];
  const q = route.query.get('q') ?? '';
  const lists = useLoad(async (signal) => (await api.get<{ items: ItemListItem[] }>('/api/controllists', undefined, signal)).items, []);
  const selected = lists.data?.find((l) => l.list.id === listId);

  return (
    <>
      <PageHeader title={t('controlLists.title')} subtitle={t('controlLists.subtitle')} />
      <ErrorMessage error={lists.error} onRetry={lists.reload} />
      {lists.loading && !lists.data ? <Loading label={t('controlLists.loadingLists')} /> : null}
      {lists.data && listId ? (
        // With a list open, the overview folds away so the entries are in view.
        <details className="card lists-fold">
          <summary>{t('controlLists.allLists', { count: lists.data.length })}</summary>
          <ListsTable items={lists.data} selected={listId} />
        </details>
      ) : lists.data ? (
        <ListsTable items={lists.data} selected={listId} />
      ) : null}
      <SearchBox q={q} listId={listId} code={code} />
      {q ? <SearchResults q={q} /> : null}
      {listId ? (
        <div className="split">
          <TreePanel listId={listId} code={code} />
          <div className="stack">
            {code ? <EntryPanel listId={listId} code={code} /> : null}
            {selected ? <ListInfo item={selected} /> : null}
            {selected ? <VersionsPanel listId={listId} /> : null}
          </div>
        </div>
      ) : (
        <EmptyState title={t('controlLists.pickList')} />
      )}
    </>
  );
}

function countsText(counts: Record<string, number>, t: (k: string) => string): string {
  return VERIFICATION_STATUSES.filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${(counts[s] ?? 0).toLocaleString()} ${t(`controlLists.verification.${s}`)}`)
    .join(' · ');
}

function ListsTable({ items, selected }: { items: ItemListItem[]; selected: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (items.length === 0) return <EmptyState title={t('controlLists.none')} />;
  return (
    <section className="card">
      <table className="table" data-testid="item-lists">
        <thead>
          <tr>
            <th>{t('controlLists.list')}</th>
            <th>{t('lists.jurisdiction')}</th>
            <th>{t('controlLists.completenessHeader')}</th>
            <th className="num">{t('controlLists.entries')}</th>
            <th>{t('controlLists.verificationHeader')}</th>
            <th className="num">{t('lists.version')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ list, current }) => (
            <tr key={list.id} className={list.id === selected ? 'selected' : ''} data-list={list.id}>
              <td>
                <a href={href('controllists', [list.id])}>{pick(list.title, lang)}</a>
                <div className="muted small">
                  <code>{list.id}</code> · {t(`controlLists.kinds.${list.kind}`, { defaultValue: list.kind })}
                </div>
              </td>
              <td>{list.jurisdiction}</td>
              <td>
                <CompletenessBadge completeness={list.completeness} />
              </td>
              <td className="num">{current.entryCount.toLocaleString()}</td>
              <td className="small" data-testid="verification-counts">
                {countsText(current.counts, t)}
              </td>
              <td className="num">v{current.versionNo}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SearchBox({ q, listId, code }: { q: string; listId: string | undefined; code: string | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  function submit(e: FormEvent) {
    e.preventDefault();
    navigate('controllists', [listId, code].filter((x): x is string => x !== undefined), { q: text.trim() });
  }
  return (
    <form className="card search-row" role="search" onSubmit={submit}>
      <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('controlLists.searchPlaceholder')} aria-label={t('controlLists.search')} />
      <button type="submit" className="primary">
        {t('controlLists.searchButton')}
      </button>
    </form>
  );
}

function SearchResults({ q }: { q: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const r = useLoad((signal) => api.get<ItemSearchResult>('/api/controllists/search', { q, limit: 20 }, signal), [q]);
  // Results of the previous query are not shown while the new one loads.
  const data = r.loading ? undefined : r.data;
  return (
    <section className="card" data-testid="item-search-results" aria-live="polite">
      <h2>
        {t('controlLists.resultsFor', { q })} {data ? <span className="tag">{t(`controlLists.modes.${data.mode}`)}</span> : null}
      </h2>
      <ErrorMessage error={r.error} onRetry={r.reload} />
      {r.loading ? <Loading /> : null}
      {data && data.lists.length === 0 ? <EmptyState title={t('controlLists.noHits')} /> : null}
      {data?.lists.map((l) => (
        <div key={l.listId} className="hit-group" data-list={l.listId}>
          <div className="label">
            {pick(l.title, lang)} · v{l.versionNo} <span className="badge">{l.total}</span>
          </div>
          <ul className="plain">
            {l.hits.map((h) => (
              <li key={h.code}>
                <a href={href('controllists', [l.listId, h.code])}>
                  <code>{h.code}</code>
                </a>{' '}
                {pick(h.title, lang)} <VerificationBadge status={h.verificationStatus} /> <span className="muted small">{t('controlLists.matched', { what: h.matched })}</span>
              </li>
            ))}
            {l.total > l.hits.length ? <li className="muted">{t('lists.more', { count: l.total - l.hits.length })}</li> : null}
          </ul>
        </div>
      ))}
    </section>
  );
}

function TreePanel({ listId, code }: { listId: string; code: string | undefined }) {
  const { t } = useTranslation();
  const top = useLoad((signal) => api.get<TreeLevel>(`/api/controllists/${encodeURIComponent(listId)}/tree`, undefined, signal), [listId]);
  return (
    <section className="card" aria-labelledby="tree-title">
      <h2 id="tree-title">{t('controlLists.tree')}</h2>
      <ErrorMessage error={top.error} onRetry={top.reload} />
      {top.loading && !top.data ? <Loading /> : null}
      {top.data ? (
        <ul className="tree" data-testid="entry-tree">
          {top.data.nodes.map((n) => (
            <TreeItem key={n.code} listId={listId} node={n} selected={code} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function TreeItem({ listId, node, selected }: { listId: string; node: TreeNode; selected: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const onPath = selected !== undefined && selected !== node.code && selected.startsWith(`${node.code}.`);
  const [open, setOpen] = useState(onPath);
  const kids = useLoad(
    async (signal) => (open && node.childCount > 0 ? (await api.get<TreeLevel>(`/api/controllists/${encodeURIComponent(listId)}/tree`, { parent: node.code }, signal)).nodes : []),
    [listId, node.code, open],
  );
  return (
    <li>
      <div className={`tree-row${selected === node.code ? ' selected' : ''}`}>
        {node.childCount > 0 ? (
          <button type="button" className="link tree-toggle" aria-expanded={open} aria-label={open ? t('controlLists.collapse') : t('controlLists.expand')} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-toggle" aria-hidden="true" />
        )}
        <a href={href('controllists', [listId, node.code])}>
          <code>{node.code}</code>
        </a>
        <span className="tree-title">{pick(node.title, lang)}</span>
        {node.verificationStatus === 'unverified' ? <VerificationBadge status={node.verificationStatus} /> : null}
      </div>
      {open && kids.data?.length ? (
        <ul className="tree">
          {kids.data.map((k) => (
            <TreeItem key={k.code} listId={listId} node={k} selected={selected} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

const REF_KINDS = ['identical_code', 'equivalent', 'indicative_hs'] as const;

function EntryPanel({ listId, code }: { listId: string; code: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const d = useLoad((signal) => api.get<EntryDetail>(`/api/controllists/${encodeURIComponent(listId)}/entries/${encodeURIComponent(code)}`, undefined, signal), [listId, code]);
  const e = d.data?.entry;
  return (
    <section className="card entry-detail" data-testid="entry-detail" aria-labelledby="entry-title">
      <ErrorMessage error={d.error} onRetry={d.reload} />
      {d.loading && !d.data ? <Loading /> : null}
      {d.data && e ? (
        <>
          {d.data.ancestors.length ? (
            <nav className="crumbs small" aria-label={t('controlLists.ancestors')}>
              {d.data.ancestors.map((a) => (
                <span key={a.code}>
                  <a href={href('controllists', [listId, a.code])}>{a.code}</a> ›{' '}
                </span>
              ))}
              <span>{e.code}</span>
            </nav>
          ) : null}
          <h2 id="entry-title">
            <code>{e.code}</code> {pick(e.title, lang)}
          </h2>
          <p>
            <VerificationBadge status={e.verificationStatus} /> <span className="muted small">{t('controlLists.inList', { list: pick(d.data.list.title, lang), version: d.data.versionNo })}</span>
          </p>
          {e.title.zh && e.title.en ? <p className="muted small">{lang === 'zh' ? e.title.en : e.title.zh}</p> : null}
          {pick(e.text, lang) ? <p className="entry-text">{pick(e.text, lang)}</p> : null}
          {e.parameters.length ? (
            <table className="table compact">
              <caption>{t('controlLists.parameters')}</caption>
              <tbody>
                {e.parameters.map((p, i) => (
                  <tr key={i}>
                    <td>{p.name}</td>
                    <td>
                      {p.value} {p.unit ?? ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {e.reasons.length || e.regimes.length ? (
            <p className="small">
              {e.reasons.map((r) => (
                <span key={r} className="tag">
                  {r}
                </span>
              ))}
              {e.regimes.map((r) => (
                <span key={r} className="tag">
                  {r}
                </span>
              ))}
            </p>
          ) : null}
          {e.notes.length ? (
            <ul className="small notes">
              {e.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          ) : null}
          <h3>{t('controlLists.crossRefs')}</h3>
          {d.data.crossRefs.length === 0 ? <p className="muted small">{t('controlLists.noCrossRefs')}</p> : null}
          <ul className="plain" data-testid="cross-refs">
            {REF_KINDS.flatMap((kind) =>
              (d.data?.crossRefs ?? [])
                .filter((r) => r.kind === kind)
                .map((r, i) => (
                  <li key={`${kind}-${i}`}>
                    <span className="tag">{t(`controlLists.refKinds.${kind}`)}</span>
                    {r.targetListStored ? (
                      <a href={href('controllists', [r.target.list, r.resolvedCode ?? r.target.code])}>
                        <code>{r.target.code}</code>
                      </a>
                    ) : (
                      <code>{r.target.code}</code>
                    )}{' '}
                    <span className="muted small">
                      {r.target.list}
                      {r.hsEdition ? ` · ${r.hsEdition}` : ''}
                    </span>{' '}
                    {r.targetTitle ? <span>{pick(r.targetTitle, lang)}</span> : null}
                    {r.resolvedCode && r.resolvedCode !== r.target.code ? <span className="muted small"> ({t('controlLists.underHeading', { code: r.resolvedCode })})</span> : null}
                    {r.note ? <div className="muted small">{r.note}</div> : null}
                  </li>
                )),
            )}
          </ul>
          {d.data.referencedBy.length ? (
            <>
              <h3>{t('controlLists.referencedBy')}</h3>
              <ul className="plain">
                {d.data.referencedBy.map((r) => (
                  <li key={`${r.listId}:${r.code}`}>
                    <a href={href('controllists', [r.listId, r.code])}>
                      <code>{r.code}</code>
                    </a>{' '}
                    {pick(r.title, lang)} <span className="muted small">{r.listId}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {d.data.children.length ? (
            <>
              <h3>{t('controlLists.children')}</h3>
              <ul className="plain">
                {d.data.children.map((c) => (
                  <li key={c.code}>
                    <a href={href('controllists', [listId, c.code])}>
                      <code>{c.code}</code>
                    </a>{' '}
                    {pick(c.title, lang)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function ListInfo({ item }: { item: ItemListItem }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { list, current } = item;
  const src = list.source;
  return (
    <section className="card" data-testid="list-info" aria-labelledby="list-info-title">
      <h2 id="list-info-title">
        {pick(list.title, lang)} <CompletenessBadge completeness={list.completeness} />
      </h2>
      <p className={list.completeness === 'partial' ? 'warning-text' : 'muted'}>{t(`controlLists.completenessExplained.${list.completeness}`)}</p>
      <dl className="facts">
        {list.announcement ? (
          <>
            <dt>{t('controlLists.announcement')}</dt>
            <dd>{list.announcement}</dd>
          </>
        ) : null}
        {list.effectiveDate ? (
          <>
            <dt>{t('controlLists.effective')}</dt>
            <dd>{formatDate(list.effectiveDate, lang)}</dd>
          </>
        ) : null}
        <dt>{t('controlLists.publisher')}</dt>
        <dd>{src.publisher}</dd>
        <dt>{t('controlLists.source')}</dt>
        <dd>
          {src.url ? (
            <a href={src.url} rel="noreferrer noopener" target="_blank">
              {src.url}
            </a>
          ) : (
            [src.repo, src.path, src.commit?.slice(0, 12)].filter(Boolean).join(' · ') || '—'
          )}
        </dd>
        <dt>{t('controlLists.verificationHeader')}</dt>
        <dd>{countsText(current.counts, t)}</dd>
      </dl>
      {list.verificationNotes.length ? (
        <>
          <h3>{t('controlLists.verificationNotes')}</h3>
          <ul className="small notes">
            {list.verificationNotes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function VersionsPanel({ listId }: { listId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const versions = useLoad(async (signal) => (await api.get<{ items: ItemListVersion[] }>(`/api/controllists/${encodeURIComponent(listId)}/versions`, undefined, signal)).items, [listId]);
  const [diffTo, setDiffTo] = useState<number | null>(null);
  const diff = useLoad(async (signal) => (diffTo ? api.get<ItemDiff>(`/api/controllists/${encodeURIComponent(listId)}/diff`, { to: diffTo }, signal) : null), [listId, diffTo]);
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.versionNo - a.versionNo);
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('lists.versions')}</h2>
      <ErrorMessage error={versions.error} onRetry={versions.reload} />
      {sorted.length ? (
        <table className="table compact" data-testid="item-versions">
          <thead>
            <tr>
              <th className="num">{t('lists.version')}</th>
              <th>{t('lists.importedAt')}</th>
              <th className="num">{t('controlLists.entries')}</th>
              <th>{t('lists.diff')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((v) => (
              <tr key={v.versionNo} className={v.versionNo === diffTo ? 'selected' : ''}>
                <td className="num">v{v.versionNo}</td>
                <td>
                  {formatDateTime(v.importedAt, lang)} <span className="muted small">{v.fileName}</span>
                </td>
                <td className="num">{v.entryCount.toLocaleString()}</td>
                <td>
                  {v.versionNo > 1 ? (
                    <button type="button" className="link" onClick={() => setDiffTo(v.versionNo)}>
                      {t('lists.showDiff', { from: v.versionNo - 1 })}
                    </button>
                  ) : (
                    <span className="muted small">{t('controlLists.firstVersion')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {diffTo ? (
        <>
          <ErrorMessage error={diff.error} />
          {diff.data ? <ItemDiffView diff={diff.data} /> : diff.loading ? <Loading /> : null}
        </>
      ) : null}
    </section>
  );
}

function ItemDiffView({ diff }: { diff: ItemDiff }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const groups = [
    { key: 'added', sign: '+', items: diff.added.map((e) => ({ code: e.code, title: pick(e.title, lang), note: '' })) },
    { key: 'removed', sign: '−', items: diff.removed.map((e) => ({ code: e.code, title: pick(e.title, lang), note: '' })) },
    { key: 'changed', sign: '~', items: diff.changed.map((c) => ({ code: c.code, title: pick(c.after.title, lang), note: c.fields.join(', ') })) },
  ] as const;
  return (
    <div className="diff" data-testid="item-diff">
      <h3>{t('lists.diffTitle', { from: diff.from.versionNo, to: diff.to.versionNo })}</h3>
      <p className="muted small">{t('lists.unchangedCount', { count: diff.unchangedCount })}</p>
      {groups.map((g) => (
        <div key={g.key} className={`diff-group diff-${g.key}`}>
          <div className="label">
            {t(`lists.${g.key}`)} <span className="badge">{g.items.length}</span>
          </div>
          <ul className="plain">
            {g.items.slice(0, 100).map((e) => (
              <li key={e.code}>
                <span className="diff-sign" aria-hidden="true">
                  {g.sign}
                </span>{' '}
                <code>{e.code}</code> {e.title} {e.note ? <span className="muted small">({e.note})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
