import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { ClassificationInputZ, checkClassificationInput } from './classification.ts';

const check = (raw: unknown) => checkClassificationInput(ClassificationInputZ.parse(raw));
const fieldOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.location?.field;
    throw e;
  }
  return undefined;
};

describe('classification input', () => {
  it('accepts codes on the grid of the jurisdiction (PRC 1C350.a, EU 1C350, US 3A001 / EAR99)', () => {
    expect(check({ jurisdiction: 'CN', codes: ['1C350.a'] }).codes).toEqual(['1C350.a']);
    expect(check({ jurisdiction: 'EU', codes: ['1C350'] }).codes).toEqual(['1C350']);
    expect(check({ jurisdiction: 'US', codes: ['3A001.a.1', 'EAR99'] }).codes).toHaveLength(2);
  });

  it('names the bad code with its index', () => {
    expect(fieldOf(() => check({ jurisdiction: 'CN', codes: ['1C350.a', '1c350'] }))).toBe('codes[1]');
    expect(() => check({ jurisdiction: 'CN', codes: ['1C350.a', '1C350.a'] })).toThrow(/duplicate code/);
  });

  it('requires a rationale for "not listed" and forbids codes with it', () => {
    expect(fieldOf(() => check({ jurisdiction: 'CN', notListed: true }))).toBe('rationale');
    expect(fieldOf(() => check({ jurisdiction: 'CN', notListed: true, codes: ['1C350.a'], rationale: 'x'.repeat(30) }))).toBe('codes');
    expect(check({ jurisdiction: 'CN', notListed: true, rationale: 'Plain carbon steel bolts; no entry covers fasteners of this grade.' }).notListed).toBe(true);
  });

  it('requires codes unless not listed, and a known jurisdiction', () => {
    expect(fieldOf(() => check({ jurisdiction: 'CN' }))).toBe('codes');
    expect(ClassificationInputZ.safeParse({ jurisdiction: 'XX', codes: ['1C350'] }).success).toBe(false);
  });
});
