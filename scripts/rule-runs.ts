/**
 * How many rule regexes the literal pre-filter lets run (rules/prefilter.ts), per guard and language:
 * `npx tsx scripts/rule-runs.ts` builds 1,500 texts of 1 KB from the benign rows of the held-out
 * injection suites (as the cost table of npm run bench:detect does), runs each rule guard over them,
 * trusted and untrusted, and prints the regexes run per text and the rules that run most often. It
 * counts calls, not time: the figure is the same on any machine and at any commit that has the rules.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/detect/analysis.js';
import { kilobyteTexts } from '../src/detect/eval/kilobyte-texts.js';
import { compiledRules, matchRules } from '../src/detect/rules/engine.js';
import type { RuleGuard } from '../src/detect/rules/types.js';
import { exists } from '../src/detect/training/jsonl.js';
import { buildPlan } from '../src/detect/training/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasets = resolve(root, '../shared/datasets');
if (!exists(datasets)) {
  process.stderr.write(`rule-runs: datasets not found at ${datasets}\n`);
  process.exit(2);
}

const TEXTS = 1500;
const plan = buildPlan(datasets, join(root, 'data/authored'));
const benign = plan.tasks.injection.suites.flatMap((suite) => suite.rows).filter((row) => row.label === 0);

// Count each regex's runs by wrapping its exec (the engine runs the compiled rules' own objects).
const runs = new Map<string, number>();
compiledRules().forEach(({ spec, regex }, i) => {
  const name = `#${i} ${spec.code} (${spec.lang})`;
  const exec = regex.exec.bind(regex);
  regex.exec = (text: string) => {
    runs.set(name, (runs.get(name) ?? 0) + 1);
    return exec(text);
  };
});

for (const lang of ['en', 'zh'] as const) {
  const rows = benign.filter((row) => row.lang === lang);
  const norms = kilobyteTexts(rows, TEXTS).map((text) => analyze(text).norm);
  for (const guard of ['prompt-injection', 'jailbreak'] as RuleGuard[]) {
    for (const untrusted of guard === 'prompt-injection' ? [false, true] : [false]) {
      runs.clear();
      for (const norm of norms) matchRules(norm, guard, untrusted);
      const total = [...runs.values()].reduce((sum, n) => sum + n, 0);
      const top = [...runs.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([name, n]) => `${name} ${((100 * n) / norms.length).toFixed(0)} %`);
      process.stdout.write(
        `${lang} ${guard}${untrusted ? ' (untrusted)' : ''}: ${(total / norms.length).toFixed(2)} regexes per text; most: ${top.join(', ')}\n`,
      );
    }
  }
}
