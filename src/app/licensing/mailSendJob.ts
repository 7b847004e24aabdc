/**
 * The `mail.send` job: delivers one e-mail of the outbox over SMTP (SMTP_URL) and marks it sent,
 * with a `notification.sent` audit event. A failed delivery records the error and is retried by
 * the job queue with back-off; without SMTP_URL the job fails saying so.
 */
import { z } from 'zod';
import type { Db } from '../../infra/db/connection.ts';
import { NotificationRepository } from '../../infra/db/repositories/licensingNotifications.ts';
import { defineJob, type JobHandler } from '../../infra/jobs/jobHandler.ts';
import { type SmtpSettings, parseSmtpUrl, sendMail } from '../../infra/mail/smtpClient.ts';
import { SYSTEM_ACTOR, recordAudit } from '../audit/recordAudit.ts';
import { MAIL_SEND_JOB } from './notify.ts';

export function mailSendJob(db: Db, smtpUrl: string | undefined, clock: () => Date = () => new Date()): JobHandler {
  const settings: SmtpSettings | null = smtpUrl ? parseSmtpUrl(smtpUrl) : null;
  return defineJob({
    kind: MAIL_SEND_JOB,
    payload: z.object({ outboxId: z.string().min(1) }),
    async handle({ outboxId }) {
      const repo = new NotificationRepository(db.kysely);
      const row = await repo.outbox(outboxId);
      if (!row || row.status === 'sent') return;
      if (!settings) throw new Error('e-mail is not configured: set SMTP_URL');
      try {
        await sendMail(settings, { to: row.to_address, subject: row.subject, body: row.body, date: clock(), messageId: `${row.id}@exportctl` });
      } catch (e) {
        await repo.markMail(outboxId, { attempts: row.attempts + 1, last_error: (e as Error).message });
        throw e;
      }
      const at = clock();
      await db.kysely.transaction().execute(async (trx) => {
        await new NotificationRepository(trx).markMail(outboxId, { status: 'sent', attempts: row.attempts + 1, last_error: null, sent_at: at.toISOString() });
        await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, event: { type: 'notification.sent', v: 1, notificationId: row.notification_id, outboxId, to: row.to_address }, objectType: 'mail', objectId: outboxId }, at);
      });
    },
  });
}
