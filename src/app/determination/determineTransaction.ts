/**
 * A licence determination through the platform: builds the engine's transaction from the request
 * — classifications of catalogue SKUs from their signed-off records, screening of parties that
 * come without results — runs the determination engine and records `determination.made`.
 *
 * A party screened here with hits is an open alert (a potential match nobody has resolved yet):
 * the engine holds the transaction until the exporter resolves it through its counterparties and
 * alerts and sends the confirmed result.
 */
import { determine, type Determination } from '../../domain/determination/determine.ts';
import type { Destinations } from '../../domain/determination/destinations.ts';
import { parseTransaction, type Transaction, type TxParty } from '../../domain/determination/transaction.ts';
import { type ClassificationRecord } from '../../domain/classification/classification.ts';
import { reReviewStatus } from '../../domain/classification/reReview.ts';
import { findSource } from '../../domain/lists/sources.ts';
import { invalidInput } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import type { ScreeningService } from '../screening/screeningService.ts';
import { screenName } from '../screening/screenName.ts';
import { recordAudit, type AuditActor } from '../audit/recordAudit.ts';
import { parseInput } from '../classification/support.ts';
import { DeterminationRequestZ, type DeterminationRequest } from './determinationRequest.ts';

export interface DeterminationContext {
  db: Db;
  destinations: Destinations;
  /** Screens parties that come without results; without it such parties are refused. */
  screening?: ScreeningService | undefined;
}

export interface PartyScreening {
  index: number;
  name: string;
  status: 'clear' | 'open_alert';
  hits: number;
  listVersions: Record<string, number>;
}

export interface DeterminationOutcome {
  determination: Determination;
  /** Parties the platform screened for this determination. */
  screened: PartyScreening[];
  /** Catalogue items whose classification is due for re-review or overdue. */
  warnings: string[];
}

async function resolveItems(repo: ClassificationRepository, organisationId: string, req: DeterminationRequest, asOf: string, warnings: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [i, it] of req.items.entries()) {
    if (!('sku' in it)) {
      out.push(it);
      continue;
    }
    const product = await repo.productBySku(organisationId, it.sku);
    if (!product) throw invalidInput(`no product with SKU ${it.sku} in your catalogue`, { field: `items[${i}].sku` });
    const effective: ClassificationRecord[] = await repo.effective([product.id]);
    const cn = effective.filter((c) => c.jurisdiction === 'CN');
    if (cn.length === 0) throw invalidInput(`product ${it.sku} has no signed-off CN classification: classify it and have it signed off first`, { field: `items[${i}].sku` });
    for (const c of effective) {
      const st = reReviewStatus(c, asOf);
      if (st === 'overdue') warnings.push(`${it.sku}: the ${c.jurisdiction} classification (version ${c.versionNo}) was due for re-review on ${c.reReviewDue ?? '?'}`);
    }
    const classifications = effective.flatMap((c) =>
      (c.notListed ? ['NOT_LISTED'] : c.codes).map((code) => ({ jurisdiction: c.jurisdiction, code, source: `classification ${c.id} v${c.versionNo}, signed off ${c.signedOffOn ?? ''} by ${c.reviewedByName ?? ''}` })),
    );
    const { sku: _s, description, ...rest } = it;
    out.push({ ...rest, description: description ?? ([product.nameZh, product.nameEn].filter((x) => x !== null).join(' / ') || product.sku), classifications });
  }
  return out;
}

async function resolveParties(ctx: DeterminationContext, req: DeterminationRequest, screened: PartyScreening[]): Promise<TxParty[]> {
  const out: TxParty[] = [];
  for (const [i, p] of req.parties.entries()) {
    if (p.screening) {
      out.push({ ...p, screening: p.screening });
      continue;
    }
    if (!ctx.screening) throw invalidInput('screening is not available here: give the party\'s screening result', { field: `parties[${i}].screening` });
    const r = await screenName(ctx.screening, { name: p.name, country: p.country });
    const snapshot = await ctx.screening.current();
    const matches = r.hits.map((h) => {
      const listed = snapshot.index.get(h.entityId);
      const lists = listed && listed.lists.length > 0 ? listed.lists : [findSource(h.source)?.title ?? h.source];
      return { source: h.source, entityId: h.entityId, name: h.name, lists };
    });
    screened.push({ index: i, name: p.name, status: matches.length > 0 ? 'open_alert' : 'clear', hits: matches.length, listVersions: r.listVersions });
    out.push({ ...(p.id === undefined ? {} : { id: p.id }), role: p.role, name: p.name, country: p.country, screening: { status: matches.length > 0 ? 'open_alert' : 'clear', matches } });
  }
  return out;
}

export async function determineTransaction(ctx: DeterminationContext, by: { actor: AuditActor; organisationId: string }, raw: unknown, at: Date): Promise<DeterminationOutcome> {
  const req = parseInput(DeterminationRequestZ, raw);
  const asOf = req.asOf ?? at.toISOString().slice(0, 10);
  const warnings: string[] = [];
  const screened: PartyScreening[] = [];
  const repo = new ClassificationRepository(ctx.db.kysely);
  const items = await resolveItems(repo, by.organisationId, req, asOf, warnings);
  const parties = await resolveParties(ctx, req, screened);
  const { asOf: _a, ...txFields } = req;
  const tx: Transaction = parseTransaction({ ...txFields, items, parties });
  const determination = determine(tx, ctx.destinations, asOf);
  await ctx.db.kysely.transaction().execute((trx) =>
    recordAudit(
      trx,
      {
        actor: by.actor,
        organisationId: by.organisationId,
        event: {
          type: 'determination.made',
          v: 1,
          transactionId: tx.id ?? null,
          asOf,
          overall: determination.overall,
          itemCount: tx.items.length,
          partyCount: tx.parties.length,
          screenedParties: screened.length,
          citations: determination.citations,
        },
        objectType: 'determination',
        objectId: tx.id ?? `${by.organisationId}@${at.toISOString()}`,
      },
      at,
    ),
  );
  return { determination, screened, warnings };
}
