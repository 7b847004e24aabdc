/** Classification follow-up: signed-off classifications due for re-review or overdue, and enquiries to MOFCOM. */
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { PageHeader } from '../components/Layout.tsx';
import { type DueItem, type Enquiry, productName } from '../controlTypes.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { href } from '../router.ts';

export function ClassificationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const due = useLoad(async (signal) => (await api.get<{ items: DueItem[] }>('/api/classifications/due', undefined, signal)).items, []);
  const enquiries = useLoad(async (signal) => (await api.get<{ items: Enquiry[] }>('/api/classifications/enquiries', undefined, signal)).items, []);

  return (
    <>
      <PageHeader title={t('classifications.title')} subtitle={t('classifications.subtitle')} actions={<a href={href('products')}>{t('nav.products')}</a>} />
      <section className="card" aria-labelledby="due-title">
        <h2 id="due-title">{t('classifications.due')}</h2>
        <ErrorMessage error={due.error} onRetry={due.reload} />
        {due.loading && !due.data ? <Loading /> : null}
        {due.data && due.data.length === 0 ? <EmptyState title={t('classifications.noneDue')} /> : null}
        {due.data?.length ? (
          <table className="table" data-testid="due-table">
            <thead>
              <tr>
                <th>{t('products.sku')}</th>
                <th>{t('products.name')}</th>
                <th>{t('classifications.jurisdiction')}</th>
                <th>{t('classifications.codes')}</th>
                <th>{t('classifications.reReviewDueHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {due.data.map((d) => (
                <tr key={d.classification.id} className={d.reReviewStatus === 'overdue' ? 'flag' : ''}>
                  <td>
                    <a href={href('products', [d.product.id])}>
                      <code>{d.product.sku}</code>
                    </a>
                  </td>
                  <td>{productName(d.product, lang)}</td>
                  <td>{d.classification.jurisdiction}</td>
                  <td>{d.classification.notListed ? t('classifications.notListed') : d.classification.codes.join(', ')}</td>
                  <td>
                    {formatDate(d.classification.reReviewDue, lang)} <span className={`badge ${d.reReviewStatus === 'overdue' ? 'bad' : 'warn'}`}>{t(`classifications.reReview.${d.reReviewStatus}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section className="card" aria-labelledby="enquiries-title">
        <h2 id="enquiries-title">{t('classifications.enquiries')}</h2>
        <p className="muted small">{t('classifications.enquiriesHint')}</p>
        <ErrorMessage error={enquiries.error} onRetry={enquiries.reload} />
        {enquiries.loading && !enquiries.data ? <Loading /> : null}
        {enquiries.data && enquiries.data.length === 0 ? <EmptyState title={t('classifications.noEnquiries')} /> : null}
        {enquiries.data?.length ? (
          <table className="table">
            <thead>
              <tr>
                <th>{t('classifications.subject')}</th>
                <th>{t('classifications.authority')}</th>
                <th>{t('classifications.enquiryStatus')}</th>
                <th>{t('classifications.openedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {enquiries.data.map((e) => (
                <tr key={e.id}>
                  <td>{e.productId ? <a href={href('products', [e.productId])}>{e.subject}</a> : e.subject}</td>
                  <td>{e.authority}</td>
                  <td>{e.status}</td>
                  <td>
                    {e.createdByName} · {formatDateTime(e.createdAt, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
