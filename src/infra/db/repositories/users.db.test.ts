import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { OrganisationRepository } from './organisations.ts';
import { SessionRepository } from './sessions.ts';
import { TokenRepository } from './tokens.ts';
import { UserRepository } from './users.ts';

const t0 = '2026-03-02T08:00:00.000Z';

describeEachEngine('user, organisation, session and token repositories', (get) => {
  it('stores organisations and users, and only lets valid sessions and tokens through', async () => {
    const k = get().db.kysely;
    await new OrganisationRepository(k).insert({ id: 'o1', kind: 'exporter', name: 'Zhongxing Precision Instruments Co.', code: null, createdAt: t0 });
    const users = new UserRepository(k);
    await users.insert({ id: 'u1', organisationId: 'o1', username: 'li.wei', displayName: 'Li Wei', roles: ['staff'], disabled: false, failedLogins: 0, lockedUntil: null, createdAt: t0, updatedAt: t0, passwordHash: 'h' });
    await users.setRoles('u1', ['compliance_officer', 'auditor'], t0);
    await users.setLoginState('u1', 3, '2026-03-02T08:15:00.000Z');
    expect(await users.findByUsername('li.wei')).toMatchObject({ roles: ['compliance_officer', 'auditor'], failedLogins: 3, lockedUntil: '2026-03-02T08:15:00.000Z', disabled: false });
    expect((await users.list({ organisationId: 'o1', limit: 10, offset: 0 })).items[0]).not.toHaveProperty('passwordHash');

    const sessions = new SessionRepository(k);
    await sessions.insert({ idHash: 'sh', userId: 'u1', csrfToken: 'c', createdAt: t0, expiresAt: '2026-03-02T20:00:00.000Z' });
    expect(await sessions.findValid('sh', '2026-03-02T19:59:59.000Z')).toMatchObject({ userId: 'u1', csrfToken: 'c' });
    expect(await sessions.findValid('sh', '2026-03-02T20:00:00.000Z')).toBeUndefined();
    expect(await sessions.deleteExpired('2026-03-03T00:00:00.000Z')).toBe(1);

    const tokens = new TokenRepository(k);
    const base = { userId: 'u1', prefix: 'ectl_abc', createdAt: t0, lastUsedAt: null, revokedAt: null };
    await tokens.insert({ ...base, id: 't1', name: 'cli', expiresAt: null }, 'th1');
    await tokens.insert({ ...base, id: 't2', name: 'short', expiresAt: '2026-03-02T09:00:00.000Z' }, 'th2');
    expect(await tokens.findUsable('th1', '2030-01-01T00:00:00.000Z')).toMatchObject({ id: 't1' });
    expect(await tokens.findUsable('th2', '2026-03-02T10:00:00.000Z')).toBeUndefined();
    await tokens.revoke('t1', t0);
    expect(await tokens.findUsable('th1', t0)).toBeUndefined();
    expect((await tokens.list({ organisationId: 'o1' })).map((t) => t.id).sort()).toEqual(['t1', 't2']);
  });
});
