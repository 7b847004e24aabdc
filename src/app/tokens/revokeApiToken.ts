/** Revokes an API token and records `token.revoked`. */
import type { Kysely } from 'kysely';
import { notFound } from '../../domain/errors.ts';
import { type ApiToken, TokenRepository } from '../../infra/db/repositories/tokens.ts';
import { UserRepository } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';

export async function revokeApiToken(db: Kysely<Database>, actor: AuditActor, tokenId: string, at: Date): Promise<ApiToken> {
  return db.transaction().execute(async (trx) => {
    const tokens = new TokenRepository(trx);
    const token = await tokens.get(tokenId);
    if (!token) throw notFound(`token ${tokenId}`);
    if (token.revokedAt !== null) return token;
    const owner = await new UserRepository(trx).get(token.userId);
    const iso = at.toISOString();
    await tokens.revoke(token.id, iso);
    await recordAudit(trx, { actor, organisationId: owner?.organisationId ?? null, event: { type: 'token.revoked', v: 1, tokenId: token.id }, objectType: 'token', objectId: token.id }, at);
    return { ...token, revokedAt: iso };
  });
}
