/**
 * Notifies an organisation inside the caller's transaction: an in-app notification, and when the
 * organisation has a notification mailbox, an e-mail in the outbox with a `mail.send` job to
 * deliver it. Nothing is sent unless the change commits.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../infra/db/connection.ts';
import { NotificationRepository } from '../../infra/db/repositories/licensingNotifications.ts';
import type { Database } from '../../infra/db/schema.ts';
import { JobQueue } from '../../infra/jobs/jobQueue.ts';

export const NOTIFICATION_KINDS = ['information_requested', 'decision', 'deadline', 'report_due', 'consultation_requested', 'case_received', 'licence', 'advice_received'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const MAIL_SEND_JOB = 'mail.send';

export interface NotifyInput {
  organisationId: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  objectType: 'application' | 'licence';
  objectId: string;
}

export async function notify(db: Db, trx: Kysely<Database>, n: NotifyInput, now: Date): Promise<void> {
  const repo = new NotificationRepository(trx);
  const id = randomUUID();
  const at = now.toISOString();
  await repo.insert({ id, organisationId: n.organisationId, kind: n.kind, subject: n.subject, body: n.body, objectType: n.objectType, objectId: n.objectId, createdAt: at, readAt: null });
  const to = await repo.mailbox(n.organisationId);
  if (!to) return;
  const outboxId = randomUUID();
  await repo.enqueueMail({ id: outboxId, notification_id: id, to_address: to, subject: n.subject, body: n.body, status: 'pending', attempts: 0, last_error: null, created_at: at, sent_at: null });
  await new JobQueue(db, () => now).enqueue(trx, { kind: MAIL_SEND_JOB, payload: { outboxId }, maxAttempts: 8 });
}
