/**
 * Child process for the crash-loss test: records one audit event every ~2 ms and prints
 * "<id> <time>" after each record(). The parent SIGKILLs it mid-stream and checks the store.
 */
import { silentLogger } from '../../identity/logger.js';
import { openStore } from '../../store/index.js';
import { AuditWriter } from '../writer.js';

const [file, interval] = process.argv.slice(2);
const store = await openStore({ dataDir: '', sqliteFile: file });
const writer = new AuditWriter({
  store,
  chainKey: Buffer.alloc(32, 7),
  cipher: undefined,
  flushIntervalMs: Number(interval),
  batchSize: 10_000,
  maxQueue: 100_000,
  logger: silentLogger,
  instance: 'crash-child',
});
await writer.start();
let n = 0;
setInterval(() => {
  n++;
  const time = Date.now();
  writer.record({
    time: new Date(time),
    requestId: `r${n}`,
    tenant: 'acme',
    keyId: 'k',
    route: '/v1/chat/completions',
    method: 'POST',
    model: 'llama3',
    upstream: 'ollama',
    decision: 'allow',
    findingCodes: [],
    usage: undefined,
    latencyMs: 1,
    status: 200,
  });
  process.stdout.write(`r${n} ${time}\n`);
}, 2);
