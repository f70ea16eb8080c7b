import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompiledGuard,
  compilePolicy,
  MemorySharedState,
  policySchema,
  runStage,
  type Segment,
  type StageContext,
} from '../../core/index.js';
import { testDeps } from '../../detect/guard-test-kit.js';
import { piiGuard } from './index.js';

const policy = compilePolicy(policySchema.parse({ byCode: { 'pii.*': 'redact', 'secret.*': 'block' } }));

function build(config: unknown, sharedState = new MemorySharedState()): CompiledGuard {
  const deps = { ...testDeps(), sharedState };
  return {
    name: 'pii',
    kind: 'transform',
    stages: new Set(['input', 'output', 'tool']),
    timeoutMs: 2_000,
    check: piiGuard.create(piiGuard.configSchema.parse(config), deps),
  };
}

const user = (text: string): Segment[] => [{ path: ['messages', 0, 'content'], role: 'user', text }];
const assistant = (text: string): Segment[] => [
  { path: ['choices', 0, 'message', 'content'], role: 'assistant', text },
];
const context = (extra: Partial<StageContext> = {}): StageContext => ({
  requestId: 'r1',
  requestState: new Map(),
  ...extra,
});

const ID = '11010519491231002X';
const PSEUDO = { actions: { cn_id_card: 'pseudonymize', person: 'pseudonymize' } };

process.env.PALISADE_TEST_PII_HASH_KEY = 'a-test-key-of-sufficient-length';

