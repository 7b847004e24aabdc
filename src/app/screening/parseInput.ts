/** Validates use-case input with its zod schema; the error names the first bad field. */
import type { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw invalidInput(issue?.message ?? 'invalid input', { field: issue?.path.join('.') ?? '' });
}
