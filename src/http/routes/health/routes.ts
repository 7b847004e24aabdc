/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ping } from '../../../infra/db/connection.ts';
import { errorResponses } from '../../errors.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { config: { public: true }, schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

  app.get(
    '/readyz',
    { config: { public: true }, schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'pg']) }), 503: errorResponses[401] } } },
    async () => {
      await ping(app.deps.db);
      return { status: 'ready' as const, database: app.deps.db.engine };
    },
  );
};
