import { z } from 'zod';
import { configSchema, ERROR_CATALOG } from '../src/core/index.js';

/** Generated reference files: path → content. `npm run docs` writes them; a test checks for drift. */
export function referenceDocs(): Record<string, string> {
  const rows = Object.entries(ERROR_CATALOG).map(
    ([code, spec]) => `| \`${code}\` | ${spec.status} | \`${spec.type}\` | ${spec.message} |`,
  );
  const errors = [
    '# Error codes',
    '',
    '<!-- Generated from src/core/errors.ts by `npm run docs`; a test fails when this file drifts. -->',
    '',
    'Every error the gateway returns has a stable code. OpenAI-compatible routes (`/v1/*`, `/admin/*`) answer',
    'with the OpenAI error envelope `{"error":{"type","code","message","request_id"}}`, so every OpenAI SDK',
    'raises a typed error; Ollama-native routes (`/api/*`) answer `{"error":"<message>","code","type","request_id"}`',
    'because Ollama clients read `error` as a string. Blocked requests add `findings` (codes only by default,',
    'see `policy.exposeFindings`). A stream cut by an output guard ends with one error event in the stream’s own',
    'format (an SSE `data: {"error":…}` event, or an NDJSON `{"error":…}` line).',
    '',
    '| code | HTTP status | type | meaning |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  const schema = `${JSON.stringify(z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
  return { 'docs/reference/errors.md': errors, 'docs/reference/config.schema.json': schema };
}
