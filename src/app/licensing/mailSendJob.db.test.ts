/**
 * The e-mail outbox end to end on both engines: a notification written in a transaction puts a
 * message in the outbox and a `mail.send` job in the queue; the job delivers it to a local SMTP
 * sink (a few lines of SMTP on 127.0.0.1), marks it sent and audits it. A refused delivery is
 * recorded and retried, and nothing is sent for a transaction that rolls back.
 */
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { JobQueue } from '../../infra/jobs/jobQueue.ts';
import { JobRunner } from '../../infra/jobs/jobRunner.ts';
import { NotificationRepository } from '../../infra/db/repositories/licensingNotifications.ts';
import { verifyAudit } from '../audit/verifyAudit.ts';
import { mailSendJob } from './mailSendJob.ts';
import { notify } from './notify.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A tiny SMTP server: accepts every message, or refuses RCPT TO when `refuse` is set. */
function smtpSink(): Promise<{ port: number; received: Received[]; refuse: { on: boolean }; close: () => Promise<void> }> {
  const received: Received[] = [];
  const refuse = { on: false };
  const server = net.createServer((s) => {
    s.setEncoding('utf8');
    let buf = '';
    let inData = false;
    let cur: Received = { from: '', to: [], data: '' };
    s.write('220 sink ESMTP\r\n');
    s.on('data', (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(cur);
            cur = { from: '', to: [], data: '' };
            s.write('250 2.0.0 queued\r\n');
          } else cur.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') s.write('250-sink\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') (cur.from = line.slice(10)), s.write('250 ok\r\n');
        else if (verb === 'RCPT') refuse.on ? s.write('550 5.1.1 mailbox unavailable\r\n') : (cur.to.push(line.slice(8)), s.write('250 ok\r\n'));
        else if (verb === 'DATA') (inData = true), s.write('354 go ahead\r\n');
        else if (verb === 'QUIT') s.end('221 bye\r\n');
        else s.write('502 not implemented\r\n');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ port, received, refuse, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describeEachEngine('e-mail outbox', (get) => {
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  const now = new Date('2025-10-21T08:00:00Z');
  beforeAll(async () => {
    sink = await smtpSink();
    await get().db.kysely.insertInto('organisations').values({ id: 'org-exp', kind: 'exporter', name: 'Test Alloys Co., Ltd.', code: null, created_at: now.toISOString() }).execute();
    await new NotificationRepository(get().db.kysely).setMailbox('org-exp', 'export-control@alloys.example', now.toISOString());
  });
  afterAll(async () => {
    await sink.close();
  });

  it('delivers a notification e-mail over SMTP and audits it', async () => {
    const { db } = get();
    await db.kysely.transaction().execute((trx) =>
      notify(db, trx, { organisationId: 'org-exp', kind: 'decision', subject: 'Decision on licence application app-1: approved', body: 'Approved.\n.leading dot line\n准予许可', objectType: 'application', objectId: 'app-1' }, now),
    );
    // A rolled-back change leaves no mail behind.
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await notify(db, trx, { organisationId: 'org-exp', kind: 'decision', subject: 'never sent', body: 'x', objectType: 'application', objectId: 'app-2' }, now);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');

    const runner = new JobRunner({ queue: new JobQueue(db, () => now), handlers: [mailSendJob(db, `smtp://127.0.0.1:${sink.port}?from=noreply@exportctl.example`, () => now)] });
    expect((await runner.runOnce())?.status).toBe('done');
    expect(await runner.runOnce()).toBeNull();
    expect(sink.received).toHaveLength(1);
    const m = sink.received[0]!;
    expect(m.from).toBe('<noreply@exportctl.example>');
    expect(m.to).toEqual(['<export-control@alloys.example>']);
    expect(m.data).toContain('Subject: Decision on licence application app-1: approved');
    expect(m.data).toContain('\n.leading dot line\n准予许可\n');
    const row = await db.kysely.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    const audit = await db.kysely.selectFrom('audit_events').select('type').where('type', '=', 'notification.sent').execute();
    expect(audit).toHaveLength(1);
    expect(await verifyAudit(db.kysely)).toMatchObject({ ok: true });
  });

  it('records a refused delivery and leaves it for retry', async () => {
    const { db } = get();
    sink.refuse.on = true;
    await db.kysely.transaction().execute((trx) => notify(db, trx, { organisationId: 'org-exp', kind: 'deadline', subject: 'Report due', body: 'The arrival report is due.', objectType: 'licence', objectId: 'DU-2025-S-000001' }, now));
    const runner = new JobRunner({ queue: new JobQueue(db, () => now), handlers: [mailSendJob(db, `smtp://127.0.0.1:${sink.port}?from=noreply@exportctl.example`, () => now)] });
    const outcome = await runner.runOnce();
    expect(outcome?.status).toBe('queued');
    const row = await db.kysely.selectFrom('mail_outbox').selectAll().where('subject', '=', 'Report due').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.last_error).toContain('SMTP RCPT TO failed: 550');
    sink.refuse.on = false;
  });
});
