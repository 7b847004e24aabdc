import type { Command } from 'commander';

export function registerCalendarCommand(program: Command): void {
  void program;
}
