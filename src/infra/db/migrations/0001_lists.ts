import type { EngineMigration } from './types.ts';

export const m0001Lists: EngineMigration = {
  async up() {},
};
