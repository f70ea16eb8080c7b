/**
 * Writes data/authored/train-bare-terms.jsonl: benign rows, label 0, that name a kind of personal data
 * or credential alone or in a short lookup ("身份证号码", "银行卡号", "密码", "验证码是什么意思", "home
 * address", "social security number format"), in Chinese and English.
 *
 * Why: the models learned these nouns from requests for other people's data and from injections that
 * ask for passwords, and a text of one or two words has few features, each weighing heavily (see
 * classifier/features.ts), so the bare noun scored like the request: "身份证号码" 0.96 as injection and
 * 0.97 as harmful, "密码" 0.96 as injection, "home address" 0.99 as harmful (probes of our own, eleventh
 * round). A bare noun asks for nothing.
 *
 * Content: scripts/authoring/bare-terms/terms.ts. Each term alone, then three lookups drawn with a
 * fixed seed from its language's frames (a `{u}` frame pairs it with the next term). Rows already in
 * (or equal up to case and punctuation to a row of) another data/authored/train*.jsonl file are
 * skipped. Deterministic.
 * Run: npx tsx scripts/authoring/bare-terms.ts
 */
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, dedupKey, existingTexts, type Lang } from './authored-file.js';
import { EN_FRAMES, EN_TERMS, ZH_FRAMES, ZH_TERMS } from './bare-terms/terms.js';

const OUT = 'train-bare-terms.jsonl';
const CATEGORY = 'benign:bare-terms';
const LOOKUPS_PER_TERM = 3;

const existing = existingTexts({ exclude: OUT, key: dedupKey });
const file = new AuthoredFile(OUT, dedupKey);
const random = mulberry32(20261122);

function write(lang: Lang, terms: readonly string[], frames: readonly string[]): void {
  terms.forEach((term, index) => {
    // A `{u}` frame compares the term with its neighbour in the list, a related one.
    const other = terms[(index + 1) % terms.length] ?? term;
    const add = (text: string) => !existing.has(dedupKey(text)) && file.add(text, 0, lang, CATEGORY);
    add(term);
    let added = 0;
    for (let tries = 0; added < LOOKUPS_PER_TERM && tries < 20; tries++) {
      const frame = frames[Math.floor(random() * frames.length)] ?? '{t}';
      if (add(frame.replace('{t}', term).replace('{u}', other))) added++;
    }
  });
}

write('zh', ZH_TERMS, ZH_FRAMES);
write('en', EN_TERMS, EN_FRAMES);
file.write();
