import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import {
  createPiiDetector,
  DEFAULT_ENTITIES,
  type PiiDetector,
  RECALL_THRESHOLD,
} from '../../detect/pii/index.js';
import { resolveSecret } from '../../gateway/config-loader.js';
import { labelOf } from '../../guards/pii/labels.js';
import { hashText, maskText, redactText } from '../../guards/pii/transform.js';
import { Vault } from '../../guards/pii/vault.js';
import { csvEscape, InputError, type Progress, readCsv, readLines } from './redact-io.js';

const ACTIONS = ['mask', 'redact', 'hash', 'pseudonymize'] as const;
type Action = (typeof ACTIONS)[number];

interface RedactOptions {
  in: string;
  out: string;
  fields?: string[];
  action: string;
  entities?: string[];
  threshold: string;
  hashKey?: string;
  format?: string;
  report?: string;
  vaultOut?: string;
  skipInvalid?: boolean;
  maxLineBytes: string;
}

/** Counts per finding code, and the text transformer shared by both formats. */
class Desensitiser {
  readonly counts = new Map<string, number>();
  readonly vault = new Vault();
  values = 0;

  constructor(
    private readonly detector: PiiDetector,
    private readonly action: Action,
    private readonly hashKey: string | undefined,
  ) {}

  text(value: string): string {
    this.values++;
    const matches = this.detector.detect(value);
    if (matches.length === 0) return value;
    let out = '';
    let cursor = 0;
    for (const m of matches) {
      const original = value.slice(m.start, m.end);
      this.counts.set(m.code, (this.counts.get(m.code) ?? 0) + 1);
      out += value.slice(cursor, m.start) + this.replace(m.entity, original);
      cursor = m.end;
    }
    return out + value.slice(cursor);
  }

  private replace(entity: Parameters<typeof labelOf>[0], original: string): string {
    switch (this.action) {
      case 'mask':
        return maskText(entity, original);
      case 'hash':
        return hashText(entity, original, this.hashKey ?? '');
      case 'pseudonymize':
        return this.vault.pseudonymize(labelOf(entity), original);
      default:
        return redactText(entity);
    }
  }

  /** JSON values: strings are desensitised where the path is selected (or everywhere without --fields). */
  json(value: unknown, path: string, fields: Set<string> | undefined): unknown {
    if (typeof value === 'string') return !fields || selected(path, fields) ? this.text(value) : value;
    if (Array.isArray(value))
      return value.map((v, i) => this.json(v, path ? `${path}.${i}` : String(i), fields));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.json(v, path ? `${path}.${k}` : k, fields);
      return out;
    }
    return value;
  }
}

/** A field selects itself and everything under it; array indices are skipped in names ("messages.content"). */
function selected(path: string, fields: Set<string>): boolean {
  const parts = path.split('.').filter((p) => !/^[0-9]+$/.test(p));
  for (let i = 1; i <= parts.length; i++) if (fields.has(parts.slice(0, i).join('.'))) return true;
  return false;
}

