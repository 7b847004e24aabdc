/** `exportctl audit verify | list`: check the hash chain and read the trail for an inspection. */
import type { Command } from 'commander';
import { exportAudit } from '../../app/audit/exportAudit.ts';
import { verifyAudit } from '../../app/audit/verifyAudit.ts';
import type { ChainVerdict } from '../../domain/audit/chain.ts';
import { AppError, invalidInput } from '../../domain/errors.ts';
import { streamAuditEvents } from '../../infra/db/repositories/audit.ts';
import { openCliDb } from '../options.ts';
import { remoteJson, remoteOptions } from '../remote.ts';

interface RemoteFlags {
  server?: string;
  token?: string;
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');

  audit
    .command('verify')
    .description('recompute the hash chain; exits non-zero naming the first edited, deleted or inserted event')
    .option('--server <url>', 'verify on a remote server')
    .option('--token <token>', 'API token for --server (env EXPORTCTL_TOKEN)')
    .action(async (opts: RemoteFlags, cmd: Command) => {
      const remote = remoteOptions(opts);
      let verdict: ChainVerdict;
      if (remote) {
        verdict = (await remoteJson(remote, '/api/audit/verify')) as ChainVerdict;
      } else {
        const db = await openCliDb(cmd);
        try {
          verdict = await verifyAudit(db.kysely);
        } finally {
          await db.close();
        }
      }
      if (verdict.ok) {
        process.stdout.write(`audit chain intact: ${verdict.count} events, head #${verdict.head.seq} ${verdict.head.hash}\n`);
        return;
      }
      throw new AppError('CONFLICT', `audit chain broken after ${verdict.count} good events: ${verdict.problem.message}`);
    });

  audit
    .command('list')
    .description('print audit events in chain order')
    .option('--action <type>', 'event type, e.g. user.roles_changed, or a prefix ending in "." (auth.)')
    .option('--since <instant>', 'ISO-8601 date or instant (inclusive)')
    .option('--until <instant>', 'ISO-8601 date or instant (exclusive)')
    .option('--org <id>', 'only this organisation')
    .option('--search <text>', 'free-text search')
    .option('--format <format>', 'json | csv | text', 'text')
    .action(async (opts: { action?: string; since?: string; until?: string; org?: string; search?: string; format: string }, cmd: Command) => {
      const format = opts.format;
      if (format !== 'json' && format !== 'csv' && format !== 'text') throw invalidInput('must be json, csv or text', { field: '--format' });
      const instant = (v: string | undefined, field: string): string | undefined => {
        if (v === undefined) return undefined;
        const d = new Date(v);
        if (Number.isNaN(d.getTime())) throw invalidInput(`"${v}" is not an ISO-8601 date`, { field });
        return d.toISOString();
      };
      const filter = {
        ...(opts.action?.endsWith('.') ? { typePrefix: opts.action } : { type: opts.action }),
        since: instant(opts.since, '--since'),
        until: instant(opts.until, '--until'),
        organisationId: opts.org,
        q: opts.search,
      };
      const db = await openCliDb(cmd);
      try {
        const events = streamAuditEvents(db.kysely, filter);
        if (format === 'text') {
          for await (const e of events) {
            process.stdout.write(`#${e.seq}  ${e.at}  ${e.type}  ${e.actor.kind}:${e.actor.name}  ${e.objectType}/${e.objectId}  ${JSON.stringify(e.payload)}\n`);
          }
        } else {
          process.stdout.write(await exportAudit(events, format));
        }
      } finally {
        await db.close();
      }
    });
}
