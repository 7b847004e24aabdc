import type { Command } from 'commander';

export function registerAuditCommand(program: Command): void {
  void program;
}