function write(stream: WriteStream, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('Desensitise a JSONL or CSV dataset (any size, streamed) and report counts per entity type.')
    .requiredOption('--in <file>', 'input .jsonl or .csv')
    .requiredOption('--out <file>', 'output file (.jsonl, or .csv for CSV input)')
    .option('--fields <names...>', 'JSON paths or CSV columns to clean (default: every string)')
    .option('--action <action>', `one of ${ACTIONS.join(', ')}`, 'redact')
    .option(
      '--entities <names...>',
      'entities or codes to detect (default: all but location and organization)',
    )
    .option(
      '--threshold <x>',
      `minimum confidence (default ${RECALL_THRESHOLD}: for datasets a missed name costs more than an extra redaction)`,
      String(RECALL_THRESHOLD),
    )
    .option(
      '--hash-key <ref>',
      'HMAC key for --action hash as env:NAME or file:PATH (default: env PALISADE_HASH_KEY)',
    )
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .option('--report <file>', 'also write the report as JSON')
    .option('--vault-out <file>', 'with pseudonymize: write the placeholder→original map (sensitive!)')
    .option('--skip-invalid', 'write invalid JSON lines to <out>.rejected instead of stopping')
    .option('--max-line-bytes <n>', 'longest accepted line', String(16 * 1024 * 1024))
    .action(async (options: RedactOptions) => {
      if (!(ACTIONS as readonly string[]).includes(options.action)) {
        throw new Error(`--action must be one of ${ACTIONS.join(', ')}`);
      }
      const action = options.action as Action;
      // A reference, not the key itself: keys never appear in shell history or the process list.
      const hashKey = options.hashKey ? resolveSecret(options.hashKey) : process.env.PALISADE_HASH_KEY;
      if (action === 'hash' && (!hashKey || hashKey.length < 16)) {
        throw new Error('--action hash needs --hash-key (or PALISADE_HASH_KEY) of at least 16 characters');
      }
      const format = options.format ?? (/\.csv$/i.test(options.in) ? 'csv' : 'jsonl');
      if (format !== 'csv' && format !== 'jsonl') throw new Error('--format must be jsonl or csv');
      const maxLineBytes = Number(options.maxLineBytes);
      const detector = createPiiDetector({
        threshold: Number(options.threshold),
        entities: options.entities ?? DEFAULT_ENTITIES,
      });
      const work = new Desensitiser(detector, action, hashKey);
      const fields = options.fields ? new Set(options.fields) : undefined;
      const total = statSync(options.in).size;
      const progress: Progress = { bytes: 0 };
      const bar = process.stderr.isTTY
        ? new SingleBar({
            stream: process.stderr,
            format: 'redact [{bar}] {percentage}% | {rows} rows | {eta}s',
          })
        : undefined;
      bar?.start(total, 0, { rows: 0 });
      const out = createWriteStream(options.out);
      let rejected: WriteStream | undefined;
      let rows = 0;
      let rejectedRows = 0;
      const tick = () => {
        rows++;
        if (bar && rows % 200 === 0) bar.update(progress.bytes, { rows });
      };
      try {
        if (format === 'jsonl') {
          for await (const { line, number } of readLines(options.in, progress, maxLineBytes)) {
            if (line.trim() === '') continue;
            let value: unknown;
            try {
              value = JSON.parse(line);
            } catch (error) {
              if (!options.skipInvalid) {
                throw new InputError(
                  number,
                  `invalid JSON (${(error as Error).message}); ${rows} rows written before it; --skip-invalid sets such lines aside`,
                );
              }
              rejected ??= createWriteStream(`${options.out}.rejected`);
              await write(rejected, `${JSON.stringify({ line: number, text: line })}\n`);
              rejectedRows++;
              continue;
            }
            await write(out, `${JSON.stringify(work.json(value, '', fields))}\n`);
            tick();
          }
        } else {
          let header: string[] | undefined;
          const csvOut = /\.csv$/i.test(options.out);
          for await (const { fields: cells, number } of readCsv(options.in, progress, maxLineBytes)) {
            if (!header) {
              header = cells;
              if (csvOut) await write(out, `${header.map(csvEscape).join(',')}\n`);
              continue;
            }
            if (cells.length !== header.length) {
              throw new InputError(number, `${cells.length} fields where the header has ${header.length}`);
            }
            const clean = cells.map((cell, i) =>
              !fields || fields.has(header![i]!) ? work.text(cell) : cell,
            );
            if (csvOut) await write(out, `${clean.map(csvEscape).join(',')}\n`);
            else
              await write(
                out,
                `${JSON.stringify(Object.fromEntries(header.map((h, i) => [h, clean[i]])))}\n`,
              );
            tick();
          }
        }
      } finally {
        bar?.update(progress.bytes, { rows });
        bar?.stop();
        await close(out);
        if (rejected) await close(rejected);
      }
      const report = {
        input: options.in,
        output: options.out,
        action,
        rows,
        values_scanned: work.values,
        rejected_rows: rejectedRows,
        findings_by_code: Object.fromEntries([...work.counts].sort(([a], [b]) => a.localeCompare(b))),
        findings_total: [...work.counts.values()].reduce((a, b) => a + b, 0),
      };
      if (options.vaultOut && action === 'pseudonymize') {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(options.vaultOut, work.vault.serialize(), { mode: 0o600 });
      }
      if (options.report) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
      }
      const lines = [`${rows} rows, ${report.findings_total} findings (${action})`];
      for (const [code, n] of Object.entries(report.findings_by_code))
        lines.push(`  ${code.padEnd(32)} ${n}`);
      if (rejectedRows > 0) lines.push(`${rejectedRows} invalid lines set aside in ${options.out}.rejected`);
      process.stderr.write(`${lines.join('\n')}\n`);
    });
}
