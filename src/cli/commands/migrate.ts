import type { Command } from 'commander';
import { withSecurityContext } from '../../gateway/security/cli-support.js';
import { migrateToLatest } from '../../store/index.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'Apply pending database migrations (SQLite file or PostgreSQL from database.url / PALISADE_DATABASE_URL).',
    )
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .action(async (options: { config?: string }) => {
      await withSecurityContext(
        options.config,
        async (context) => {
          const report = await migrateToLatest(context.store.db);
          const target = context.store.db.engine === 'postgres' ? 'PostgreSQL' : 'SQLite';
          process.stdout.write(
            report.applied.length > 0
              ? `${target}: applied ${report.applied.join(', ')}\n`
              : `${target}: schema is up to date\n`,
          );
        },
        { migrate: false },
      );
    });
}
