/**
 * The one error format of the API: `{ error: { code, message, field? } }`, with the status from
 * `HTTP_STATUS`. Request validation failures become INVALID_INPUT naming the field.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, ERROR_CODES, type ErrorCode, HTTP_STATUS, isAppError } from '../domain/errors.ts';

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ZErrorBody>;

/** Standard error responses for route schemas. */
export const errorResponses = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody } as const;

const CODE_BY_STATUS: Record<number, ErrorCode> = { 400: 'INVALID_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 413: 'INVALID_INPUT', 415: 'INVALID_INPUT', 429: 'RATE_LIMITED', 503: 'UNAVAILABLE' };

/** Converts anything thrown in a request into the API error body and status. */
export function toErrorBody(err: unknown): { status: number; body: ErrorBody; log: boolean } {
  if (isAppError(err)) {
    const field = err.location?.field;
    return { status: HTTP_STATUS[err.code], body: { error: { code: err.code, message: err.message, ...(field ? { field } : {}) } }, log: err.code === 'INTERNAL' };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    const where = err.validationContext ?? 'request';
    const path = (first?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const field = path || where;
    const message = `${where}${path ? ` field "${path}"` : ''}: ${first?.message ?? 'invalid'}`;
    return { status: 400, body: { error: { code: 'INVALID_INPUT', message, field } }, log: false };
  }
  if (isResponseSerializationError(err)) {
    return { status: 500, body: { error: { code: 'INTERNAL', message: 'the server produced an invalid response' } }, log: true };
  }
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  const code = CODE_BY_STATUS[status];
  if (code && status < 500) return { status: HTTP_STATUS[code], body: { error: { code, message: fe.message ?? code } }, log: false };
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } }, log: true };
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const { status, body, log } = toErrorBody(err);
  if (log) req.log.error({ err }, 'request failed');
  void reply.status(status).send(body);
}

export const unauthenticated = (message = 'sign in or present an API token'): AppError => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);
