import { PalisadeError } from '../../core/index.js';

/** Reads an upstream body whole, refusing bodies above `limit` bytes. */
export async function readBounded(body: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit)
      throw new PalisadeError('upstream_bad_response', `The upstream response exceeds ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function parseUpstreamJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new PalisadeError('upstream_bad_response', 'The upstream returned a body that is not JSON.');
  }
}
