import type { Command } from 'commander';
import type { LimitSet } from '../../core/config-security.js';
import { positiveInt, withSecurityContext } from '../../gateway/security/cli-support.js';
import { parseDuration } from '../../identity/duration.js';
import type { KeyView } from '../../identity/model.js';
import { ROLES, type RoleName } from '../../identity/model.js';

interface CreateOptions {
  config?: string;
  tenant: string;
  role: string;
  models: string;
  name?: string;
  expires?: string;
  rpm?: number;
  tpm?: number;
  tpd?: number;
  concurrency?: number;
}

function row(key: KeyView): string {
  const limits = Object.entries(key.limits)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return [
    key.id,
    key.prefix,
    key.tenant,
    key.role,
    key.status,
    key.models.join(','),
    limits || '-',
    key.expiresAt ?? '-',
  ].join('\t');
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('Manage API keys (stored only as HMAC-SHA-256 hashes).');

  keys
    .command('create')
    .description('Create an API key and print it once.')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .requiredOption('--tenant <tenant>', 'tenant id (created if missing)')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'user')
    .option('--models <globs>', "comma-separated model globs, e.g. 'llama3*,qwen*'", '*')
    .option('--name <name>', 'label shown in listings')
    .option('--expires <duration>', 'lifetime, e.g. 30d, 12h')
    .option('--rpm <n>', 'requests per minute', positiveInt)
    .option('--tpm <n>', 'tokens per minute', positiveInt)
    .option('--tpd <n>', 'tokens per day', positiveInt)
    .option('--concurrency <n>', 'requests in flight', positiveInt)
    .action(async (options: CreateOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role))
        throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      const limits: LimitSet = {};
      for (const name of ['rpm', 'tpm', 'tpd', 'concurrency'] as const) {
        if (options[name] !== undefined) limits[name] = options[name];
      }
      const created = await withSecurityContext(options.config, (context) =>
        context.keys.create({
          tenant: options.tenant,
          role: options.role as RoleName,
          models: options.models
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean),
          name: options.name,
          expiresAt: options.expires ? Date.now() + parseDuration(options.expires) : undefined,
          limits,
        }),
      );
      process.stderr.write(
        `created ${created.view.id} (${created.view.role} of ${created.view.tenant}); the key is shown once:\n`,
      );
      process.stdout.write(`${created.key}\n`);
    });

  keys
    .command('list')
    .description('List keys (id, prefix, tenant, role, status, models, limits, expiry).')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--role <role>', 'only this role')
    .option('--all', 'include revoked keys')
    .option('--json', 'JSON lines instead of a table')
    .action(
      async (options: { config?: string; tenant?: string; role?: string; all?: boolean; json?: boolean }) => {
        await withSecurityContext(options.config, async (context) => {
          let cursor: string | undefined;
          do {
            const page = await context.keys.list({
              tenant: options.tenant,
              role: options.role,
              includeRevoked: options.all === true,
              limit: 500,
              cursor,
            });
            for (const key of page.items)
              process.stdout.write(`${options.json ? JSON.stringify(key) : row(key)}\n`);
            cursor = page.nextCursor;
          } while (cursor);
        });
      },
    );

  keys
    .command('revoke <id>')
    .description('Revoke a key.')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .action(async (id: string, options: { config?: string }) => {
      const done = await withSecurityContext(options.config, (context) => context.keys.revoke(id));
      if (!done) throw new Error(`no live key ${id}`);
      process.stdout.write(`revoked ${id}\n`);
    });

  keys
    .command('rotate <id>')
    .description('Issue a new secret for a key (same id, tenant, role, models, limits) and print it once.')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .action(async (id: string, options: { config?: string }) => {
      const rotated = await withSecurityContext(options.config, (context) => context.keys.rotate(id));
      if (!rotated) throw new Error(`no live key ${id}`);
      process.stderr.write(`rotated ${id}; the new key is shown once:\n`);
      process.stdout.write(`${rotated.key}\n`);
    });
}
