/**
 * The audit event types: a closed, versioned union. Every state change appends exactly one of
 * these to the hash-chained audit trail.
 *
 * CHANGING THIS FILE CHANGES THE CHAIN CONTRACT. Stored events are hashed with their payload, so
 * an existing event type must never change shape: add a new member (or a `v: 2` variant of the
 * same type) instead, and keep the old one so old events still parse and verify.
 */
import { z } from 'zod';

/** One event type: `type` literal, schema version `v`, and the payload fields. */
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), v: z.literal(1), ...shape });

const id = z.string().min(1);
const roles = z.array(z.string().min(1));

export const ZListImported = event('list.imported', {
  sourceId: id,
  versionNo: z.number().int().positive(),
  contentHash: z.string().min(1),
  recordCount: z.number().int().nonnegative(),
  files: z.array(z.string()),
});
export const ZListImportUnchanged = event('list.import_unchanged', { sourceId: id, contentHash: z.string().min(1) });
export const ZItemListImported = event('itemlist.imported', {
  listId: id,
  versionNo: z.number().int().positive(),
  contentHash: z.string().min(1),
  entryCount: z.number().int().nonnegative(),
  file: z.string(),
});
export const ZItemListImportUnchanged = event('itemlist.import_unchanged', { listId: id, contentHash: z.string().min(1) });
export const ZListSourceRegistered = event('list.source_registered', { sourceId: id });

export const ZAuthLogin = event('auth.login', {});
export const ZAuthLoginFailed = event('auth.login_failed', {
  username: z.string(),
  /** Why: unknown user, wrong password, account disabled, account locked. */
  reason: z.enum(['unknown_user', 'wrong_password', 'disabled', 'locked']),
});
export const ZAuthLogout = event('auth.logout', {});

export const ZUserCreated = event('user.created', { userId: id, username: z.string().min(1), roles });
export const ZUserRolesChanged = event('user.roles_changed', { userId: id, from: roles, to: roles });
export const ZUserDisabled = event('user.disabled', { userId: id });
export const ZUserEnabled = event('user.enabled', { userId: id });

export const ZOrgCreated = event('org.created', { orgId: id, kind: z.string().min(1), name: z.string().min(1) });

export const ZTokenCreated = event('token.created', { tokenId: id, name: z.string().min(1) });
export const ZTokenRevoked = event('token.revoked', { tokenId: id });

export const ZCounterpartyCreated = event('counterparty.created', { counterpartyId: id, changes: z.record(z.string(), z.json()) });
export const ZCounterpartyUpdated = event('counterparty.updated', { counterpartyId: id, changes: z.record(z.string(), z.json()) });

export const ZScreeningRun = event('screening.run', {
  runId: id,
  counterpartyId: id.nullable(),
  /** The list versions screened against: source id → version number. */
  listVersions: z.record(z.string(), z.number().int()),
  hitCount: z.number().int().nonnegative(),
});

export const ZAlertRaised = event('alert.raised', { alertId: id, counterpartyId: id, entityId: id, score: z.number() });
export const ZAlertDecided = event('alert.decided', { alertId: id, decision: z.string().min(1), reason: z.string() });
/** A pending alert pointed at a newer hit because the listed entity or the counterparty changed. */
export const ZAlertUpdated = event('alert.updated', { alertId: id, entityHash: z.string().min(1), counterpartyHash: z.string().min(1), score: z.number() });

export const ZJobEnqueued = event('job.enqueued', { jobId: id, kind: z.string().min(1) });
export const ZJobCompleted = event('job.completed', { jobId: id, kind: z.string().min(1) });
export const ZJobFailed = event('job.failed', { jobId: id, kind: z.string().min(1), error: z.string().optional() });

export const ZProductCreated = event('product.created', { productId: id, sku: z.string().min(1), changes: z.record(z.string(), z.json()) });
export const ZProductUpdated = event('product.updated', { productId: id, sku: z.string().min(1), changes: z.record(z.string(), z.json()) });

const classificationRef = { classificationId: id, productId: id, jurisdiction: z.string().min(1), versionNo: z.number().int().positive() };
export const ZClassificationDrafted = event('classification.drafted', {
  ...classificationRef,
  codes: z.array(z.string()),
  notListed: z.boolean(),
  /** Earlier open records of the same product and jurisdiction that this draft replaces. */
  supersedes: z.array(id),
});
export const ZClassificationSubmitted = event('classification.submitted', classificationRef);
export const ZClassificationSignedOff = event('classification.signed_off', {
  ...classificationRef,
  signedOffOn: z.string().min(1),
  reReviewDue: z.string().min(1),
  /** The previously signed-off record this one replaces, if any. */
  supersedes: id.nullable(),
});
export const ZClassificationReturned = event('classification.returned', { ...classificationRef, note: z.string().min(1) });
export const ZEnquiryCreated = event('enquiry.created', { enquiryId: id, productId: id.nullable(), subject: z.string().min(1) });

