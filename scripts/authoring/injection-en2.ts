/**
 * Writes data/authored/train-injection-en2.jsonl: a second English (plus about a fifth Chinese) file
 * of prompt injections and jailbreaks in families the first file covers thinly — mid-task switches
 * without "ignore", context and data exfiltration without "system prompt", policy-off and mode claims,
 * split answers, emotional and story wrappers, refusal and lecture suppression, claimed authority,
 * disguised instructions (ciphers, reversals, acrostics, base64, split tokens) and instructions planted
 * in documents — each with hard negatives that share its vocabulary but not its intent.
 * Mostly whole hand-written sentences from scripts/authoring/injection-en2/, with a seeded minority of
 * frame × slot rows; deterministic, and rows already in another data/authored file are skipped.
 * Run: npx tsx scripts/authoring/injection-en2.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, existingTexts } from './authored-file.js';
import { cipher } from './injection-en2/cipher.js';
import { dual } from './injection-en2/dual.js';
import { exfil } from './injection-en2/exfil.js';
import { impersonation } from './injection-en2/impersonation.js';
import { noLecture } from './injection-en2/no-lecture.js';
import { planted } from './injection-en2/planted.js';
import { policyOff } from './injection-en2/policy-off.js';
import { story } from './injection-en2/story.js';
import { taskSwitch } from './injection-en2/task-switch.js';
import type { Candidate } from './injection-en2/util.js';
import { zhExfil } from './injection-en2/zh-exfil.js';
import { zhSwitch } from './injection-en2/zh-switch.js';
import { zhWrap } from './injection-en2/zh-wrap.js';
import { type Rng, typo } from './seeded.js';

const NAME = 'train-injection-en2.jsonl';
const lower = (t: string) => t.toLowerCase();

/** Texts (lower-cased) already in any other authored file, train or not; eval files are never opened. */
const existing = existingTexts({ exclude: NAME, key: lower, files: 'all-but-eval' });

const r = mulberry32(20260419);
const file = new AuthoredFile(NAME, lower);

/**
 * Register variation for short single-line English rows of either label alike: mostly as written,
 * sometimes lower-case without the final stop, sometimes one typo, rarely all caps. Documents, code,
 * URLs and disguised text are left exactly as written.
 */
function register(g: Rng, t: string): string {
  if (t.includes('\n') || /https?:|[{}<>=@]|\.example/.test(t)) return t;
  const x = g();
  if (x < 0.1) return t.toLowerCase().replace(/[.!]$/, '');
  if (x < 0.17) return typo(g, t, 6);
  if (x < 0.2 && t.length < 90) return t.toUpperCase();
  return t;
}

const families: readonly ((g: Rng) => Candidate[])[] = [
  taskSwitch,
  exfil,
  policyOff,
  dual,
  story,
  noLecture,
  impersonation,
  cipher,
  planted,
  zhSwitch,
  zhExfil,
  zhWrap,
];

let skipped = 0;
for (const family of families) {
  for (const c of family(r)) {
    let text = c.text.replace(/[ \t]+/g, ' ').trim();
    if (c.lang === 'en' && !c.category.includes('cipher')) text = register(r, text);
    if (existing.has(text.toLowerCase())) {
      skipped++;
      continue;
    }
    file.add(text, c.label, c.lang, c.category);
  }
}

file.write();
file.printCategories();
process.stdout.write(`  skipped (already authored elsewhere): ${skipped}\n`);
