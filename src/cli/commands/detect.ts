import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Command, Option } from 'commander';
import { type Finding, MemorySharedState, SEGMENT_ROLES, type SegmentRole } from '../../core/index.js';
import { resolveSecret } from '../../gateway/config-loader.js';
import { GUARD_REGISTRY } from '../../guards/registry.js';

/** Guards `palisade detect` runs by default (lexicon needs --lexicon files). */
export const DETECTION_GUARDS = [
  'prompt-injection',
  'jailbreak',
  'harmful-request',
  'toxicity',
  'hidden-text',
] as const;

/** The package's own models directory (works from src/ with tsx and from dist/). */
export const PACKAGE_MODELS_DIR = fileURLToPath(new URL('../../../models', import.meta.url));

const silent = { debug() {}, info() {}, warn() {}, error() {} };

export interface DetectionRun {
  findings: Finding[];
  microseconds: number;
}

/** Builds the named guards once (default config) and returns a function that runs them on a text. */
export function buildDetection(
  ids: readonly string[],
  modelsDir: string,
  lexiconFiles: readonly string[] = [],
): (text: string, role: SegmentRole) => Promise<DetectionRun> {
  const deps = { logger: silent, modelsDir, sharedState: new MemorySharedState(), resolveSecret };
  const checks = ids.map((id) => {
    const definition = GUARD_REGISTRY.get(id);
    if (!definition)
      throw new Error(`unknown guard "${id}" (known: ${[...GUARD_REGISTRY.keys()].join(', ')})`);
    const raw = id === 'lexicon' ? { files: lexiconFiles } : {};
    return definition.create(definition.configSchema.parse(raw), deps);
  });
  return async (text, role) => {
    const segments = [{ path: ['input'], role, text }];
    const ctx = {
      requestId: 'cli',
      stage: 'input' as const,
      signal: new AbortController().signal,
      requestState: new Map(),
    };
    const started = performance.now();
    const findings: Finding[] = [];
    for (const check of checks) findings.push(...(await check(segments, ctx)).findings);
    return { findings, microseconds: (performance.now() - started) * 1000 };
  };
}

export function readInput(text: string | undefined): string {
  if (text === undefined || text === '-') return readFileSync(0, 'utf8');
  return text;
}

function table(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings\n';
  const rows = findings.map((f) => [
    f.source,
    f.code,
    f.severity,
    f.score === undefined ? '' : f.score.toFixed(3),
    f.span ? `${f.span.start}-${f.span.end}` : '',
    f.message,
  ]);
  const header = ['guard', 'code', 'severity', 'score', 'span', 'message'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('Run the detection guards on a text (argument, or "-" / nothing for stdin).')
    .argument('[text]', 'text to scan; "-" reads stdin')
    .option('--json', 'print findings as JSON')
    .option('--guard <ids...>', 'guards to run', [...DETECTION_GUARDS])
    .option('--lexicon <files...>', 'lexicon files (enables the lexicon guard)')
    .addOption(new Option('--role <role>', 'segment role of the text').choices(SEGMENT_ROLES).default('user'))
    .option('--models <dir>', 'models directory', PACKAGE_MODELS_DIR)
    .action(
      async (
        text: string | undefined,
        options: { json?: boolean; guard: string[]; lexicon?: string[]; role: SegmentRole; models: string },
      ) => {
        const ids = options.lexicon ? [...options.guard, 'lexicon'] : options.guard;
        const run = buildDetection(ids, options.models, options.lexicon ?? []);
        const result = await run(readInput(text), options.role);
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ findings: result.findings, us: Math.round(result.microseconds) })}\n`,
          );
        } else process.stdout.write(table(result.findings));
      },
    );
}
