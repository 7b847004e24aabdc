/**
 * Classification workflow: submit, sign off (four-eyes), return; re-reviews due; classification
 * enquiries to MOFCOM (Regs Art. 14 ¶4).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createClassificationEnquiry } from '../../../app/classification/createClassificationEnquiry.ts';
import { listDueReReviews } from '../../../app/classification/listDueReReviews.ts';
import { loadClassification } from '../../../app/classification/loadClassification.ts';
import { returnClassification } from '../../../app/classification/returnClassification.ts';
import { signOffClassification } from '../../../app/classification/signOffClassification.ts';
import { submitClassification } from '../../../app/classification/submitClassification.ts';
import { notFound } from '../../../domain/errors.ts';
import { ClassificationRepository } from '../../../infra/db/repositories/classificationRepository.ts';
import { authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZIdParams } from '../organisations/schema.ts';
import { classificationActor } from '../products/routes.ts';
import { ZClassification } from '../products/schema.ts';
import { ZDueList, ZDueQuery, ZEnquiry, ZEnquiryBody, ZEnquiryList, ZReturnBody, ZSignOffBody } from './schema.ts';

export const classificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const repo = new ClassificationRepository(db.kysely);

  app.get('/due', { schema: { tags: ['classifications'], summary: 'Signed-off classifications due for re-review or overdue', querystring: ZDueQuery, response: { 200: ZDueList, ...errorResponses } } }, async (req) => {
    const scope = listingScope(req, 'read', 'classification');
    const asOf = req.query.asOf ?? clock().toISOString().slice(0, 10);
    return { items: await listDueReReviews(db, scope === 'any' ? null : principalOf(req).organisation.id, asOf) };
  });

  app.get('/enquiries', { schema: { tags: ['classifications'], summary: 'Classification enquiries', response: { 200: ZEnquiryList, ...errorResponses } } }, async (req) => {
    const scope = listingScope(req, 'read', 'enquiry');
    return { items: await repo.listEnquiries(scope === 'any' ? null : principalOf(req).organisation.id) };
  });

  app.post('/enquiries', { schema: { tags: ['classifications'], summary: 'Open a classification enquiry to MOFCOM (Regs Art. 14 ¶4)', body: ZEnquiryBody, response: { 201: ZEnquiry, ...errorResponses } } }, async (req, reply) =>
    reply.status(201).send(await createClassificationEnquiry(db, classificationActor(req), req.body, clock())),
  );

  app.get('/enquiries/:id', { schema: { tags: ['classifications'], summary: 'One classification enquiry', params: ZIdParams, response: { 200: ZEnquiry, ...errorResponses } } }, async (req) => {
    const e = await repo.enquiry(req.params.id);
    if (!e) throw notFound('enquiry');
    authorize(req, 'read', { type: 'enquiry', organisationId: e.organisationId });
    return e;
  });

  app.get('/:id', { schema: { tags: ['classifications'], summary: 'One classification record', params: ZIdParams, response: { 200: ZClassification, ...errorResponses } } }, async (req) =>
    loadClassification(repo, classificationActor(req).access, req.params.id, 'read'),
  );

  app.post('/:id/submit', { schema: { tags: ['classifications'], summary: 'Submit a draft for review', params: ZIdParams, response: { 200: ZClassification, ...errorResponses } } }, async (req) =>
    submitClassification(db, classificationActor(req), req.params.id, clock()),
  );

  app.post(
    '/:id/sign-off',
    { schema: { tags: ['classifications'], summary: 'Sign off a submitted classification (not by its classifier)', params: ZIdParams, body: ZSignOffBody, response: { 200: ZClassification, ...errorResponses } } },
    async (req) => signOffClassification(db, classificationActor(req), req.params.id, clock(), { note: req.body.note }),
  );

  app.post(
    '/:id/return',
    { schema: { tags: ['classifications'], summary: 'Return a submitted classification to the classifier with a note', params: ZIdParams, body: ZReturnBody, response: { 200: ZClassification, ...errorResponses } } },
    async (req) => returnClassification(db, classificationActor(req), req.params.id, req.body.note, clock()),
  );
};
