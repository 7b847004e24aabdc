/** All migrations, in the order they apply. Names are permanent once released. */
import { m0001Lists } from './0001_lists.ts';
import { m0002Platform } from './0002_platform.ts';
import { m0003ScreeningRecords } from './0003_screening_records.ts';
import { m0004Controllists } from './0004_controllists.ts';
import { m0005Classification } from './0005_classification.ts';
import { m0006Licensing } from './0006_licensing.ts';
import { m0007Reminders } from './0007_reminders.ts';
import type { EngineMigration } from './types.ts';

export const migrations: Record<string, EngineMigration> = {
  '0001_lists': m0001Lists,
  '0002_platform': m0002Platform,
  '0003_screening_records': m0003ScreeningRecords,
  '0004_controllists': m0004Controllists,
  '0005_classification': m0005Classification,
  '0006_licensing': m0006Licensing,
  '0007_reminders': m0007Reminders,
};
