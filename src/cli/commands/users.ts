/** `exportctl users | orgs | tokens`: manage accounts from the command line (audited as the CLI user). */
import type { Command } from 'commander';
import { cliActor } from '../../app/audit/recordAudit.ts';
import { generatePassword } from '../../app/auth/secrets.ts';
import { createOrganisation } from '../../app/organisations/createOrganisation.ts';
import { createApiToken } from '../../app/tokens/createApiToken.ts';
import { changeUserRoles } from '../../app/users/changeUserRoles.ts';
import { createUser } from '../../app/users/createUser.ts';
import { setUserDisabled } from '../../app/users/setUserDisabled.ts';
import { ZOrganisationKind, ZRole, type Role } from '../../domain/access/organisations.ts';
import { invalidInput, notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { UserRepository } from '../../infra/db/repositories/users.ts';
import { openCliDb } from '../options.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

function parseRoles(csv: string): Role[] {
  return csv.split(',').map((r, i) => {
    const parsed = ZRole.safeParse(r.trim());
    if (!parsed.success) throw invalidInput(`"${r.trim()}" is not a role (${ZRole.options.join(', ')})`, { field: `--roles[${i}]` });
    return parsed.data;
  });
}

async function withDb<T>(cmd: Command, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openCliDb(cmd);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** An organisation by id or exact name. */
async function findOrg(db: Db, ref: string) {
  const orgs = new OrganisationRepository(db.kysely);
  const org = (await orgs.get(ref)) ?? (await orgs.findByName(ref));
  if (!org) throw notFound(`organisation "${ref}"`);
  return org;
}

async function findUser(db: Db, username: string) {
  const user = await new UserRepository(db.kysely).findByUsername(username);
  if (!user) throw notFound(`user "${username}"`);
  return user;
}

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('user accounts');
  users
    .command('create <username>')
    .description('create a user; prints a generated password unless --password is given')
    .requiredOption('--org <id-or-name>', 'organisation')
    .requiredOption('--roles <roles>', 'comma-separated roles')
    .option('--name <display-name>', 'display name')
    .option('--password <password>', 'initial password (else generated)')
    .action(async (username: string, opts: { org: string; roles: string; name?: string; password?: string }, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const org = await findOrg(db, opts.org);
        const password = opts.password ?? generatePassword();
        const user = await createUser(db.kysely, cliActor(), { organisationId: org.id, username, displayName: opts.name, password, roles: parseRoles(opts.roles) }, new Date());
        out(`created user ${user.username} (${user.id}) in ${org.name} with roles ${user.roles.join(', ')}`);
        if (!opts.password) out(`  password: ${password}   (shown once)`);
      });
    });
  users
    .command('list')
    .description('list users')
    .option('--org <id-or-name>', 'only this organisation')
    .action(async (opts: { org?: string }, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const organisationId = opts.org ? (await findOrg(db, opts.org)).id : undefined;
        const page = await new UserRepository(db.kysely).list({ organisationId, limit: 10_000, offset: 0 });
        for (const u of page.items) out(`${u.username}\t${u.roles.join(',')}\t${u.disabled ? 'disabled' : 'active'}\t${u.organisationId}\t${u.id}`);
      });
    });
  users
    .command('roles <username> <roles>')
    .description('replace a user’s roles (comma-separated)')
    .action(async (username: string, roles: string, _opts: unknown, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const user = await findUser(db, username);
        const updated = await changeUserRoles(db.kysely, cliActor(), user.id, parseRoles(roles), new Date());
        out(`${updated.username}: ${user.roles.join(',')} → ${updated.roles.join(',')}`);
      });
    });
  for (const [name, disabled] of [['disable', true], ['enable', false]] as const) {
    users
      .command(`${name} <username>`)
      .description(`${name} an account`)
      .action(async (username: string, _opts: unknown, cmd: Command) => {
        await withDb(cmd, async (db) => {
          const user = await findUser(db, username);
          await setUserDisabled(db.kysely, cliActor(), user.id, disabled, new Date());
          out(`${username} ${disabled ? 'disabled' : 'enabled'}`);
        });
      });
  }

  const orgs = program.command('orgs').description('organisations');
  orgs
    .command('create <name>')
    .description('register an organisation')
    .requiredOption('--kind <kind>', ZOrganisationKind.options.join(' | '))
    .option('--code <code>', 'short code (credit code, agency abbreviation)')
    .action(async (name: string, opts: { kind: string; code?: string }, cmd: Command) => {
      const kind = ZOrganisationKind.safeParse(opts.kind);
      if (!kind.success) throw invalidInput(`must be one of ${ZOrganisationKind.options.join(', ')}`, { field: '--kind' });
      await withDb(cmd, async (db) => {
        const org = await createOrganisation(db.kysely, cliActor(), { kind: kind.data, name, code: opts.code }, new Date());
        out(`created ${org.kind} organisation ${org.name} (${org.id})`);
      });
    });
  orgs
    .command('list')
    .description('list organisations')
    .action(async (_opts: unknown, cmd: Command) => {
      await withDb(cmd, async (db) => {
        const page = await new OrganisationRepository(db.kysely).list({ limit: 10_000, offset: 0 });
        for (const o of page.items) out(`${o.id}\t${o.kind}\t${o.name}`);
      });
    });

  const tokens = program.command('tokens').description('API tokens for the CLI and integrations');
  tokens
    .command('create <username> <name>')
    .description('issue an API token acting as <username>; prints it once')
    .option('--expires <instant>', 'ISO-8601 expiry')
    .action(async (username: string, name: string, opts: { expires?: string }, cmd: Command) => {
      let expiresAt: string | undefined;
      if (opts.expires !== undefined) {
        const d = new Date(opts.expires);
        if (Number.isNaN(d.getTime())) throw invalidInput(`"${opts.expires}" is not an ISO-8601 instant`, { field: '--expires' });
        expiresAt = d.toISOString();
      }
      await withDb(cmd, async (db) => {
        const user = await findUser(db, username);
        const created = await createApiToken(db.kysely, cliActor(), { userId: user.id, name, expiresAt }, new Date());
        out(created.secret);
        process.stderr.write(`token ${created.token.id} for ${username}: shown once, use it as --token or "Authorization: Bearer …"\n`);
      });
    });
}
