import type { EngineMigration } from './types.ts';

export const m0002Platform: EngineMigration = {
  async up() {},
};
