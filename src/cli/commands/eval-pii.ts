import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  classOfGold,
  PRESIDIO_MAPPING,
  PRESIDIO_UNSCORED,
  type Scores,
  SpanEvaluator,
} from '../../detect/pii/evaluate.js';
import { createPiiDetector, PRECISE_THRESHOLD, RECALL_THRESHOLD } from '../../detect/pii/index.js';
import { InputError, readLines } from './redact-io.js';

const recordSchema = z.object({
  full_text: z.string(),
  spans: z
    .array(
      z.object({
        entity_type: z.string().min(1),
        start_position: z.number().int().min(0),
        end_position: z.number().int().min(0),
      }),
    )
    .default([]),
});
type PresidioRecord = z.infer<typeof recordSchema>;

interface EvalPiiOptions {
  data: string;
  json?: boolean;
  threshold: string;
}

/** A JSON array (read whole) or JSON Lines (streamed); errors name the record or line. */
async function* readRecords(path: string): AsyncGenerator<{ record: PresidioRecord; where: string }> {
  if (firstNonSpace(path) === '[') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: invalid JSON array: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array`);
    for (const [index, item] of parsed.entries())
      yield { record: parse(item, `record ${index}`), where: `record ${index}` };
    return;
  }
  for await (const { line, number } of readLines(path)) {
    if (line.trim() === '') continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (error) {
      throw new InputError(number, `invalid JSON: ${(error as Error).message}`);
    }
    yield { record: parse(item, `line ${number}`), where: `line ${number}` };
  }
}

function firstNonSpace(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
      .charAt(0);
  } finally {
    closeSync(fd);
  }
}

function parse(item: unknown, where: string): PresidioRecord {
  const result = recordSchema.safeParse(item);
  if (!result.success) {
    throw new Error(
      `${where}: not a Presidio record ({full_text, spans:[{entity_type, start_position, end_position}]}): ${result.error.issues[0]?.message}`,
    );
  }
  for (const span of result.data.spans) {
    if (span.end_position > result.data.full_text.length || span.start_position > span.end_position) {
      throw new Error(`${where}: span ${span.start_position}..${span.end_position} is outside the text`);
    }
  }
  return result.data;
}

const pct = (x: number) => x.toFixed(3).padStart(7);

function row(name: string, s: Scores): string {
  return `${name.padEnd(20)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${pct(s.f2)} ${String(s.support).padStart(8)}`;
}

export function registerEvalPii(program: Command): void {
  program
    .command('eval-pii')
    .description(
      'Span-level precision, recall, F1 and F2 of the PII recognizers on a Presidio-format file (JSON array or JSONL).',
    )
    .requiredOption(
      '--data <file>',
      'records {full_text, spans:[{entity_type, start_position, end_position}]}',
    )
    .option('--json', 'print one JSON object with overall and per_entity')
    .option(
      '--threshold <x>',
      `minimum confidence (default ${RECALL_THRESHOLD}, the recall operating point; the guard uses ${PRECISE_THRESHOLD})`,
      String(RECALL_THRESHOLD),
    )
    .action(async (options: EvalPiiOptions) => {
      const threshold = Number(options.threshold);
      if (!(threshold >= 0 && threshold <= 1)) throw new Error('--threshold must be between 0 and 1');
      const detector = createPiiDetector({ threshold });
      const evaluator = new SpanEvaluator();
      const records: PresidioRecord[] = [];
      for await (const { record } of readRecords(options.data)) records.push(record);
      // Only classes that the gold data uses are scored: a Presidio set without IDs cannot judge ID predictions.
      const scored = new Set(
        records.flatMap((r) =>
          r.spans.map((s) => classOfGold(s.entity_type)).filter((c): c is string => !!c),
        ),
      );
      const unscoredTypes = new Set<string>();
      const started = performance.now();
      for (const record of records) {
        for (const s of record.spans) if (!classOfGold(s.entity_type)) unscoredTypes.add(s.entity_type);
        const gold = record.spans.map((s) => ({
          label: s.entity_type,
          start: s.start_position,
          end: s.end_position,
        }));
        evaluator.add(gold, detector.detect(record.full_text), scored);
      }
      const usPerRecord = records.length ? ((performance.now() - started) * 1000) / records.length : 0;
      const overall = evaluator.overall();
      const perEntity = evaluator.perClass();
      if (options.json) {
        const out = {
          records: records.length,
          matching: 'same class, overlapping span',
          overall,
          per_entity: perEntity,
          unscored_entity_types: [...unscoredTypes].sort(),
          us_per_record: Math.round(usPerRecord),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const lines = [
        `${records.length} records; matching: same class, overlapping span; threshold ${threshold}`,
        `${'entity'.padEnd(20)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'f1'.padStart(7)} ${'f2'.padStart(7)} ${'support'.padStart(8)}`,
        ...Object.entries(perEntity).map(([name, s]) => row(name, s)),
        row('overall', overall),
        `exact-boundary F1 ${overall.exactF1.toFixed(3)}; ${Math.round(usPerRecord)} µs per record`,
      ];
      if (unscoredTypes.size > 0) lines.push(`not scored: ${[...unscoredTypes].sort().join(', ')}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

export { PRESIDIO_MAPPING, PRESIDIO_UNSCORED };
