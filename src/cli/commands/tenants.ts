import type { Command } from 'commander';
import { positiveInt, withSecurityContext } from '../../gateway/security/cli-support.js';
import { toTenantView } from '../../identity/keys-service.js';
import { limitColumns, tenantIdSchema } from '../../identity/model.js';

interface LimitOptions {
  config?: string;
  name?: string;
  rpm?: number;
  tpm?: number;
  tpd?: number;
  concurrency?: number;
}

function withLimitOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .option('--name <name>', 'display name')
    .option('--rpm <n>', 'requests per minute (whole tenant)', positiveInt)
    .option('--tpm <n>', 'tokens per minute (whole tenant)', positiveInt)
    .option('--tpd <n>', 'tokens per day (whole tenant)', positiveInt)
    .option('--concurrency <n>', 'requests in flight (whole tenant)', positiveInt);
}

export function registerTenants(program: Command): void {
  const tenants = program.command('tenants').description('Manage tenants and their limits.');

  withLimitOptions(tenants.command('create <id>').description('Create a tenant.')).action(
    async (id: string, options: LimitOptions) => {
      const tenant = tenantIdSchema.parse(id);
      await withSecurityContext(options.config, async (context) => {
        if (await context.store.tenants.get(tenant)) throw new Error(`tenant ${tenant} exists`);
        await context.store.tenants.create({
          id: tenant,
          name: options.name ?? tenant,
          created_at: Date.now(),
          ...limitColumns(options),
        });
      });
      process.stdout.write(`created tenant ${tenant}\n`);
    },
  );

  withLimitOptions(tenants.command('set <id>').description('Change a tenant’s name or limits.')).action(
    async (id: string, options: LimitOptions) => {
      await withSecurityContext(options.config, async (context) => {
        const patch: Record<string, string | number> = {};
        for (const name of ['rpm', 'tpm', 'tpd', 'concurrency'] as const) {
          if (options[name] !== undefined) patch[name] = options[name];
        }
        if (options.name !== undefined) patch.name = options.name;
        if (!(await context.store.tenants.update(id, patch)))
          throw new Error(`no tenant ${id} (or nothing to change)`);
      });
      process.stdout.write(`updated tenant ${id}\n`);
    },
  );

  tenants
    .command('list')
    .description('List tenants as JSON lines.')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .action(async (options: { config?: string }) => {
      await withSecurityContext(options.config, async (context) => {
        let cursor: string | undefined;
        do {
          const page = await context.store.tenants.list({ limit: 500, cursor });
          for (const tenant of page.items) process.stdout.write(`${JSON.stringify(toTenantView(tenant))}\n`);
          cursor = page.nextCursor;
        } while (cursor);
      });
    });
}
