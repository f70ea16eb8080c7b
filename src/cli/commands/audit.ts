import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { exportJsonl } from '../../audit/export.js';
import { purgeAudit } from '../../audit/purge.js';
import { verifyAudit } from '../../audit/verify.js';
import { parseInstantOrAgo, withSecurityContext } from '../../gateway/security/cli-support.js';

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('Verify, export and purge the tamper-evident audit log.');

  audit
    .command('verify')
    .description('Check every hash chain; prints the first broken link and fails if there is one.')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .action(async (options: { config?: string }) => {
      const report = await withSecurityContext(options.config, (context) =>
        verifyAudit(context.store, context.chainKey),
      );
      if (report.ok) {
        process.stdout.write(`audit log verified: ${report.chains} chains, ${report.events} events\n`);
        return;
      }
      const b = report.broken!;
      process.stdout.write(
        `audit log BROKEN at chain ${b.chain} seq ${b.seq}${b.eventId ? ` (event ${b.eventId})` : ''}: ${b.reason}\n`,
      );
      throw new Error('audit verification failed');
    });

  audit
    .command('export')
    .description('Export events as JSON lines, oldest first (for a SIEM).')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .requiredOption('--since <time>', 'ISO 8601 time or a duration back from now (24h, 30d)')
    .option('--format <format>', 'output format (jsonl)', 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--include-content', 'decrypt stored prompt/response content (needs the audit keys)')
    .action(
      async (options: {
        config?: string;
        since: string;
        format: string;
        out?: string;
        includeContent?: boolean;
      }) => {
        if (options.format !== 'jsonl') throw new Error('--format supports jsonl only');
        const since = parseInstantOrAgo(options.since);
        const out = options.out ? createWriteStream(options.out, { mode: 0o600 }) : process.stdout;
        await withSecurityContext(options.config, async (context) => {
          const cipher = options.includeContent ? context.cipher : undefined;
          if (options.includeContent && !cipher) throw new Error('no audit.encryption.keys configured');
          for await (const line of exportJsonl(context.store, since, { cipher })) {
            if (!out.write(line)) await once(out, 'drain');
          }
        });
        if (options.out) await new Promise<void>((resolve) => out.end(resolve));
      },
    );

  audit
    .command('purge')
    .description('Delete events older than a time, keeping signed checkpoints so the chains still verify.')
    .option('-c, --config <file>', 'config file (YAML or JSON)')
    .option('--before <time>', 'ISO 8601 time or a duration back from now (90d); default audit.retentionDays')
    .action(async (options: { config?: string; before?: string }) => {
      const deleted = await withSecurityContext(options.config, async (context, config) => {
        const before = options.before
          ? parseInstantOrAgo(options.before)
          : config.audit.retentionDays
            ? Date.now() - config.audit.retentionDays * 86_400_000
            : undefined;
        if (before === undefined) throw new Error('give --before or set audit.retentionDays');
        return purgeAudit(context.store, context.chainKey, before);
      });
      process.stdout.write(`purged ${deleted} events\n`);
    });
}
