/**
 * The one error type of exportctl. Every failure the product reports on purpose is an AppError
 * with a code from this closed set; the HTTP status and CLI exit code of each code live in the
 * tables below and nowhere else.
 */
export const ERROR_CODES = [
  'INVALID_INPUT', // a request, file or argument is malformed; the message names the field / line
  'NOT_FOUND',
  'CONFLICT', // the change collides with stored state (duplicate, stale version)
  'ILLEGAL_TRANSITION', // a state machine refuses the step
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UNAVAILABLE', // a dependency (database, download) cannot be reached
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const EXIT_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  ILLEGAL_TRANSITION: 4,
  UNAUTHENTICATED: 5,
  FORBIDDEN: 5,
  RATE_LIMITED: 6,
  UNAVAILABLE: 7,
  INTERNAL: 1,
};

/** Where in an input the problem is: a file, a line or record, a field. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  element?: string;
  field?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, opts: { location?: ErrorLocation; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.location = opts.location;
    this.details = opts.details;
  }
}

/** Formats a location as `file:line (element) field` for messages. */
export function formatLocation(loc: ErrorLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file) parts.push(loc.line !== undefined ? `${loc.file}:${loc.line}` : loc.file);
  else if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.element) parts.push(`<${loc.element}>`);
  if (loc.field) parts.push(`field "${loc.field}"`);
  return parts.join(' ');
}

export const invalidInput = (message: string, location?: ErrorLocation): AppError =>
  new AppError('INVALID_INPUT', location ? `${formatLocation(location)}: ${message}` : message, location ? { location } : {});

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
