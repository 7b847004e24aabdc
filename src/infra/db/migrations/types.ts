import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';

/** A migration gets the engine so it can pick the few types that differ (see `idColumn`). */
export interface EngineMigration {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
  down?(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

/** Auto-increment primary key type for the engine. */
export const serialType = (engine: Engine) => (engine === 'pg' ? 'bigserial' : 'integer') as 'integer';