describe('pii guard', () => {
  it('pseudonymises a Chinese ID card on input and restores it on output', async () => {
    const guard = build(PSEUDO);
    const ctx = context();
    const input = await runStage([guard], 'input', user(`我的身份证号是${ID}，请帮我查询`), ctx, policy);
    // The finding's replacement is the placeholder, so a policy `redact` decision changes nothing.
    expect(['allow', 'redact']).toContain(input.action);
    expect(input.segments[0]!.text).toBe('我的身份证号是<ID_CARD_1>，请帮我查询');
    expect(input.findings.map((f) => f.code)).toEqual(['pii.cn_id_card']);
    expect(JSON.stringify(input.findings)).not.toContain(ID.slice(0, 12));

    const output = await runStage([guard], 'output', assistant('已收到 <ID_CARD_1> 的查询。'), ctx, policy);
    expect(output.segments[0]!.text).toBe(`已收到 ${ID} 的查询。`);
    expect(output.findings).toEqual([]);
  });

  it('masks, redacts and hashes through the policy redact action', async () => {
    const guard = build({
      actions: { cn_mobile: 'mask', email: 'redact', cn_id_card: 'hash' },
      hashKey: 'env:PALISADE_TEST_PII_HASH_KEY',
    });
    const result = await runStage(
      [guard],
      'input',
      user(`电话13812345678 邮箱a.b@example.com 证件${ID}`),
      context(),
      policy,
    );
    const text = result.segments[0]!.text;
    expect(text).toContain('138****5678');
    expect(text).toContain('[EMAIL]');
    expect(text).toMatch(/证件\[ID_CARD:[0-9a-f]{12}\]/);
    expect(result.action).toBe('redact');
  });

  it('block action reports a critical finding; secrets default to the policy', async () => {
    const guard = build({ actions: { secret: 'block' } });
    const key = `AKIA${'QWERTYUIOPASDFGH'}`;
    const result = await runStage([guard], 'input', user(`my key is ${key}`), context(), policy);
    expect(result.action).toBe('block');
    expect(result.findings[0]!.severity).toBe('critical');
    expect(result.findings[0]!.message).not.toContain(key);
  });

  it('reports personal data the model emits that the user did not introduce', async () => {
    const guard = build(PSEUDO);
    const ctx = context();
    await runStage([guard], 'input', user('my email is me@example.com'), ctx, policy);
    const output = await runStage(
      [guard],
      'output',
      assistant('Noted me@example.com. Also contact ceo@corp.example.org.'),
      ctx,
      policy,
    );
    expect(output.findings.map((f) => f.code)).toEqual(['pii.email']);
    expect(output.findings[0]!.message).toContain('not introduced by the user');
    expect(output.segments[0]!.text).toBe('Noted me@example.com. Also contact [EMAIL].');
  });

  it('keeps placeholders consistent across the turns of a conversation (shared state)', async () => {
    const shared = new MemorySharedState();
    const guard = build({ ...PSEUDO, vault: { scope: 'conversation', ttlSeconds: 60 } }, shared);
    const first = await runStage(
      [guard],
      'input',
      user(`身份证${ID}`),
      context({ conversationId: 'c1' }),
      policy,
    );
    expect(first.segments[0]!.text).toBe('身份证<ID_CARD_1>');
    const secondCtx = context({ conversationId: 'c1', requestId: 'r2' });
    const second = await runStage(
      [guard],
      'input',
      user(`再查一次${ID}，以及44052419850101001X`),
      secondCtx,
      policy,
    );
    expect(second.segments[0]!.text).toBe('再查一次<ID_CARD_1>，以及<ID_CARD_2>');
    const out = await runStage([guard], 'output', assistant('<ID_CARD_1> 已查'), secondCtx, policy);
    expect(out.segments[0]!.text).toBe(`${ID} 已查`);
  });

  it('restores complete placeholders in a streamed window', async () => {
    const guard = build(PSEUDO);
    const ctx = context();
    await runStage([guard], 'input', user(`证件${ID}`), ctx, policy);
    const window = await runStage(
      [guard],
      'output',
      assistant('结果：<ID_CARD_1> 正常'),
      { ...ctx, streaming: true, final: false },
      policy,
    );
    expect(window.segments[0]!.text).toBe(`结果：${ID} 正常`);
  });

  it('tool stage: pseudonymises tool results in the request, restores tool-call arguments in the response', async () => {
    const guard = build(PSEUDO);
    const ctx = context();
    await runStage([guard], 'input', user(`证件${ID}`), ctx, policy);
    const result: Segment[] = [
      { path: ['messages', 2, 'content'], role: 'tool', text: '查询到 44052419850101001X 的记录' },
    ];
    const toolIn = await runStage([guard], 'tool', result, ctx, policy);
    expect(toolIn.segments[0]!.text).toBe('查询到 <ID_CARD_2> 的记录');
    const call: Segment[] = [
      {
        path: ['choices', 0, 'message', 'tool_calls', 0, 'function', 'arguments'],
        role: 'tool',
        text: '{"id":"<ID_CARD_1>"}',
      },
    ];
    const toolOut = await runStage([guard], 'tool', call, ctx, policy);
    expect(toolOut.segments[0]!.text).toBe(`{"id":"${ID}"}`);
  });

  it('round trip: pseudonymise then restore gives the original text', async () => {
    const samples = [
      ID,
      '13812345678',
      'zhang.wei@example.com',
      '张伟',
      'Elizabeth Hanson',
      '4111 1111 1111 1111',
    ];
    const guard = build({ defaultAction: 'pseudonymize', detectOutput: false });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 12 })), { maxLength: 8 }),
        async (parts) => {
          const text = parts.join(' ');
          fc.pre(!text.includes('<'));
          const ctx = context();
          const input = await runStage([guard], 'input', user(text), ctx, policy);
          const output = await runStage([guard], 'output', assistant(input.segments[0]!.text), ctx, policy);
          expect(output.segments[0]!.text).toBe(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects the hash action without a key', () => {
    expect(() => piiGuard.configSchema.parse({ defaultAction: 'hash' })).toThrow(/hashKey/);
    // Keys never sit in config files: only env:/file: references are accepted.
    expect(() =>
      piiGuard.configSchema.parse({ defaultAction: 'hash', hashKey: 'a-literal-key-of-some-length' }),
    ).toThrow(/secret reference/);
  });
});
