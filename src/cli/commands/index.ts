/** Every CLI command, registered in help order. */
import type { Command } from 'commander';
import { registerAuditCommand } from './audit.ts';
import { registerCalendarCommand } from './calendar.ts';
import { registerDetermineCommand } from './determine.ts';
import { registerItemsCommand } from './items.ts';
import { registerListsCommand } from './lists.ts';
import { registerProductsCommand } from './products.ts';
import { registerScreenCommand } from './screen.ts';
import { registerServeCommand } from './serve.ts';
import { registerUsersCommand } from './users.ts';

export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerScreenCommand(program);
  registerListsCommand(program);
  registerItemsCommand(program);
  registerProductsCommand(program);
  registerDetermineCommand(program);
  registerCalendarCommand(program);
  registerAuditCommand(program);
  registerUsersCommand(program);
}
