/** What every route can reach: the database, configuration and clock, and the caller. */
import type { Principal } from '../app/auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db } from '../infra/db/connection.ts';

export interface AppDeps {
  db: Db;
  config: Config;
  /** The current time; tests pass a fixed or stepping clock. */
  clock: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null on public routes without credentials. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session or token. */
    public?: boolean;
    /** Exempt from the CSRF check (login). */
    csrfExempt?: boolean;
  }
}
