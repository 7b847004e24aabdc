/**
 * `exportctl serve`: migrate, load the bundled list snapshot on first start, create the first
 * administrator, then serve the API and web UI until SIGTERM / SIGINT, finishing in-flight
 * requests before closing the database.
 */
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../../app/audit/recordAudit.ts';
import { loadBundledItemListsIfEmpty } from '../../app/controllists/loadBundledItemListsIfEmpty.ts';
import { ensureBundledLists } from '../../app/lists/ensureBundledLists.ts';
import { screeningRuntime } from '../../app/screening/runtime.ts';
import { bootstrapAdmin } from '../../app/users/bootstrapAdmin.ts';
import { mailSendJob } from '../../app/licensing/mailSendJob.ts';
import { REMIND_DEADLINES_JOB, remindDeadlinesJob } from '../../app/licensing/remindDeadlines.ts';
import { loadCalendar } from '../../infra/calendar/loadCalendar.ts';
import { JobQueue } from '../../infra/jobs/jobQueue.ts';
import { JobRunner } from '../../infra/jobs/jobRunner.ts';
import { loadConfig } from '../../config.ts';
import { buildServer } from '../../http/server.ts';
import { invalidInput } from '../../domain/errors.ts';
import { globalOptions, openCliDb } from '../options.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the web server (API, docs at /api/docs, web UI)')
    .option('--host <host>', 'listen address (env HOST, default 127.0.0.1)')
    .option('--port <port>', 'listen port (env PORT, default 3000)')
    .action(async (opts: { host?: string; port?: string }, cmd: Command) => {
      const g = globalOptions(cmd);
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw invalidInput('must be a port number 0–65535', { field: '--port' });
      const config = loadConfig(process.env, {
        dataDir: g.dataDir,
        databaseUrl: g.databaseUrl,
        ...(opts.host ? { host: opts.host } : {}),
        ...(port !== undefined ? { port } : {}),
      });
      const db = await openCliDb(cmd);
      const out = (line: string) => process.stdout.write(`${line}\n`);

      const lists = await ensureBundledLists(db, { actor: SYSTEM_ACTOR, at: new Date() });
      for (const l of lists) out(`loaded bundled list ${l.sourceId} (version ${l.version.versionNo}, ${l.version.recordCount} records)`);
      const itemLists = await loadBundledItemListsIfEmpty(db, SYSTEM_ACTOR, new Date());
      if (itemLists > 0) out(`loaded ${itemLists} bundled control lists (items)`);

      const admin = await bootstrapAdmin(db.kysely, { password: config.adminPassword }, new Date());
      if (admin) {
        out(`created administrator "${admin.user.username}"`);
        if (admin.generatedPassword) out(`  password: ${admin.generatedPassword}   (shown once: store it now, or set EXPORTCTL_ADMIN_PASSWORD)`);
      }

      const app = await buildServer({ db, config });
      // E-mail notifications written to the outbox are delivered by their own runner (SMTP_URL).
      // The same runner sends the hourly deadline and report-due reminders (queued by the timer below).
      const mailRunner = new JobRunner({ queue: new JobQueue(db), handlers: [mailSendJob(db, config.smtpUrl), remindDeadlinesJob(db, { calendar: loadCalendar() })], log: (level, msg, data) => app.log[level](data ?? {}, msg) });
      const queueReminders = () =>
        void db.kysely
          .transaction()
          .execute((trx) => new JobQueue(db).enqueue(trx, { kind: REMIND_DEADLINES_JOB, payload: {} }))
          .then(() => mailRunner.wake(), (e: unknown) => app.log.error({ err: e }, 'could not queue the deadline reminders'));
      const reminderTimer = setInterval(queueReminders, 60 * 60 * 1000);
      let closing = false;
      const shutdown = (signal: string) => {
        if (closing) return;
        closing = true;
        clearInterval(reminderTimer);
        app.log.info({ signal }, 'shutting down: finishing in-flight requests');
        void app
          .close()
          .then(() => mailRunner.stop())
          .then(() => db.close())
          .then(() => process.exit(0), (e: unknown) => {
            app.log.error({ err: e }, 'shutdown failed');
            process.exit(1);
          });
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));

      await app.listen({ host: config.host, port: config.port });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : config.port;
      out(`exportctl listening on http://${config.host}:${actualPort}`);
      await screeningRuntime(db).startBackground({ log: (level, msg, data) => app.log[level](data ?? {}, msg) });
      mailRunner.start();
      queueReminders();
    });
}
