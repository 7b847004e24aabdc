/**
 * In-app notifications per organisation, each organisation's notification mailbox, and the e-mail
 * outbox. Notifications and outbox rows are written in the transaction of the change they report;
 * the mail sender delivers the outbox afterwards.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { MailOutboxTable } from '../tables/licensing.ts';

export interface Notification {
  id: string;
  organisationId: string;
  kind: string;
  subject: string;
  body: string;
  objectType: string;
  objectId: string;
  createdAt: string;
  readAt: string | null;
}

export type OutboxRow = MailOutboxTable;

export class NotificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(n: Notification): Promise<void> {
    await this.db
      .insertInto('notifications')
      .values({ id: n.id, organisation_id: n.organisationId, kind: n.kind, subject: n.subject, body: n.body, object_type: n.objectType, object_id: n.objectId, created_at: n.createdAt, read_at: n.readAt })
      .execute();
  }

  async list(organisationId: string, opts: { unreadOnly: boolean; limit: number; offset: number }): Promise<{ items: Notification[]; total: number }> {
    let q = this.db.selectFrom('notifications').where('organisation_id', '=', organisationId);
    if (opts.unreadOnly) q = q.where('read_at', 'is', null);
    const [rows, n] = await Promise.all([
      q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(opts.limit).offset(opts.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return {
      items: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, kind: r.kind, subject: r.subject, body: r.body, objectType: r.object_type, objectId: r.object_id, createdAt: r.created_at, readAt: r.read_at })),
      total: Number(n?.n ?? 0),
    };
  }

  async markRead(organisationId: string, id: string, at: string): Promise<boolean> {
    const r = await this.db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async mailbox(organisationId: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('mailboxes').select('email').where('organisation_id', '=', organisationId).executeTakeFirst();
    return r?.email;
  }

  async setMailbox(organisationId: string, email: string, at: string): Promise<void> {
    await this.db
      .insertInto('mailboxes')
      .values({ organisation_id: organisationId, email, updated_at: at })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ email, updated_at: at }))
      .execute();
  }

  async enqueueMail(row: OutboxRow): Promise<void> {
    await this.db.insertInto('mail_outbox').values(row).execute();
  }

  async outbox(id: string): Promise<OutboxRow | undefined> {
    return this.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async pendingMail(limit: number): Promise<OutboxRow[]> {
    return this.db.selectFrom('mail_outbox').selectAll().where('status', '=', 'pending').orderBy('created_at').limit(limit).execute();
  }

  async markMail(id: string, set: Partial<Pick<OutboxRow, 'status' | 'attempts' | 'last_error' | 'sent_at'>>): Promise<void> {
    await this.db.updateTable('mail_outbox').set(set).where('id', '=', id).execute();
  }
}
