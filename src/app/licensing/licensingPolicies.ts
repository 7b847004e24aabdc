/**
 * The authority's licensing policies, held as data in the database: routing rules (queues and
 * agencies to consult), the countersigning policy and the post-shipment reporting policy. Unset,
 * every case goes to the `intake` queue, nothing needs countersigning and no reports are scheduled.
 * Also the authority's record of each exporter's eligibility facts (Regs Art. 20).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { type CountersignPolicy, CountersignPolicyZ } from '../../domain/licensing/countersigning.ts';
import { type ExporterProfile, ExporterProfileZ } from '../../domain/licensing/eligibility.ts';
import { type ReportingPolicy, ReportingPolicyZ } from '../../domain/licensing/postShipmentReports.ts';
import { type RoutingRule, parseRoutingRules } from '../../domain/licensing/routing.ts';
import { LicensingRecordRepository } from '../../infra/db/repositories/licensingRecords.ts';
import type { Database } from '../../infra/db/schema.ts';

export const DEFAULT_QUEUE = 'intake';
export const POLICY_KEYS = ['routing', 'countersign', 'reporting'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

function parseOr<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw invalidInput(first?.message ?? 'invalid', { element: what, field: first?.path.join('.') || '(root)' });
}

/** Validates a policy document of the given kind; a bad one fails naming the field. */
export function parsePolicy(key: PolicyKey, data: unknown): unknown {
  if (key === 'routing') return parseRoutingRules(data);
  if (key === 'countersign') return parseOr(CountersignPolicyZ, data, 'countersign policy');
  return parseOr(ReportingPolicyZ, data, 'reporting policy');
}

export async function routingRules(db: Kysely<Database>): Promise<RoutingRule[]> {
  const d = await new LicensingRecordRepository(db).policy('routing');
  return d === undefined ? [] : parseRoutingRules(d);
}

export async function countersignPolicy(db: Kysely<Database>): Promise<CountersignPolicy> {
  const d = await new LicensingRecordRepository(db).policy('countersign');
  return d === undefined ? { rules: [] } : parseOr(CountersignPolicyZ, d, 'countersign policy');
}

export async function reportingPolicy(db: Kysely<Database>): Promise<ReportingPolicy | null> {
  const d = await new LicensingRecordRepository(db).policy('reporting');
  return d === undefined ? null : parseOr(ReportingPolicyZ, d, 'reporting policy');
}

/**
 * The exporter's eligibility facts as the authority recorded them. Without a record the exporter
 * has no recorded compliance programme or export history, so it is not eligible for a general
 * licence until the authority records them.
 */
export async function exporterProfile(db: Kysely<Database>, org: { id: string; name: string }): Promise<ExporterProfile> {
  const d = await new LicensingRecordRepository(db).exporterProfile(org.id);
  if (d !== undefined) return parseOr(ExporterProfileZ, d, 'exporter profile');
  return ExporterProfileZ.parse({ id: org.id, name: org.name, icp: { established: false, runningWell: false }, hasDualUseExportRecord: false, hasFixedChannelsAndEndUsers: false });
}
