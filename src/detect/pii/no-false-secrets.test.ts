import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPiiDetector } from './detector.js';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Our own prose/code fixture plus real documentation and source from installed packages. */
const CORPUS = [
  'test/fixtures/pii/benign-corpus.md',
  'node_modules/commander/Readme.md',
  'node_modules/commander/lib/command.js',
  'node_modules/fastify/README.md',
  'node_modules/fastify/fastify.js',
  'node_modules/ioredis/README.md',
  'node_modules/ioredis/built/Redis.js',
  'node_modules/kysely/README.md',
  'node_modules/openai/README.md',
  'node_modules/pino/README.md',
  'node_modules/pino/pino.js',
  'node_modules/undici/README.md',
  'node_modules/undici/lib/dispatcher/client.js',
  'node_modules/yaml/dist/compose/composer.js',
  'node_modules/zod/README.md',
  'src/detect/pii/detector.ts',
  'src/detect/pii/recognizers/secrets.ts',
];

describe('secret rules report nothing on ordinary code and prose', () => {
  const detector = createPiiDetector({ entities: ['secret', 'url_credentials'] });
  for (const file of CORPUS) {
    const path = resolve(ROOT, file);
    it.skipIf(!existsSync(path) && file.startsWith('node_modules'))(file, () => {
      const text = readFileSync(path, 'utf8');
      const findings = detector
        .detect(text)
        .map((m) => `${m.code}: ${text.slice(m.start, m.end).slice(0, 60)}`);
      expect(findings).toEqual([]);
    });
  }
});
