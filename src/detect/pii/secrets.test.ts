import { describe, expect, it } from 'vitest';
import { createPiiDetector } from './detector.js';
import { looksRandom } from './recognizers/secrets.js';

const detector = createPiiDetector({ entities: ['secret', 'url_credentials'] });
const found = (text: string) => detector.detect(text).map((m) => [m.code, text.slice(m.start, m.end)]);

/** Fake credentials assembled at run time so the repository itself holds no secret-looking literals. */
const rnd = (alphabet: string, n: number, seed = 7) => {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[Math.floor((x / 2147483648) * alphabet.length)];
  }
  return out;
};
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${AN}_-`;
const HEX = '0123456789abcdef';

const CASES: [string, string][] = [
  ['secret.aws_access_key', `AKIA${rnd(UP, 16)}`],
  ['secret.aws_secret_key', rnd(`${AN}/+`, 40)],
  ['secret.gcp_api_key', `AIza${rnd(URLSAFE, 35)}`],
  ['secret.gcp_oauth_secret', `GOCSPX-${rnd(URLSAFE, 28)}`],
  ['secret.azure_storage_key', `${rnd(`${AN}+/`, 86)}==`],
  ['secret.azure_client_secret', `${rnd(AN, 3)}8Q~${rnd(AN, 34)}`],
  ['secret.github_token', `ghp_${rnd(AN, 36)}`],
  ['secret.github_fine_grained_token', `github_pat_${rnd(`${AN}_`, 82)}`],
  ['secret.gitlab_token', `glpat-${rnd(URLSAFE, 20)}`],
  ['secret.anthropic_api_key', `sk-ant-api03-${rnd(URLSAFE, 95)}`],
  ['secret.openai_api_key', `sk-proj-${rnd(URLSAFE, 120)}`],
  ['secret.slack_token', `xoxb-${rnd('0123456789', 12)}-${rnd(AN, 24)}`],
  ['secret.slack_webhook', `https://hooks.slack.com/services/T${rnd(UP, 10)}/B${rnd(UP, 10)}/${rnd(AN, 24)}`],
  ['secret.stripe_key', `sk_live_${rnd(AN, 32)}`],
  ['secret.twilio_api_key', `SK${rnd(HEX, 32)}`],
  ['secret.sendgrid_api_key', `SG.${rnd(URLSAFE, 22)}.${rnd(URLSAFE, 43)}`],
  ['secret.npm_token', `npm_${rnd(AN, 36)}`],
  ['secret.huggingface_token', `hf_${rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`],
  ['secret.telegram_bot_token', `123456789:AA${rnd(URLSAFE, 33)}`],
  ['secret.jwt', `eyJhbGciOiJIUzI1NiJ9.eyJ${rnd(URLSAFE, 30)}.${rnd(URLSAFE, 43)}`],
  ['secret.url_credentials', `postgres://app:${rnd(AN, 16)}@db.internal:5432`],
  ['secret.connection_string_password', rnd(AN, 14)],
  ['secret.basic_auth', `${rnd(`${AN}+/`, 24)}==`],
  ['secret.bearer_token', rnd(`${AN}._-`, 40)],
  ['secret.generic_assignment', `${rnd(AN, 12)}!#`],
];

const CONTEXT: Record<string, (value: string) => string> = {
  'secret.aws_secret_key': (v) => `aws_secret_access_key = ${v}`,
  'secret.azure_storage_key': (v) => `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${v};`,
  'secret.connection_string_password': (v) => `Server=db;User Id=app;Password=${v};`,
  'secret.basic_auth': (v) => `Authorization: Basic ${v}`,
  'secret.bearer_token': (v) => `Authorization: Bearer ${v}`,
  'secret.generic_assignment': (v) => `db_password = "${v}"`,
};

// biome-ignore-start lint/suspicious/noTemplateCurlyInString: shell-style placeholders are the point
const NEGATIVES: [string, string][] = [
  ['secret.aws_access_key', 'AKIAIOSFODNN7EXAMPLE is the documented sample'],
  ['secret.aws_secret_key', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}'],
  ['secret.gcp_api_key', 'AIza is how Google keys start'],
  ['secret.gcp_oauth_secret', 'GOCSPX- prefix only'],
  ['secret.azure_storage_key', 'AccountKey=<your key here>'],
  ['secret.azure_client_secret', 'use the Q~ notation in docs'],
  ['secret.github_token', 'ghp_ tokens are 40 characters long'],
  ['secret.github_fine_grained_token', 'github_pat_ is the prefix'],
  ['secret.gitlab_token', 'glpat-xxxxxxxx'],
  ['secret.anthropic_api_key', 'sk-ant-api03-...'],
  ['secret.openai_api_key', 'set OPENAI_API_KEY=sk-... before running'],
  ['secret.slack_token', 'xoxb- tokens'],
  ['secret.slack_webhook', 'https://hooks.slack.com/services/T000/B000/XXXX'],
  ['secret.stripe_key', 'sk_live_ keys must never be committed'],
  ['secret.twilio_api_key', 'SKU 12345 is out of stock'],
  ['secret.sendgrid_api_key', 'SG.example'],
  ['secret.npm_token', 'npm_config_cache=/tmp'],
  ['secret.huggingface_token', 'hf_hub_download(repo_id)'],
  ['secret.telegram_bot_token', 'at 12:30:45 AA battery'],
  ['secret.jwt', 'eyJ is base64 for {"'],
  ['secret.url_credentials', 'postgres://user:${DB_PASSWORD}@localhost/db'],
  ['secret.connection_string_password', 'Password=; empty in the sample'],
  ['secret.basic_auth', 'Authorization: Basic <credentials>'],
  ['secret.bearer_token', 'Authorization: Bearer ${TOKEN}'],
  ['secret.generic_assignment', 'password = getPassword(user)'],
];
// biome-ignore-end lint/suspicious/noTemplateCurlyInString: end

describe('secret rules', () => {
  for (const [code, value] of CASES) {
    it(`finds ${code}`, () => {
      const text = (CONTEXT[code] ?? ((v: string) => `config: ${v} end`))(value);
      expect(found(text).map(([c]) => c)).toContain(code);
    });
  }
  for (const [code, text] of NEGATIVES) {
    it(`ignores a non-secret for ${code}: ${JSON.stringify(text)}`, () => {
      expect(found(text).map(([c]) => c)).not.toContain(code);
    });
  }
  it('private key block spans BEGIN to END', () => {
    const body = rnd(`${AN}+/`, 64);
    const text = `key:\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n${body}\n-----END RSA PRIVATE KEY-----\nafter`;
    const [[code, value]] = found(text) as [[string, string]];
    expect(code).toBe('secret.private_key');
    expect(value.endsWith('-----END RSA PRIVATE KEY-----')).toBe(true);
  });
  it('a password written in prose ("password <value>") must look strongly random', () => {
    const value = `${rnd(AN, 10)}#!`;
    expect(found(`log in as admin with password ${value} today`).map(([c]) => c)).toContain(
      'secret.generic_assignment',
    );
    expect(found('please change your password http://t.co/abcDEF123 now')).toEqual([]);
    expect(found('reset the password tomorrow-morning please')).toEqual([]);
  });

  it('generic assignments need a random-looking literal', () => {
    expect(looksRandom('hunter2hunter2')).toBe(false);
    expect(looksRandom('options.password')).toBe(false);
    expect(looksRandom('process.env.DB_PASSWORD')).toBe(false);
    expect(looksRandom('Zr8#kP2q!vL9')).toBe(true);
  });
});
