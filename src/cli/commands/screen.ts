import type { Command } from 'commander';

export function registerScreenCommand(program: Command): void {
  void program;
}
