/** Issues an API token for a user. The token is returned once; only its hash is stored. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { invalidInput, notFound } from '../../domain/errors.ts';
import { type ApiToken, TokenRepository } from '../../infra/db/repositories/tokens.ts';
import { UserRepository } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';
import { newApiToken, sha256Hex } from '../auth/secrets.ts';

export interface CreatedToken {
  token: ApiToken;
  /** The secret: shown once. */
  secret: string;
}

export async function createApiToken(
  db: Kysely<Database>,
  actor: AuditActor,
  input: { userId: string; name: string; expiresAt?: string | null | undefined },
  at: Date,
): Promise<CreatedToken> {
  const name = input.name.trim();
  if (name.length === 0) throw invalidInput('a token needs a name', { field: 'name' });
  if (input.expiresAt && input.expiresAt <= at.toISOString()) throw invalidInput('must be in the future', { field: 'expiresAt' });
  const secret = newApiToken();
  return db.transaction().execute(async (trx) => {
    const user = await new UserRepository(trx).get(input.userId);
    if (!user) throw notFound(`user ${input.userId}`);
    const token: ApiToken = {
      id: randomUUID(),
      userId: user.id,
      name,
      prefix: secret.slice(0, 12),
      createdAt: at.toISOString(),
      expiresAt: input.expiresAt ?? null,
      lastUsedAt: null,
      revokedAt: null,
    };
    await new TokenRepository(trx).insert(token, sha256Hex(secret));
    await recordAudit(trx, { actor, organisationId: user.organisationId, event: { type: 'token.created', v: 1, tokenId: token.id, name }, objectType: 'token', objectId: token.id }, at);
    return { token, secret };
  });
}
