/** The signed-in user, their organisation and what the server's policy lets them do. */
import { createContext, useContext } from 'react';
import type { Organisation, User } from './types.ts';

/** resource → action → widest scope granted ('any' | 'organisation' | 'self'); absent = refused. */
export type Permissions = Record<string, Record<string, string>>;

export interface Session {
  user: User;
  organisation: Organisation | null;
  permissions: Permissions;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

/** Whether the policy grants `action` on `resource` in some scope. */
export function can(session: Pick<Session, 'permissions'>, resource: string, action: string): boolean {
  return session.permissions[resource]?.[action] !== undefined;
}

/** Whether the policy grants `action` on `resource` in every organisation. */
export function canAnywhere(session: Pick<Session, 'permissions'>, resource: string, action: string): boolean {
  return session.permissions[resource]?.[action] === 'any';
}

/** Account management: creating users (in one's organisation or anywhere) or organisations. */
export const canAdminister = (s: Pick<Session, 'permissions'>): boolean => can(s, 'user', 'create') || can(s, 'organisation', 'create');
