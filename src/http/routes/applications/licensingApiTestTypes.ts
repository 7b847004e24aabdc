/**
 * Response shapes read by licensingApi.db.test.ts, as zod schemas, and the typed helpers that
 * check a response's status and parse its body. The route schemas are reused where they exist;
 * the rest describe only the fields the test reads. Object schemas here are loose, so a parsed
 * body keeps every field the server sent and `toMatchObject`/`toEqual` see the whole body.
 */
import { expect } from 'vitest';
import { z } from 'zod';
import { ApplicationZ } from '../../../domain/licensing/application.ts';
import { ZErrorBody } from '../../errors.ts';
import { ZSessionInfo } from '../auth/schema.ts';
import { ZNotificationPage } from '../notifications/schema.ts';
import { ZOrganisation } from '../organisations/schema.ts';
import { ZCreatedToken } from '../tokens/schema.ts';
import { ZQueuePage } from './schema.ts';

export { ZCreatedToken, ZNotificationPage, ZOrganisation, ZQueuePage };

/** A response as the test sees it: JSON bodies parsed, anything else as text. */
export interface Res {
  status: number;
  body: unknown;
  raw: Buffer;
  type: string;
}

/** Expects the status and returns the body unparsed (for calls whose answer the test does not read). */
export async function ok(p: Promise<Res>, status = 200): Promise<unknown> {
  const r = await p;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

/** Expects the status and returns the body parsed with `schema`. */
export async function okAs<S extends z.ZodType>(schema: S, p: Promise<Res>, status = 200): Promise<z.output<S>> {
  return schema.parse(await ok(p, status));
}

/** `{ error: { code, message, field? } }`, keeping any other field the server sent. */
export const ZApiError = z.looseObject({ error: ZErrorBody.shape.error.loose() });
/** The `error` of an error response. */
export const errorOf = (r: Res): z.output<typeof ZApiError>['error'] => ZApiError.parse(r.body).error;

/** The part of the login answer the test uses: the CSRF token of the new session. */
export const ZLogin = z.object({ csrfToken: ZSessionInfo.shape.csrfToken.unwrap() });

/** An uploaded document version (StoredDocument). */
export const ZDocument = z.looseObject({
  id: z.string(),
  docKey: z.string(),
  version: z.number(),
  title: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
});
export type Document = z.output<typeof ZDocument>;

/** A recorded end-user certificate (StoredCertificate). */
export const ZCertificateRecord = z.looseObject({ certificate: z.looseObject({ id: z.string() }) });

/** The review case of an application (ApplicationCase). */
export const ZCase = z.looseObject({
  status: z.string(),
  decision: z.looseObject({ outcome: z.string(), conditions: z.array(z.string()) }).nullable(),
});

/** An application with its case, as stored (StoredApplication); the answer of create, edit and every step. */
export const ZStoredApplication = z.looseObject({
  id: z.string(),
  organisationId: z.string(),
  queueOrg: z.string().nullable(),
  queue: z.string(),
  dueDate: z.string().nullable(),
  application: ApplicationZ.loose(),
  case: ZCase,
});

/** A statutory clock (ClockStatus). */
export const ZClock = z.looseObject({
  state: z.string(),
  dueDate: z.string().nullable(),
  workingDaysUsed: z.number(),
  workingDaysStopped: z.number(),
  pausedBy: z.array(z.string()),
});

/** The case view (ApplicationView). */
export const ZCaseView = z.looseObject({
  application: ZStoredApplication,
  timeline: z.array(z.looseObject({ from: z.string(), to: z.string() })),
  clocks: z.looseObject({ forwarding: ZClock.nullable(), decision: ZClock.nullable() }),
  licenceNumber: z.string().nullable(),
});

/** The answer of issuing a licence. */
export const ZIssuedLicence = z.looseObject({
  number: z.string(),
  verificationCode: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.string(),
  conditions: z.array(z.string()),
});

const ZAmount = z.looseObject({ limit: z.number(), used: z.number(), remaining: z.number() });
/** What is left on one licence line (LineBalance). */
export const ZLineBalance = z.looseObject({ lineId: z.string(), controlCode: z.string(), quantity: ZAmount, value: ZAmount });

/** The answer of recording a shipment. */
export const ZShipmentResult = z.looseObject({ licenceNumber: z.string(), status: z.string(), balance: z.array(ZLineBalance) });

/** A licence with its balance and post-shipment report status. */
export const ZLicenceView = z.looseObject({
  licence: z.looseObject({ number: z.string(), status: z.string() }),
  balance: z.array(ZLineBalance),
  reports: z.array(z.looseObject({ declarationNumber: z.string(), reports: z.array(z.looseObject({ kind: z.string(), state: z.string() })) })),
});

/** The answer of a lifecycle action on a licence. */
export const ZLicenceStatusResult = z.looseObject({ number: z.string(), status: z.string() });

/** The customs verification answer (CustomsAnswer). */
export const ZCustomsAnswer = z.looseObject({
  valid: z.boolean(),
  licenceNumber: z.string(),
  reasons: z.array(z.looseObject({ code: z.string() })),
  remaining: z.looseObject({ quantity: z.number(), value: z.number() }).nullable(),
});

/** The payload of an `application.transitioned` audit event: the step taken. */
export const ZTransitionPayload = z.looseObject({ step: z.string() });
