/** Scheduled reminders already sent (deadline and report-due notifications), one per object, kind and due date. */
export interface RemindersSentTable {
  /** 'application' | 'report'. */
  object_type: string;
  /** The application id, or `<licence>/<declaration>/<report kind>` for a post-shipment report. */
  object_id: string;
  kind: string;
  /** The due date the reminder was about (ISO `YYYY-MM-DD`); a new due date gets a new reminder. */
  due_on: string;
  organisation_id: string;
  sent_at: string;
}

export interface ReminderTables {
  reminders_sent: RemindersSentTable;
}
