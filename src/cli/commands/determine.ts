import type { Command } from 'commander';

export function registerDetermineCommand(program: Command): void {
  void program;
}
