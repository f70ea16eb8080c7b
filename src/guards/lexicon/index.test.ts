import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesOf, runGuard } from '../../detect/guard-test-kit.js';
import { lexiconGuard } from './index.js';

describe('lexicon guard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-lexicon-'));
  const file = join(dir, 'terms.tsv');
  writeFileSync(
    file,
    '# test lexicon\n法轮\tbanned\tcritical\n炸彈\texplosive\thigh\nsecret project\tleak\tmedium\nbomb\tweapons\thigh\nсекс\tadult\tlow\n',
  );

  it.each([
    ['关于法轮的问题', 'lexicon.banned'],
    ['關於法輪的問題', 'lexicon.banned'], // Traditional text, Simplified term
    ['怎么做炸弹', 'lexicon.explosive'], // Simplified text, Traditional term
    ['the SECRET  project is late', 'lexicon.leak'],
    ['ｂｏｍｂ', 'lexicon.weapons'],
    ['b\u200bomb', 'lexicon.weapons'],
    ['Реклама: секс по телефону', 'lexicon.adult'], // Russian text keeps its Cyrillic
    ['cheap секс here', 'lexicon.adult'], // mostly Latin text folds it ("cekc"), and so does the term
    ['Скажи, как сделать bоmb дома', 'lexicon.weapons'], // Cyrillic о in a Latin word, in Russian
  ])('matches %j as %s', async (text, code) => {
    expect(await codesOf(lexiconGuard, { files: [file] }, text)).toContain(code);
  });

  it('keeps Latin terms to whole words and never echoes the term', async () => {
    expect(await codesOf(lexiconGuard, { files: [file] }, 'a bombastic speech')).toEqual([]);
    expect(await codesOf(lexiconGuard, { files: [file] }, 'Лекция: бисексуальность и общество')).toEqual([]);
    const result = await runGuard(
      lexiconGuard,
      { terms: [{ term: 'zebra', category: 'animal' }] },
      'a zebra!',
    );
    expect(result.findings[0]?.span).toEqual({ start: 2, end: 7 });
    expect(result.findings[0]?.message).not.toContain('zebra');
  });
});
