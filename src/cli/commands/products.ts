/**
 * `exportctl products`: the exporter's product catalogue and classification workflow from the
 * command line, acting as a named user (`--as <username>`) whose roles the permission table checks:
 *   products add --as U --file product.json | products list --as U | products show <sku> --as U
 *   products classify <sku> --as U --jurisdiction CN (--codes 1C350.a,… | --not-listed) --rationale T
 *   products submit|sign-off|return <classification-id> --as U [--note T]
 *   products due --as U [--as-of YYYY-MM-DD]
 * Every change is audited with the user as actor.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ClassificationActor } from '../../app/classification/support.ts';
import { AppError, invalidInput, notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';

const print = (v: unknown): void => {
  process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
};

async function withUser(cmd: Command, username: string, body: (db: Db, by: ClassificationActor) => Promise<void>): Promise<void> {
  const [{ openCliDb }, { UserRepository }] = await Promise.all([import('../options.ts'), import('../../infra/db/repositories/users.ts')]);
  const db = await openCliDb(cmd);
  try {
    const user = await new UserRepository(db.kysely).findByUsername(username);
    if (!user) throw notFound(`user "${username}"`);
    if (user.disabled) throw new AppError('FORBIDDEN', `user "${username}" is disabled`);
    await body(db, { audit: { kind: 'cli', id: user.id, name: user.username }, access: { userId: user.id, organisationId: user.organisationId, roles: user.roles, name: user.username } });
  } finally {
    await db.close();
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as unknown;
  } catch (e) {
    throw invalidInput(`cannot read JSON: ${(e as Error).message}`, { file });
  }
}

async function productBySku(db: Db, by: ClassificationActor, sku: string) {
  const { ClassificationRepository } = await import('../../infra/db/repositories/classificationRepository.ts');
  const repo = new ClassificationRepository(db.kysely);
  const p = await repo.productBySku(by.access.organisationId, sku);
  if (!p) throw notFound(`product with SKU ${sku}`);
  return { repo, product: p };
}

export function registerProductsCommand(program: Command): void {
  const products = program.command('products').description('product catalogue and classification workflow (classify, submit, sign off, return, re-reviews due)');
  const as = '--as <username>';

  products
    .command('add')
    .description('add a product from a JSON file (sku, nameZh, nameEn, description, parameters, hsCode, manufacturer, originCountry, prcOriginSharePct)')
    .requiredOption(as, 'act as this user')
    .requiredOption('--file <file>', 'product JSON (- for stdin)')
    .action(async (opts: { as: string; file: string }, cmd: Command) => {
      await withUser(cmd, opts.as, async (db, by) => {
        const { createProduct } = await import('../../app/classification/createProduct.ts');
        print(await createProduct(db, by, readJson(opts.file), new Date()));
      });
    });

  products
    .command('list')
    .description("list the user's organisation's products")
    .requiredOption(as, 'act as this user')
    .option('--search <text>', 'SKU, name or HS code contains')
    .action(async (opts: { as: string; search?: string }, cmd: Command) => {
      await withUser(cmd, opts.as, async (db, by) => {
        const { ClassificationRepository } = await import('../../infra/db/repositories/classificationRepository.ts');
        const page = await new ClassificationRepository(db.kysely).listProducts(by.access.organisationId, { limit: 500, offset: 0, ...(opts.search ? { q: opts.search } : {}) });
        print(page);
      });
    });

  products
    .command('show')
    .description('a product with its classification history')
    .argument('<sku>')
    .requiredOption(as, 'act as this user')
    .action(async (sku: string, opts: { as: string }, cmd: Command) => {
      await withUser(cmd, opts.as, async (db, by) => {
        const { repo, product } = await productBySku(db, by, sku);
        print({ product, classifications: await repo.history(product.id) });
      });
    });

  products
    .command('classify')
    .description('classify a product for a jurisdiction (a new draft version)')
    .argument('<sku>')
    .requiredOption(as, 'act as this user')
    .option('--jurisdiction <code>', 'CN, EU or US', 'CN')
    .option('--codes <codes>', 'control codes, comma-separated')
    .option('--not-listed', 'the item is on no list of the jurisdiction (needs --rationale)')
    .option('--rationale <text>', 'why', '')
    .action(async (sku: string, opts: { as: string; jurisdiction: string; codes?: string; notListed?: boolean; rationale: string }, cmd: Command) => {
      await withUser(cmd, opts.as, async (db, by) => {
        const { classifyProduct } = await import('../../app/classification/classifyProduct.ts');
        const { product } = await productBySku(db, by, sku);
        const codes = (opts.codes ?? '').split(',').map((c) => c.trim()).filter((c) => c !== '');
        print(await classifyProduct(db, by, product.id, { jurisdiction: opts.jurisdiction, codes, notListed: opts.notListed === true, rationale: opts.rationale }, new Date()));
      });
    });

  for (const [name, description] of [
    ['submit', 'submit a draft classification for review'],
    ['sign-off', 'sign off a submitted classification (not your own)'],
    ['return', 'return a submitted classification with --note'],
  ] as const) {
    products
      .command(name)
      .description(description)
      .argument('<classification-id>')
      .requiredOption(as, 'act as this user')
      .option('--note <text>', 'review note (required to return)')
      .action(async (id: string, opts: { as: string; note?: string }, cmd: Command) => {
        await withUser(cmd, opts.as, async (db, by) => {
          const at = new Date();
          if (name === 'submit') print(await (await import('../../app/classification/submitClassification.ts')).submitClassification(db, by, id, at));
          else if (name === 'sign-off') print(await (await import('../../app/classification/signOffClassification.ts')).signOffClassification(db, by, id, at, { note: opts.note }));
          else print(await (await import('../../app/classification/returnClassification.ts')).returnClassification(db, by, id, opts.note ?? '', at));
        });
      });
  }

  products
    .command('due')
    .description('signed-off classifications due for re-review or overdue')
    .requiredOption(as, 'act as this user')
    .option('--as-of <date>', 'YYYY-MM-DD (default today, UTC)')
    .action(async (opts: { as: string; asOf?: string }, cmd: Command) => {
      await withUser(cmd, opts.as, async (db, by) => {
        const { listDueReReviews } = await import('../../app/classification/listDueReReviews.ts');
        print(await listDueReReviews(db, by.access.organisationId, opts.asOf ?? new Date().toISOString().slice(0, 10)));
      });
    });
}
