/** End-user and end-use certificates: record, list, check against a use; end-use change reports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { licensingCaller } from '../../../app/licensing/httpCaller.ts';
import { loadCalendar } from '../../../infra/calendar/loadCalendar.ts';
import { checkCertificate, recordCertificate } from '../../../app/licensing/recordCertificate.ts';
import { reportEndUseChange } from '../../../app/licensing/reportEndUseChange.ts';
import { LicensingRecordRepository } from '../../../infra/db/repositories/licensingRecords.ts';
import { authorize, listingScope } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZCertificateBody, ZCheckBody, ZEndUseChangeBody, ZIdParams, ZOut } from './schema.ts';

export const certificateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const calendar = loadCalendar();
  const env = () => ({ db, calendar, now: clock() });

  app.get('/', { schema: { tags: ['licensing'], summary: "The exporter's recorded certificates, for reuse across applications", response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    listingScope(req, 'read', 'certificate');
    const who = licensingCaller(req);
    return { items: await new LicensingRecordRepository(db.kysely).certificates(who.organisationId) };
  });

  app.post('/', { schema: { tags: ['licensing'], summary: 'Record a received certificate', body: ZCertificateBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'create', { type: 'certificate', organisationId: who.organisationId });
    return reply.status(201).send(await recordCertificate(env(), who, req.body));
  });

  app.post('/:id/check', { schema: { tags: ['licensing'], summary: 'Flags of a certificate for a use: expired, altered, changed end user or end use, items not covered', params: ZIdParams, body: ZCheckBody, response: { 200: ZOut, ...errorResponses } } }, async (req) => {
    const who = licensingCaller(req);
    authorize(req, 'read', { type: 'certificate', organisationId: who.organisationId });
    const flags = await checkCertificate(env(), who, req.params.id, req.body);
    return { usable: flags.length === 0, flags };
  });

  app.post('/end-use-change-reports', { schema: { tags: ['licensing'], summary: 'Report a (possible) change of end use or end user: stops use of the affected licences (Law Art. 16, Regs Art. 25)', body: ZEndUseChangeBody, response: { 201: ZOut, ...errorResponses } } }, async (req, reply) => {
    const who = licensingCaller(req);
    authorize(req, 'update', { type: 'licence', organisationId: who.organisationId });
    return reply.status(201).send({ affected: await reportEndUseChange(env(), who, req.body) });
  });
};
