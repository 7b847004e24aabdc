/** The exporter's product catalogue: search, the products with their HS codes, and adding a product. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { type Product, productName } from '../controlTypes.ts';
import { formatDate } from '../format.ts';
import { useDebounced, useLoad } from '../hooks.ts';
import { href, navigate } from '../router.ts';
import { can, useSession } from '../session.ts';
import type { Page } from '../types.ts';

export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const products = useLoad((signal) => api.get<Page<Product>>('/api/products', { q: query, limit: 100 }, signal), [query]);

  return (
    <>
      <PageHeader title={t('products.title')} subtitle={t('products.subtitle')} />
      <div className="split wide-left">
        <section className="card">
          <div className="toolbar">
            <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('products.searchPlaceholder')} aria-label={t('products.search')} />
          </div>
          <ErrorMessage error={products.error} onRetry={products.reload} />
          {products.loading && !products.data ? <Loading /> : null}
          {products.data && products.data.items.length === 0 ? <EmptyState title={query ? t('common.noMatches') : t('products.none')} /> : null}
          {products.data?.items.length ? (
            <table className="table" data-testid="product-table">
              <thead>
                <tr>
                  <th>{t('products.sku')}</th>
                  <th>{t('products.name')}</th>
                  <th>{t('products.hsCode')}</th>
                  <th>{t('common.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {products.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <a href={href('products', [p.id])}>
                        <code>{p.sku}</code>
                      </a>
                    </td>
                    <td>{productName(p, lang)}</td>
                    <td>{p.hsCode ?? '—'}</td>
                    <td>{formatDate(p.updatedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
        {can(session, 'product', 'create') ? <AddProduct /> : null}
      </div>
    </>
  );
}

function AddProduct() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string): string | undefined => {
      const v = String(f.get(k) ?? '').trim();
      return v === '' ? undefined : v;
    };
    setBusy(true);
    setError(null);
    try {
      const p = await api.post<Product>('/api/products', {
        sku: text('sku') ?? '',
        nameZh: text('nameZh'),
        nameEn: text('nameEn'),
        hsCode: text('hsCode'),
        description: text('description') ?? '',
        manufacturer: text('manufacturer'),
        originCountry: text('originCountry')?.toUpperCase(),
      });
      navigate('products', [p.id]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="add-product" data-testid="add-product">
      <h2 id="add-product">{t('products.add')}</h2>
      <label>
        {t('products.sku')}
        <input name="sku" required maxLength={64} />
      </label>
      <div className="grid-2">
        <label>
          {t('products.nameZh')}
          <input name="nameZh" lang="zh-CN" />
        </label>
        <label>
          {t('products.nameEn')}
          <input name="nameEn" lang="en" />
        </label>
      </div>
      <div className="grid-2">
        <label>
          {t('products.hsCode')}
          <input name="hsCode" inputMode="numeric" placeholder="2811119000" />
        </label>
        <label>
          {t('products.originCountry')}
          <input name="originCountry" maxLength={2} placeholder="CN" />
        </label>
      </div>
      <label>
        {t('products.manufacturer')}
        <input name="manufacturer" />
      </label>
      <label>
        {t('products.description')}
        <textarea name="description" rows={3} />
      </label>
      <ErrorMessage error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('products.addButton')}
      </button>
    </form>
  );
}
