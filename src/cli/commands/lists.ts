import type { Command } from 'commander';

export function registerListsCommand(program: Command): void {
  void program;
}
