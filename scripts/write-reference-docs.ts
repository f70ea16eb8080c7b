import { writeFileSync } from 'node:fs';
import { referenceDocs } from './reference-docs.js';

for (const [path, content] of Object.entries(referenceDocs())) {
  writeFileSync(path, content);
  process.stdout.write(`wrote ${path}\n`);
}
