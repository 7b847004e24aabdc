import { describe, expect, it } from 'vitest';
import { EXPORTER_ROLES, ROLES, type Role, rolesForKind, rolesNotAllowed } from './organisations.ts';
import { ACTIONS, type Actor, POLICY, RESOURCES, type Resource, type Scope, can, decide, widestScope } from './policy.ts';

const actor = (role: Role): Actor => ({ userId: 'u-self', organisationId: 'org-a', roles: [role] });
const inOwnOrg = (type: Resource['type']): Resource => ({ type, organisationId: 'org-a', ownerId: 'u-colleague' });
const ownObject = (type: Resource['type']): Resource => ({ type, organisationId: 'org-a', ownerId: 'u-self' });
const elsewhere = (type: Resource['type']): Resource => ({ type, organisationId: 'org-b', ownerId: 'u-other' });

/** The widest scope the table grants `role` for `action` on `type`, or null. */
function grantedScope(role: Role, action: (typeof ACTIONS)[number], type: Resource['type']): Scope | null {
  const scopes = POLICY.filter((r) => r.resource === type && r.actions.includes(action) && r.roles.includes(role)).map((r) => r.scope);
  if (scopes.includes('any')) return 'any';
  if (scopes.includes('organisation')) return 'organisation';
  if (scopes.includes('self')) return 'self';
  return null;
}

describe('policy table', () => {
  // Every role × action × resource: the answer for an own object, a colleague's object in the own
  // organisation and another organisation's object follows exactly from the widest granted scope.
  for (const role of ROLES) {
    for (const type of RESOURCES) {
      for (const action of ACTIONS) {
        const scope = grantedScope(role, action, type);
        it(`${role} ${action} ${type}: ${scope ?? 'refused'}`, () => {
          expect(can(actor(role), action, ownObject(type))).toBe(scope !== null);
          expect(can(actor(role), action, inOwnOrg(type))).toBe(scope === 'any' || scope === 'organisation');
          expect(can(actor(role), action, elsewhere(type))).toBe(scope === 'any');
          expect(widestScope(actor(role), action, type)).toBe(scope);
        });
      }
    }
  }

  it('never lets an exporter role reach another organisation’s data', () => {
    const leaks = POLICY.filter((r) => r.scope === 'any' && r.resource !== 'list' && r.roles.some((x) => (EXPORTER_ROLES as readonly string[]).includes(x)));
    expect(leaks).toEqual([]);
  });

  it('hides another tenant’s objects and forbids what a visible object does not allow', () => {
    expect(decide(actor('compliance_officer'), 'read', elsewhere('counterparty'))).toBe('hidden');
    expect(decide(actor('compliance_officer'), 'update', elsewhere('user'))).toBe('hidden');
    expect(decide(actor('auditor'), 'create', inOwnOrg('counterparty'))).toBe('forbidden');
    expect(decide(actor('reviewer'), 'decide', elsewhere('alert'))).toBe('forbidden');
    expect(decide(actor('administrator'), 'create', elsewhere('organisation'))).toBe('allow');
    expect(decide(actor('compliance_officer'), 'create', { type: 'organisation', organisationId: null })).toBe('forbidden');
  });

  it('does not treat a platform-wide object as belonging to an organisation', () => {
    expect(can(actor('staff'), 'read', { type: 'user', organisationId: null })).toBe(false);
  });

  it('grants each role a sensible minimum', () => {
    expect(can(actor('staff'), 'run', inOwnOrg('screening'))).toBe(true);
    expect(can(actor('auditor'), 'export', inOwnOrg('audit'))).toBe(true);
    expect(can(actor('auditor'), 'run', inOwnOrg('screening'))).toBe(false);
    expect(can(actor('administrator'), 'verify', elsewhere('audit'))).toBe(true);
    expect(can(actor('compliance_officer'), 'verify', inOwnOrg('audit'))).toBe(false);
  });
});

describe('roles by organisation kind', () => {
  it('gives exporters exporter roles and authorities authority roles', () => {
    expect(rolesForKind('exporter')).toEqual(['compliance_officer', 'staff', 'auditor']);
    expect(rolesForKind('consulted_agency')).toContain('reviewer');
    expect(rolesNotAllowed('exporter', ['staff', 'administrator'])).toEqual(['administrator']);
    expect(rolesNotAllowed('licensing_authority', ['approver'])).toEqual([]);
  });
});
