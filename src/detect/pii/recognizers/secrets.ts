import type { PatternRecognizer } from '../types.js';
import { shannonEntropy } from '../validators.js';

/**
 * Secret rules written for Palisade (prefixes documented by each vendor; shapes cross-checked with
 * gitleaks' public rule set). Every rule carries keywords so it runs only when its prefix is present.
 * No npm package ships such rules as plain data (secretlint's rules are code plugins), see docs.
 */

export const PLACEHOLDER =
  /^(?:\$\{?|\{\{|<|%|process\.env|env\(|os\.environ|getenv)|(?:x{4}|\*{3}|changeme|example|placeholder|your[_-]|redacted|dummy|<[^<>]{0,64}>|\.{3})/i;

/** Values that name what they are ("my-top-secret", "authpassword") are examples, not credentials. */
export const SELF_DESCRIBING = /pass(?:word|wd)|secret|token|sample|test/i;

const SECRET_NAMES =
  '(?:password|passwd|passphrase|pwd|secret|secret_?key|api_?key|apikey|access_?token|auth_?token|client_?secret|private_?key|token|密码|口令|密钥)';
/** Printable ASCII without quotes, commas, semicolons and spaces (no CJK: "密码是123456吗" is prose). */
const SECRET_VALUE = '[!#-&(-+\\--:<-~]{8,128}';
const SECRET_KEYWORDS = [
  'pass',
  'pwd',
  'secret',
  'api_key',
  'apikey',
  'private_key',
  'privatekey',
  'token',
  '密码',
  '口令',
  '密钥',
];

/** Lower, upper, digit, symbol: how many kinds of character a value mixes. */
function strongClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

/** A generic `password = value` is a secret only if the value looks random, not like code or a placeholder. */
export function looksRandom(value: string, minEntropy = 3.0): boolean {
  if (value.length < 8 || PLACEHOLDER.test(value) || SELF_DESCRIBING.test(value)) return false;
  if (/[()[\]{}]/.test(value)) return false; // a call or an expression, not a literal
  if (/^[A-Za-z_$][A-Za-z_$.]*$/.test(value)) return false; // an identifier or member path
  if (/^(?:true|false|null|none|undefined|string|number|required|optional)$/i.test(value)) return false;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9_.-]/.test(value)) classes++; // word separators do not make a value random
  if (classes < 2) return false;
  return shannonEntropy(value) >= minEntropy;
}

const notExample = (value: string) => !/EXAMPLE|X{8,}|0{12,}/.test(value);

function rule(
  code: string,
  regex: RegExp,
  keywords: string[],
  extra: Partial<PatternRecognizer> = {},
): PatternRecognizer {
  return {
    code: `secret.${code}`,
    entity: 'secret',
    regex,
    score: 0.95,
    keywords,
    validate: notExample,
    ...extra,
  };
}

export const secretRecognizers: PatternRecognizer[] = [
  rule('aws_access_key', /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])/g, [
    'akia',
    'asia',
    'abia',
    'acca',
    'a3t',
  ]),
  rule(
    'aws_secret_key',
    /(?<=aws_?secret_?(?:access_?)?key["']?\s{0,3}[:=]\s{0,3}["']?)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
    ['aws_secret', 'awssecret'],
  ),
  rule('gcp_api_key', /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g, ['aiza']),
  rule('gcp_oauth_secret', /(?<![\w-])GOCSPX-[0-9A-Za-z_-]{28}(?![\w-])/g, ['gocspx']),
  rule('azure_storage_key', /(?<=AccountKey=)[A-Za-z0-9+/]{86}==/g, ['accountkey']),
  rule('azure_client_secret', /(?<![\w~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])/g, [
    'q~',
  ]),
  rule('github_token', /(?<![\w])gh[pousr]_[A-Za-z0-9]{36,251}(?![\w])/g, [
    'ghp_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
  ]),
  rule('github_fine_grained_token', /(?<![\w])github_pat_[A-Za-z0-9_]{82}(?![\w])/g, ['github_pat_']),
  rule('gitlab_token', /(?<![\w-])gl(?:pat|dt|ptt|rt)-[A-Za-z0-9_-]{20}(?![\w-])/g, [
    'glpat-',
    'gldt-',
    'glptt-',
    'glrt-',
  ]),
  rule('anthropic_api_key', /(?<![\w-])sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,120}(?![\w-])/g, [
    'sk-ant-',
  ]),
  rule(
    'openai_api_key',
    /(?<![\w-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![\w-])/g,
    ['sk-'],
  ),
  rule('slack_token', /(?<![\w-])xox[abposr]-[0-9A-Za-z-]{10,250}(?![\w-])/g, ['xox']),
  rule('slack_webhook', /hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}/g, [
    'hooks.slack.com',
  ]),
  rule('stripe_key', /(?<![\w])(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99}(?![\w])/g, ['_live_', '_test_']),
  rule('twilio_api_key', /(?<![\w])SK[0-9a-f]{32}(?![\w])/g, ['sk']),
  rule('sendgrid_api_key', /(?<![\w])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])/g, ['sg.']),
  rule('npm_token', /(?<![\w])npm_[A-Za-z0-9]{36}(?![\w])/g, ['npm_']),
  rule('huggingface_token', /(?<![\w])hf_[A-Za-z]{34}(?![\w])/g, ['hf_']),
  rule('telegram_bot_token', /(?<![0-9])[0-9]{8,10}:AA[0-9A-Za-z_-]{33}(?![\w-])/g, [':aa']),
  rule(
    'jwt',
    /(?<![\w-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000}(?![\w-])/g,
    ['eyj'],
  ),
  rule(
    'private_key',
    /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----/g,
    ['private key'],
    { validate: undefined, extend: (text, start, end) => [start, extendPrivateKey(text, end)] },
  ),
  rule(
    'url_credentials',
    /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:[^\s:@/]{1,128}@[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?/g,
    ['://'],
    {
      entity: 'url_credentials',
      pretest: /:\/\/[^\s:@/]{1,64}:[^\s:@/]{1,128}@/,
      validate: (value) => {
        const password = value.slice(
          value.indexOf(':', value.indexOf('://') + 3) + 1,
          value.lastIndexOf('@'),
        );
        return (
          password.length >= 3 &&
          !PLACEHOLDER.test(password) &&
          !SELF_DESCRIBING.test(password) &&
          password !== 'pwd'
        );
      },
    },
  ),
  rule(
    'connection_string_password',
    /(?<=(?:Password|Pwd)\s{0,2}=\s{0,2})[^;'"\s]{4,128}/gi,
    ['password=', 'pwd='],
    {
      validate: (value, text, start) =>
        /(?:server|data source|host|uid|user id)\s{0,2}=/i.test(
          text.slice(Math.max(0, start - 300), start),
        ) && !PLACEHOLDER.test(value),
    },
  ),
  rule(
    'basic_auth',
    /(?<=Authorization:\s{0,3}Basic\s{1,3})[A-Za-z0-9+/]{12,500}={0,2}(?![A-Za-z0-9+/=])/gi,
    ['authorization'],
    { validate: (value) => looksRandom(value, 2.5) },
  ),
  rule(
    'bearer_token',
    /(?<=Bearer\s{1,3})[A-Za-z0-9._~+/-]{20,2000}={0,2}(?![A-Za-z0-9._~+/=-])/g,
    ['bearer'],
    {
      validate: (value) => looksRandom(value, 3.2),
      score: 0.85,
    },
  ),
  rule(
    'generic_assignment',
    // The value is the last capture group (the engine reports only it), so no lookbehind is needed.
    new RegExp(
      `${SECRET_NAMES}["']?[ \\t]{0,3}(?:[:=：]|是|为|:=|=>)[ \\t]{0,3}["'\`]?(${SECRET_VALUE})`,
      'gi',
    ),
    SECRET_KEYWORDS,
    { validate: (value) => looksRandom(value), score: 0.8, group: 1 },
  ),
  rule(
    'generic_assignment',
    // "password <value>" in prose: no '=' or ':', so the value must look much more random (and not be
    // a link: "change your password https://…").
    new RegExp(`${SECRET_NAMES}[ \\t]{1,3}(${SECRET_VALUE})`, 'gi'),
    SECRET_KEYWORDS,
    {
      validate: (value) =>
        value.length >= 10 && !value.includes('://') && strongClasses(value) >= 3 && looksRandom(value, 3.2),
      score: 0.75,
      group: 1,
    },
  ),
];

/** Private key blocks extend to their END line (or over the base64 body when truncated). */
export function extendPrivateKey(text: string, end: number): number {
  const stop = text.indexOf('-----END', end);
  if (stop >= 0 && stop - end < 16_384) {
    const close = text.indexOf('-----', stop + 8);
    return close >= 0 ? close + 5 : stop + 8;
  }
  let cursor = end;
  while (cursor < text.length && cursor - end < 16_384 && /[A-Za-z0-9+/=\s]/.test(text[cursor]!)) cursor++;
  return cursor;
}
