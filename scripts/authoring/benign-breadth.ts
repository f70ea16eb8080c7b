/**
 * Writes data/authored/train-benign-breadth.jsonl: benign user messages (EN, ZH), label 0, in styles the
 * benign training sets under-represent: instruction-dataset tasks ("given X, do Y"), searches for oddly
 * titled books, songs and films, chit-chat about celebrities and directors, short colloquial chat replies,
 * tickets, travel and app customer service, dark-but-factual history, medicine and forensics questions,
 * and everyday words that overlap with harm vocabulary (kill a process, pet euthanasia cost, ransomware
 * clean-up). Hand-written rows from scripts/authoring/benign-breadth/ plus a deterministic combinatorial
 * share (fixed seed). Rows already in train-benign.jsonl are skipped.
 * Run: npx tsx scripts/authoring/benign-breadth.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/detect/classifier/trainer.js';
import { AuthoredFile, type Lang } from './authored-file.js';
import { EN_BREADTH_HAND, EN_BREADTH_HAND_2, EN_BREADTH_LONG } from './benign-breadth/en-hand.js';
import * as E from './benign-breadth/en-parts.js';
import { ZH_BREADTH_HAND, ZH_BREADTH_HAND_2, ZH_BREADTH_LONG } from './benign-breadth/zh-hand.js';
import * as Z from './benign-breadth/zh-parts.js';
import { shuffle, typo } from './seeded.js';

/** Dedup key: case, spacing and punctuation do not make a new prompt. */
const norm = (t: string) => t.toLowerCase().replace(/[\s\p{P}]+/gu, '');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const existing = new Set(
  readFileSync(join(root, 'data/authored/train-benign.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => norm((JSON.parse(l) as { text: string }).text)),
);

const file = new AuthoredFile('train-benign-breadth.jsonl', norm);
const add = (text: string, lang: Lang, topic: string) => {
  if (!existing.has(norm(text))) file.add(text, 0, lang, `benign:${topic}`);
};

function lines(block: string, lang: Lang): void {
  for (const line of block.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    add(line.slice(bar + 1).replaceAll('\\n', '\n'), lang, line.slice(0, bar));
  }
}

const random = mulberry32(20260517);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const fill = (frame: string, slots: Record<string, string>) =>
  frame.replace(/\{([A-Z])\}/g, (_, s: string) => slots[s] ?? '');

/** Every (frame, filler) combination, shuffled, first n. */
function combos<T>(frames: readonly string[], fillers: readonly T[], n: number): [string, T][] {
  const all: [string, T][] = [];
  for (const f of frames) for (const x of fillers) all.push([f, x]);
  return shuffle(random, all).slice(0, n);
}

const EN_OPENERS = ['hey ', 'quick question, ', 'um ', 'Hi! ', 'so ', 'ok so ', 'hello, ', 'yo '];
const EN_CLOSERS = [' thanks', ' pls', '??', ' lol', ' thx', ' please', ' asap', ' :)'];

/** Register noise for short English requests: openers, closers, lower case, typos, capitals. */
function styleEn(text: string): string {
  let t = text;
  const r = random();
  if (r < 0.12) t = pick(EN_OPENERS) + t.charAt(0).toLowerCase() + t.slice(1);
  else if (r < 0.22) t = t.replace(/[.?!]$/, '') + pick(EN_CLOSERS);
  else if (r < 0.3) t = t.charAt(0).toUpperCase() + t.slice(1) + (/[.?!]$/.test(t) ? '' : '?');
  if (random() < 0.15) t = t.toLowerCase().replace(/[.?]$/, '');
  if (random() < 0.1) t = typo(random, t, 5);
  return t;
}

const ZH_OPENERS = ['请问', '问一下，', '你好，', '那个，', '对了，', '哎，', '我想问问', '想知道'];
const ZH_CLOSERS = ['呀', '啊', '？？', '，谢谢', '，急', '，有人知道吗', '？'];
function styleZh(text: string): string {
  const r = random();
  if (r < 0.15) return pick(ZH_OPENERS) + text;
  if (r < 0.3) {
    const base = text.replace(/[。？?！]$/u, '');
    // 呀 / 啊 do not follow a question particle.
    const closer = /[吗呢吧]$/u.test(base) ? pick(ZH_CLOSERS.slice(2)) : pick(ZH_CLOSERS);
    return base + closer;
  }
  return text;
}

// English.
lines(EN_BREADTH_HAND, 'en');
lines(EN_BREADTH_HAND_2, 'en');
for (const [topic, text] of EN_BREADTH_LONG) add(text, 'en', topic);

for (const [frames, inputs] of E.EN_TASKS) {
  // Each input once or twice, with different frames; long inputs keep their formal shape.
  for (const [frame, input] of combos(frames, inputs, Math.ceil(inputs.length * 1.6))) {
    const text = fill(frame, { X: input });
    add(random() < 0.15 ? text.toLowerCase() : text, 'en', 'task-instruction');
  }
}
for (const [frame, [title, kind]] of combos(
  E.EN_MEDIA_FRAMES,
  E.EN_TITLES.flatMap((t) => E.EN_MEDIA_KINDS.map((k) => [t, k] as const)),
  190,
))
  add(styleEn(fill(frame, { T: title, K: kind })), 'en', 'media-search');
for (const [frame, person] of combos(E.EN_PEOPLE_FRAMES, E.EN_PEOPLE, 170))
  add(styleEn(fill(frame, { P: person })), 'en', 'chitchat-people');
for (const [frame, film] of combos(E.EN_FILM_FRAMES, E.EN_FILMS, 110))
  add(styleEn(fill(frame, { F: film })), 'en', 'film-trivia');
for (const [frame, [rel, dish]] of combos(
  E.EN_RESTAURANT_FRAMES,
  E.EN_RELATIVES.flatMap((r) => E.EN_DISHES.map((d) => [r, d] as const)),
  80,
))
  add(styleEn(fill(frame, { R: rel, D: dish })), 'en', 'restaurant');
for (const [frame, city] of combos(E.EN_CITY_FRAMES, E.EN_CITIES, 90))
  add(styleEn(fill(frame, { C: city })), 'en', 'travel-weather');
const hours = ['7am', '8:30', 'noon', '5pm', '6:15 pm', '9 tonight', '10:45'];
for (const [frame, act] of combos(E.EN_ERRANDS, E.EN_ERRAND_ACTS, 50))
  add(
    styleEn(fill(frame, { A: act, H: pick(hours), N: String(3 + Math.floor(random() * 40)) })),
    'en',
    'reminders',
  );
for (const [frame, fillers] of E.EN_VOCAB)
  for (const x of fillers) add(styleEn(fill(frame, { X: x })), 'en', 'harm-vocab');
for (const q of E.EN_DARK_FACTS) add(styleEn(q), 'en', 'dark-benign');
for (const [frame, topic] of combos(E.EN_TRIVIA_FRAMES, E.EN_TRIVIA_TOPICS, 70))
  add(styleEn(fill(frame, { X: topic })), 'en', 'explain');

// Chinese.
lines(ZH_BREADTH_HAND, 'zh');
lines(ZH_BREADTH_HAND_2, 'zh');
for (const [topic, text] of ZH_BREADTH_LONG) add(text, 'zh', topic);

for (const [frame, [name, pron]] of combos(Z.ZH_PEOPLE_FRAMES, Z.ZH_PEOPLE, 230)) {
  // Sometimes the name is already in context and only the pronoun is used.
  const who = random() < 0.25 && !frame.includes('{P}') ? pron : name;
  add(styleZh(fill(frame, { N: who, P: pron, S: pron === '他' ? '老婆' : '老公' })), 'zh', 'people-zh');
}
for (const [frame, film] of combos(Z.ZH_FILM_FRAMES, Z.ZH_FILMS, 200))
  add(styleZh(fill(frame, { F: film })), 'zh', 'film-zh');
for (const [frame, song] of combos(Z.ZH_SONG_FRAMES, Z.ZH_SONGS, 70))
  add(styleZh(fill(frame, { G: song })), 'zh', 'music-zh');
for (const [frame, spot] of combos(Z.ZH_SPOT_FRAMES, Z.ZH_SPOTS, 150))
  add(styleZh(fill(frame, { X: spot })), 'zh', 'travel-zh');
for (const [frame, app] of combos(Z.ZH_APP_FRAMES, Z.ZH_APPS, 100))
  add(styleZh(fill(frame, { A: app })), 'zh', 'life-zh');
for (const [frame, symptom] of combos(Z.ZH_SYMPTOM_FRAMES, Z.ZH_SYMPTOMS, 60))
  add(styleZh(fill(frame, { Y: symptom })), 'zh', 'health-zh');
for (const [frames, inputs] of Z.ZH_TASKS)
  for (const [frame, input] of combos(frames, inputs, Math.ceil(inputs.length * 1.8)))
    add(fill(frame, { X: input }), 'zh', 'task-zh');
for (const q of Z.ZH_DARK_FACTS) add(styleZh(q), 'zh', 'dark-benign-zh');
for (const line of Z.ZH_TRADITIONAL) add(line, 'zh', 'traditional-zh');

file.write();
