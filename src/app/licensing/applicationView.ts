/**
 * What a case view shows: the application, the review case, its timeline, the statutory clocks
 * (days used and left), the routing explanation, the documents and the licence issued, if any.
 */
import type { Kysely } from 'kysely';
import type { ClockStatus } from '../../domain/calendar/statutoryClock.ts';
import type { WorkCalendar } from '../../domain/calendar/workCalendar.ts';
import { decisionClock, forwardingClock } from '../../domain/licensing/applicationClocks.ts';
import { ApplicationRepository, type StoredApplication, type StoredTimelineEntry } from '../../infra/db/repositories/licensingApplications.ts';
import { DocumentRepository, type StoredDocument } from '../../infra/db/repositories/licensingDocuments.ts';
import type { Database } from '../../infra/db/schema.ts';
import { loadVisibleApplication } from './caseAccess.ts';
import type { LicensingCaller } from './licensingEnv.ts';

export interface ApplicationView {
  application: StoredApplication;
  timeline: StoredTimelineEntry[];
  clocks: { forwarding: ClockStatus | null; decision: ClockStatus | null };
  documents: StoredDocument[];
  licenceNumber: string | null;
}

export function caseClocks(calendar: WorkCalendar, a: StoredApplication, today: string): ApplicationView['clocks'] {
  return {
    forwarding: a.case.receivedByProvinceOn === null ? null : forwardingClock(calendar, a.case, today),
    decision: a.case.acceptedOn === null ? null : decisionClock(calendar, a.case, today),
  };
}

export async function applicationView(db: Kysely<Database>, calendar: WorkCalendar, who: LicensingCaller, id: string, today: string): Promise<ApplicationView> {
  const a = await loadVisibleApplication(db, who, id);
  const [timeline, documents, licence] = await Promise.all([
    new ApplicationRepository(db).timeline(id),
    new DocumentRepository(db).forApplication(id),
    db.selectFrom('licences').select('number').where('application_id', '=', id).executeTakeFirst(),
  ]);
  return { application: a, timeline, clocks: caseClocks(calendar, a, today), documents, licenceNumber: licence?.number ?? null };
}
