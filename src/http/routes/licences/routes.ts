/**
 * Licences: list and view with remaining balances and report status, the PDF, shipments,
 * post-shipment reports, change applications, lifecycle actions, and the public customs
 * verification `GET /api/licences/{number}/verify?item=&quantity=&code=` (rate-limited).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeLicenceStatus } from '../../../app/licensing/changeLicenceStatus.ts';
import { licensingCaller } from '../../../app/licensing/httpCaller.ts';
import { loadVisibleLicence } from '../../../app/licensing/licenceAccess.ts';
import { isoDay } from '../../../app/licensing/licensingEnv.ts';
import { licencePdf } from '../../../app/licensing/licensingPdfs.ts';
import { recordShipment } from '../../../app/licensing/recordShipment.ts';
import { requestLicenceChange } from '../../../app/licensing/requestLicenceChange.ts';
import { reportStatus, submitPostShipmentReport } from '../../../app/licensing/submitPostShipmentReport.ts';
import { verifyLicenceForCustoms } from '../../../app/licensing/verifyLicenceForCustoms.ts';
import { effectiveStatus, remainingBalance } from '../../../domain/licensing/licence.ts';
import { loadCalendar } from '../../../infra/calendar/loadCalendar.ts';
import { LicenceRepository } from '../../../infra/db/repositories/licences.ts';
import { loadDestinations } from '../../../infra/destinations/loadDestinations.ts';
import { authorize, listingScope } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZChangeBody, ZLicenceListQuery, ZNumberParams, ZOut, ZReportBody, ZShipmentBody, ZStatusBody, ZVerifyQuery } from './schema.ts';

/** Customs verification requests per minute per address. */
export const VERIFY_RATE_PER_MINUTE = 120;

export const licenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock, config } = app.deps;
  const calendar = loadCalendar();
  const destinations = loadDestinations();
  const env = () => ({ db, calendar, now: clock() });

  app.get('/', { schema: { tags: ['licensing'], summary: 'Licences (an exporter sees its own)', querystring: ZLicenceListQuery, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const scope = listingScope(req, 'read', 'licence');
    const who = licensingCaller(req);
    const own = scope !== 'any' || who.organisationKind === 'exporter';
    if (!own && who.organisationKind !== 'licensing_authority') return { items: [], total: 0 };
    return new LicenceRepository(db.kysely).list({ ...(own ? { organisationId: who.organisationId } : {}), ...(req.query.status ? { status: req.query.status } : {}), limit: req.query.limit, offset: req.query.offset });
  });

  app.get(
    '/:number/verify',
    { config: { public: true, rateLimit: { max: VERIFY_RATE_PER_MINUTE, timeWindow: 60_000 } }, schema: { tags: ['licensing'], summary: 'Customs verification: is the licence valid for this item and quantity, and if not, why', params: ZNumberParams, querystring: ZVerifyQuery, response: { 200: ZOut, ...errorResponses } } },
    async (req) => verifyLicenceForCustoms(db.kysely, req.params.number, req.query, isoDay(clock())),
  );

  app.get('/:number', { schema: { tags: ['licensing'], summary: 'A licence with its remaining balance, shipments, reports and history', params: ZNumberParams, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const who = licensingCaller(req);
    const s = await loadVisibleLicence(db.kysely, who, req.params.number);
    authorize(req, 'read', { type: 'licence', organisationId: s.organisationId });
    const today = isoDay(clock());
    return { licence: s.licence, effectiveStatus: effectiveStatus(s.licence, today), balance: remainingBalance(s.licence), changeApplications: s.changeApplications, reports: await reportStatus(env(), who, req.params.number) };
  });

  app.get('/:number/pdf', { schema: { tags: ['licensing'], summary: 'The licence as a bilingual PDF with its verification QR code', params: ZNumberParams } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'read', { type: 'licence', organisationId: (await loadVisibleLicence(db.kysely, who, req.params.number)).organisationId });
    const baseUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
    const pdf = await licencePdf(db.kysely, who, destinations, req.params.number, { today: isoDay(clock()), baseUrl });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${req.params.number}.pdf"`).send(pdf);
  });

  app.post('/:number/shipments', { schema: { tags: ['licensing'], summary: 'Record a shipment; it decrements the balance', params: ZNumberParams, body: ZShipmentBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'update', { type: 'licence', organisationId: (await loadVisibleLicence(db.kysely, who, req.params.number)).organisationId });
    const r = await recordShipment(env(), who, req.params.number, req.body);
    return reply.status(201).send({ licenceNumber: req.params.number, status: r.licence.licence.status, balance: r.balance });
  });

  app.post('/:number/status', { schema: { tags: ['licensing'], summary: 'Suspend, reinstate, revoke, expire (authority) or surrender (holder), with the reason', params: ZNumberParams, body: ZStatusBody, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const who = licensingCaller(req);
    authorize(req, 'update', { type: 'licence', organisationId: (await loadVisibleLicence(db.kysely, who, req.params.number)).organisationId });
    const s = await changeLicenceStatus(env(), who, req.params.number, req.body.action, { reason: req.body.reason, ground: req.body.ground });
    return { number: s.licence.number, status: s.licence.status, suspension: s.licence.suspension, history: s.licence.history };
  });

  app.post('/:number/reports', { schema: { tags: ['licensing'], summary: 'Submit a post-shipment report (shipment, arrival, installation, use)', params: ZNumberParams, body: ZReportBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'update', { type: 'licence', organisationId: (await loadVisibleLicence(db.kysely, who, req.params.number)).organisationId });
    return reply.status(201).send(await submitPostShipmentReport(env(), who, req.params.number, req.body));
  });

  app.post('/:number/changes', { schema: { tags: ['licensing'], summary: 'Apply to change non-key elements of the licence (key elements need a new application)', params: ZNumberParams, body: ZChangeBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'update', { type: 'licence', organisationId: (await loadVisibleLicence(db.kysely, who, req.params.number)).organisationId });
    const s = await requestLicenceChange(env(), who, req.params.number, req.body.changes, req.body.reason);
    return reply.status(201).send({ number: s.licence.number, status: s.licence.status, changeApplications: s.changeApplications });
  });

};
