/**
 * Licence applications: drafts, submission, the two-tier review with consultation, the case view
 * with its clocks and timeline, documents, licence issue, the certificate form, and the
 * authority's policies and exporter records. Which cases a caller sees is narrowed by its
 * organisation's part in the review (src/app/licensing/caseAccess.ts); others answer 404.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { queueScope } from '../../../app/licensing/caseAccess.ts';
import { applicationView } from '../../../app/licensing/applicationView.ts';
import { createDraftApplication } from '../../../app/licensing/createDraftApplication.ts';
import { issueLicence } from '../../../app/licensing/issueLicence.ts';
import { licensingCaller, licensingEnv } from '../../../app/licensing/httpCaller.ts';
import { isoDay } from '../../../app/licensing/licensingEnv.ts';
import { certificateFormPdf } from '../../../app/licensing/licensingPdfs.ts';
import { setExporterProfile, setLicensingPolicy } from '../../../app/licensing/setLicensingRecords.ts';
import { takeApplicationStep } from '../../../app/licensing/takeApplicationStep.ts';
import { updateDraftApplication } from '../../../app/licensing/updateDraftApplication.ts';
import { uploadDocument } from '../../../app/licensing/uploadDocument.ts';
import { loadVisibleApplication } from '../../../app/licensing/caseAccess.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { ApplicationRepository } from '../../../infra/db/repositories/licensingApplications.ts';
import { DocumentRepository } from '../../../infra/db/repositories/licensingDocuments.ts';
import { loadCalendar } from '../../../infra/calendar/loadCalendar.ts';
import { loadDestinations } from '../../../infra/destinations/loadDestinations.ts';
import { authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZCertificateFormQuery, ZCreateApplicationBody, ZDocumentQuery, ZIdParams, ZIssueBody, ZLoose, ZOrgParams, ZOut, ZPolicyParams, ZQueuePage, ZQueueQuery, ZStepBody, ZUpdateApplicationBody } from './schema.ts';

const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'application/octet-stream'];

export const applicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock, config } = app.deps;
  const calendar = loadCalendar();
  const destinations = loadDestinations();
  const env = () => licensingEnv(db, calendar, clock());
  const resource = (req: FastifyRequest, organisationId: string) => ({ type: 'application' as const, organisationId, ownerId: principalOf(req).user.id });

  app.addContentTypeParser(DOCUMENT_TYPES, { parseAs: 'buffer', bodyLimit: config.maxDocumentBytes + 1 }, (_req, body, done) => done(null, body));

  app.get('/', { schema: { tags: ['licensing'], summary: 'Work list: own applications (exporter), the queue of a province or MOFCOM, or the cases sent to an agency', querystring: ZQueueQuery, response: { 200: ZQueuePage, ...errorResponses } } }, async (req) => {
    listingScope(req, 'read', 'application');
    const who = licensingCaller(req);
    const scope = queueScope(who);
    if (!scope) return { items: [], total: 0 };
    const q = req.query;
    return new ApplicationRepository(db.kysely).queue({ ...scope, ...(q.status ? { statuses: q.status.split(',') } : {}), ...(q.queue ? { queue: q.queue } : {}), ...(q.assignee ? { assigneeId: who.userId } : {}), limit: q.limit, offset: q.offset });
  });

  app.get('/dashboard', { schema: { tags: ['licensing'], summary: 'Cases of the caller’s queue that are overdue or due within 5 working days', response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    listingScope(req, 'read', 'application');
    const who = licensingCaller(req);
    const today = isoDay(clock());
    const soon = calendar.covers(today) ? calendar.addWorkingDays(today, 5) : today;
    return { today, dueUntil: soon, ...(await new ApplicationRepository(db.kysely).dueCounts(who.organisationId, today, soon)) };
  });

  app.post('/', { schema: { tags: ['licensing'], summary: 'Start a draft application', body: ZCreateApplicationBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'create', resource(req, who.organisationId));
    return reply.status(201).send(await createDraftApplication(env(), who, req.body));
  });

  app.get('/:id', { schema: { tags: ['licensing'], summary: 'Case view: application, review state, clocks, timeline, documents', params: ZIdParams, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const who = licensingCaller(req);
    const view = await applicationView(db.kysely, calendar, who, req.params.id, isoDay(clock()));
    authorize(req, 'read', resource(req, view.application.organisationId));
    return view;
  });

  app.patch('/:id', { schema: { tags: ['licensing'], summary: 'Edit a draft (or an application returned for information)', params: ZIdParams, body: ZUpdateApplicationBody, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const who = licensingCaller(req);
    const a = await loadVisibleApplication(db.kysely, who, req.params.id);
    authorize(req, 'update', resource(req, a.organisationId));
    return updateDraftApplication(env(), who, req.params.id, req.body);
  });

  app.post('/:id/steps', { schema: { tags: ['licensing'], summary: 'Take one review step (submit, receive, forward, accept, consult, advise, stop/resume clock, consolidate, decide, countersign, withdraw…)', params: ZIdParams, body: ZStepBody, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const who = licensingCaller(req);
    const a = await loadVisibleApplication(db.kysely, who, req.params.id);
    authorize(req, req.body.type === 'decide' || req.body.type === 'countersign' ? 'decide' : 'update', resource(req, a.organisationId));
    return takeApplicationStep(env(), who, req.params.id, req.body);
  });

  app.post('/:id/licence', { schema: { tags: ['licensing'], summary: 'Issue the licence of an approved application', params: ZIdParams, body: ZIssueBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    authorize(req, 'create', { type: 'licence', organisationId: null });
    const s = await issueLicence(env(), licensingCaller(req), req.params.id, req.body);
    return reply.status(201).send({ number: s.licence.number, verificationCode: s.licence.verificationCode, validFrom: s.licence.validFrom, validTo: s.licence.validTo, status: s.licence.status, conditions: s.licence.conditions });
  });

  app.post('/:id/documents', { schema: { tags: ['licensing'], summary: 'Upload a document (PDF, PNG, JPEG, TIFF) as the raw request body', params: ZIdParams, querystring: ZDocumentQuery, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'create', { type: 'document', organisationId: who.organisationId });
    if (!Buffer.isBuffer(req.body)) throw new AppError('INVALID_INPUT', 'send the document as the request body with its content type (application/pdf, image/png, image/jpeg, image/tiff)', { location: { field: 'content-type' } });
    const doc = await uploadDocument(env(), who, { title: req.query.title, content: req.body, declaredType: req.headers['content-type'], applicationId: req.params.id, replaces: req.query.replaces }, config.maxDocumentBytes);
    return reply.status(201).send(doc);
  });

  app.get('/documents/:id', { schema: { tags: ['licensing'], summary: 'Download a document version', params: ZIdParams } }, async (req, reply) => {
    const who = licensingCaller(req);
    const repo = new DocumentRepository(db.kysely);
    const doc = await repo.get(req.params.id);
    if (!doc) throw notFound('document');
    if (doc.organisationId !== who.organisationId) {
      if (!doc.applicationId) throw notFound('document');
      await loadVisibleApplication(db.kysely, who, doc.applicationId);
    }
    authorize(req, 'read', { type: 'document', organisationId: doc.organisationId });
    const content = await repo.content(doc.sha256);
    if (!content) throw notFound('document content');
    return reply.type(doc.mediaType).header('x-content-sha256', doc.sha256).send(content);
  });

  app.get('/:id/certificate.pdf', { schema: { tags: ['licensing'], summary: 'The end-user and end-use certificate form, pre-filled from the application', params: ZIdParams, querystring: ZCertificateFormQuery } }, async (req, reply) => {
    const who = licensingCaller(req);
    const pdf = await certificateFormPdf(db.kysely, who, destinations, req.params.id, { contactPerson: req.query.contactPerson, siteAddress: req.query.siteAddress, governmentAuthenticationRequired: req.query.governmentAuthentication === 'true' }, isoDay(clock()));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="certificate-${req.params.id}.pdf"`).send(pdf);
  });

  app.put('/policies/:key', { schema: { tags: ['licensing'], summary: 'Set the routing, countersigning or reporting policy (data)', params: ZPolicyParams, body: ZLoose.or(ZLoose.array()), response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    authorize(req, 'update', { type: 'licensing_policy', organisationId: null });
    await setLicensingPolicy(env(), licensingCaller(req), req.params.key, req.body);
    return { key: req.params.key };
  });

  app.put('/exporter-profiles/:orgId', { schema: { tags: ['licensing'], summary: "Record an exporter's eligibility facts (ICP, export record, penalties; Regs Art. 20)", params: ZOrgParams, body: ZLoose, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    authorize(req, 'update', { type: 'exporter_profile', organisationId: req.params.orgId });
    return setExporterProfile(env(), licensingCaller(req), req.params.orgId, req.body);
  });
};
