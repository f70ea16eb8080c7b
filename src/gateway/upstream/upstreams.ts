import type { Dispatcher } from 'undici';
import { Pool } from 'undici';
import { matchesAny, PalisadeError, type UpstreamConfig } from '../../core/index.js';

export type ApiFamily = 'openai' | 'ollama';

export interface Upstream {
  config: UpstreamConfig;
  pool: Pool;
  /** Resolved `Authorization` value for the upstream, when it has a key. */
  authorization: string | undefined;
  basePath: string;
}

export interface UpstreamResponse {
  upstream: Upstream;
  statusCode: number;
  headers: Dispatcher.ResponseData['headers'];
  body: Dispatcher.ResponseData['body'];
}

/** Errors raised before a request reached the upstream: safe to retry on the next one. */
const CONNECT_ERRORS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return errorCode((error as { cause?: unknown }).cause);
}

/**
 * The configured model servers, each with its own undici pool. The address of every upstream comes
 * from config only; nothing in a request can name a host (no SSRF).
 */
export class UpstreamSet {
  readonly all: readonly Upstream[];

  constructor(configs: readonly UpstreamConfig[], resolveSecret: (ref: string) => string) {
    this.all = configs.map((config) => {
      const url = new URL(config.url);
      return {
        config,
        basePath: url.pathname.replace(/\/+$/, ''),
        authorization: config.apiKey ? `Bearer ${resolveSecret(config.apiKey)}` : undefined,
        pool: new Pool(url.origin, {
          connections: config.connections,
          connect: { timeout: config.connectTimeoutMs },
          headersTimeout: config.headersTimeoutMs,
          bodyTimeout: config.bodyTimeoutMs,
          keepAliveTimeout: 30_000,
        }),
      };
    });
  }

  /** Upstreams serving `model` for an API family, in config order (later ones are fallbacks). */
  candidates(family: ApiFamily, model: string | undefined): Upstream[] {
    const list = this.all.filter(
      (u) =>
        (family === 'openai' || u.config.kind === 'ollama') &&
        (model === undefined || matchesAny(u.config.models, model)),
    );
    if (list.length === 0) {
      throw model === undefined
        ? new PalisadeError('model_not_routed', `No ${family} upstream is configured.`)
        : new PalisadeError(
            'model_not_routed',
            `No upstream is configured for model ${JSON.stringify(model.slice(0, 200))}.`,
          );
    }
    return list;
  }

  /** Sends to the first candidate that accepts a connection; connect failures fall through to the next. */
  async send(
    candidates: readonly Upstream[],
    request: {
      method: 'GET' | 'POST' | 'DELETE' | 'HEAD';
      path: string;
      body?: string | Buffer;
      contentType?: string;
      accept?: string;
      signal: AbortSignal;
    },
  ): Promise<UpstreamResponse> {
    let lastError: unknown;
    for (const upstream of candidates) {
      const headers: Record<string, string> = { accept: request.accept ?? 'application/json' };
      if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
      if (upstream.authorization) headers.authorization = upstream.authorization;
      try {
        const response = await upstream.pool.request({
          method: request.method,
          path: upstream.basePath + request.path,
          headers,
          body: request.body,
          signal: request.signal,
        });
        return { upstream, statusCode: response.statusCode, headers: response.headers, body: response.body };
      } catch (error) {
        if (request.signal.aborted) throw error;
        const code = errorCode(error);
        if (code === 'UND_ERR_HEADERS_TIMEOUT') {
          throw new PalisadeError(
            'upstream_timeout',
            `Upstream ${upstream.config.name} did not answer in time.`,
            { cause: error },
          );
        }
        if (!code || !CONNECT_ERRORS.has(code)) {
          throw new PalisadeError(
            'upstream_unavailable',
            `Upstream ${upstream.config.name} failed: ${code ?? 'unknown error'}.`,
            { cause: error },
          );
        }
        lastError = error;
      }
    }
    throw new PalisadeError(
      'upstream_unavailable',
      `No upstream could be reached (${errorCode(lastError) ?? 'unknown error'}).`,
      { cause: lastError },
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((u) => u.pool.close()));
  }

  /** Aborts in-flight upstream requests too (after the grace period of a shutdown). */
  async destroy(): Promise<void> {
    await Promise.all(this.all.map((u) => u.pool.destroy()));
  }
}