export const ZDeterminationMade = event('determination.made', {
  transactionId: z.string().nullable(),
  asOf: z.string().min(1),
  overall: z.string().min(1),
  itemCount: z.number().int().nonnegative(),
  partyCount: z.number().int().nonnegative(),
  /** Parties screened by the platform for this determination (names without screening results). */
  screenedParties: z.number().int().nonnegative(),
  citations: z.array(z.string()),
});

// Licensing: applications, consultation, documents, certificates, licences, shipments, reports, notifications.
export const ZApplicationDrafted = event('application.drafted', { applicationId: id, form: z.string().min(1), provinceOrgId: id });
export const ZApplicationUpdated = event('application.updated', { applicationId: id, fields: z.array(z.string()) });
/** One step of the review state machine (submit, receive, forward, accept, stop/resume the clock, consolidate, decide, …). */
export const ZApplicationTransitioned = event('application.transitioned', { applicationId: id, step: z.string().min(1), from: z.string().min(1), to: z.string().min(1), queueOrg: id.nullable() });
export const ZConsultationRequested = event('consultation.requested', { applicationId: id, agencies: z.array(id), question: z.string() });
export const ZConsultationAdvised = event('consultation.advised', { applicationId: id, agency: id, kind: z.string().min(1) });
export const ZDocumentUploaded = event('document.uploaded', { documentId: id, docKey: id, version: z.number().int().positive(), sha256: z.string().min(1), mediaType: z.string().min(1), size: z.number().int().nonnegative() });
export const ZCertificateRecorded = event('certificate.recorded', { certificateId: id, contentHash: z.string().min(1), expiresOn: z.string().nullable() });
export const ZCertificateEndUseChangeReported = event('certificate.end_use_change_reported', { kind: z.string().min(1), licences: z.array(id) });
export const ZLicenceIssued = event('licence.issued', { licenceNumber: id, applicationId: id, validFrom: z.string(), validTo: z.string() });
export const ZLicenceStatusChanged = event('licence.status_changed', { licenceNumber: id, action: z.string().min(1), from: z.string(), to: z.string(), reason: z.string() });
export const ZLicenceChangeRequested = event('licence.change_requested', { licenceNumber: id, elements: z.array(z.string()) });
export const ZShipmentRecorded = event('shipment.recorded', { licenceNumber: id, declarationNumber: id, date: z.string(), lines: z.array(z.object({ lineId: id, quantity: z.number(), value: z.number() })) });
export const ZReportSubmitted = event('report.submitted', { licenceNumber: id, declarationNumber: id, kind: z.string().min(1), eventDate: z.string() });
export const ZLicensingPolicySet = event('licensing.policy_set', { key: id });
export const ZExporterProfileSet = event('licensing.exporter_profile_set', { organisationId: id });
/** A scheduled reminder (deadline due soon or overdue, post-shipment report due) was notified. */
export const ZReminderSent = event('notification.reminder_sent', { kind: id, objectType: id, objectId: id, dueOn: z.string(), organisationId: id });
export const ZNotificationSent = event('notification.sent', { notificationId: id.nullable(), outboxId: id, to: z.string().min(1) });

export const ZAuditEvent = z.discriminatedUnion('type', [
  ZListImported,
  ZListImportUnchanged,
  ZListSourceRegistered,
  ZItemListImported,
  ZItemListImportUnchanged,
  ZAuthLogin,
  ZAuthLoginFailed,
  ZAuthLogout,
  ZUserCreated,
  ZUserRolesChanged,
  ZUserDisabled,
  ZUserEnabled,
  ZOrgCreated,
  ZTokenCreated,
  ZTokenRevoked,
  ZCounterpartyCreated,
  ZCounterpartyUpdated,
  ZScreeningRun,
  ZAlertRaised,
  ZAlertDecided,
  ZAlertUpdated,
  ZJobEnqueued,
  ZJobCompleted,
  ZJobFailed,
  ZProductCreated,
  ZProductUpdated,
  ZClassificationDrafted,
  ZClassificationSubmitted,
  ZClassificationSignedOff,
  ZClassificationReturned,
  ZEnquiryCreated,
  ZDeterminationMade,
  ZApplicationDrafted,
  ZApplicationUpdated,
  ZApplicationTransitioned,
  ZConsultationRequested,
  ZConsultationAdvised,
  ZDocumentUploaded,
  ZCertificateRecorded,
  ZCertificateEndUseChangeReported,
  ZLicenceIssued,
  ZLicenceStatusChanged,
  ZLicenceChangeRequested,
  ZShipmentRecorded,
  ZReportSubmitted,
  ZLicensingPolicySet,
  ZExporterProfileSet,
  ZNotificationSent,
  ZReminderSent,
]);

export type AuditEvent = z.infer<typeof ZAuditEvent>;
export type AuditEventType = AuditEvent['type'];

/** Every event type name, for filters and documentation. */
export const AUDIT_EVENT_TYPES: readonly AuditEventType[] = ZAuditEvent.options.map((o) => o.shape.type.value);

/** The payload of an event: everything except `type` and `v`. */
export function eventPayload(e: AuditEvent): Record<string, unknown> {
  const { type: _type, v: _v, ...rest } = e;
  return rest;
}
