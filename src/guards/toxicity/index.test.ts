import { describe, expect, it } from 'vitest';
import { codesOf } from '../../detect/guard-test-kit.js';
import { toxicityGuard } from './index.js';

describe('toxicity guard', () => {
  it.each([
    'You are a worthless idiot and everyone hates you, you stupid bitch.',
    '你这个蠢货，滚出去，真是个废物！',
  ])('flags %j', async (text) => {
    expect(await codesOf(toxicityGuard, {}, text)).toContain('toxicity.toxic');
  });

  it.each([
    'Thank you so much for your help today!',
    '今天的晚饭很好吃，谢谢妈妈。',
    // An everyday plan (0.98 before the thirteenth round) and an everyday mention of girls.
    'I want to watch Jurassic Park tonight',
    "we're having a girls' weekend in Lisbon",
  ])('allows %j', async (text) => {
    expect(await codesOf(toxicityGuard, {}, text)).toEqual([]);
  });
});
