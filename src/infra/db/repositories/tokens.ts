/** API tokens for the CLI and integrations, stored by the SHA-256 hash of the token. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ApiTokensTable } from '../tables/platform.ts';

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const toToken = (r: Selectable<ApiTokensTable>): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export class TokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(t: ApiToken, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        user_id: t.userId,
        name: t.name,
        token_hash: tokenHash,
        prefix: t.prefix,
        created_at: t.createdAt,
        expires_at: t.expiresAt,
        last_used_at: t.lastUsedAt,
        revoked_at: t.revokedAt,
      })
      .execute();
  }

  async get(id: string): Promise<ApiToken | undefined> {
    const r = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toToken(r);
  }

  /** The token with this hash if it is neither revoked nor expired at `now`. */
  async findUsable(tokenHash: string, now: string): Promise<ApiToken | undefined> {
    const r = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
    return r && toToken(r);
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  async revoke(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  /** Tokens of the users in `userIds` scope: one user, one organisation, or all. */
  async list(opts: { userId?: string | undefined; organisationId?: string | undefined }): Promise<ApiToken[]> {
    let q = this.db.selectFrom('api_tokens').selectAll('api_tokens');
    if (opts.userId !== undefined) q = q.where('api_tokens.user_id', '=', opts.userId);
    if (opts.organisationId !== undefined) {
      q = q.innerJoin('users', 'users.id', 'api_tokens.user_id').where('users.organisation_id', '=', opts.organisationId);
    }
    const rows = await q.orderBy('api_tokens.created_at', 'desc').execute();
    return rows.map(toToken);
  }
}
