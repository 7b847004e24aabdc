/** The database as Kysely sees it: the tables of every area. */
import type { ClassificationTables } from './tables/classification.ts';
import type { ItemListTables } from './tables/controllists.ts';
import type { LicensingTables } from './tables/licensing.ts';
import type { ListTables } from './tables/lists.ts';
import type { PlatformTables } from './tables/platform.ts';
import type { ReminderTables } from './tables/reminders.ts';
import type { ScreeningRecordTables } from './tables/screening-records.ts';

export interface Database extends ListTables, PlatformTables, ScreeningRecordTables, ItemListTables, LicensingTables, ClassificationTables, ReminderTables {}
