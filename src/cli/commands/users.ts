import type { Command } from 'commander';

export function registerUsersCommand(program: Command): void {
  void program;
}
