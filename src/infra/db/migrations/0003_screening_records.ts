import type { EngineMigration } from './types.ts';

export const m0003ScreeningRecords: EngineMigration = {
  async up() {},
};
