import type { FastifyInstance } from 'fastify';
import type { Action } from '../core/index.js';

/**
 * The contract between the proxy and the identity / limits / audit layer. The proxy calls these at
 * fixed points of every request; the implementation lives in src/identity and src/audit and is wired
 * in by server.ts. Without hooks (unit tests of the bare proxy) every request is anonymous.
 */
export type Role = 'admin' | 'auditor' | 'user';

export interface GatewayPrincipal {
  keyId: string;
  tenant: string;
  role: Role;
  /** Model-name globs this key may use. */
  models: readonly string[];
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Held while a request runs; release reports the real usage (corrects the estimate). */
export interface Admission {
  release(usage: TokenUsage | undefined): void;
}

export interface AuditRecord {
  time: Date;
  requestId: string;
  tenant: string | undefined;
  keyId: string | undefined;
  route: string;
  method: string;
  model: string | undefined;
  upstream: string | undefined;
  /** Strongest action of the input and output stages. */
  decision: Action;
  findingCodes: string[];
  usage: TokenUsage | undefined;
  latencyMs: number;
  status: number;
  /** Only present when the policy stores content; the audit layer encrypts it. */
  content?: { prompt: string; response: string };
}

export interface GatewayHooks {
  /** Resolves the caller from request headers; throws PalisadeError (authentication_required, invalid_api_key, …). */
  authenticate(headers: Record<string, string | string[] | undefined>, ip: string): Promise<GatewayPrincipal>;
  /** Rate, token and concurrency limits before the upstream call; throws PalisadeError (rate_limited, …). */
  admit(
    principal: GatewayPrincipal,
    request: { model: string; estimatedInputTokens: number },
  ): Promise<Admission>;
  /** Called once per finished request, off the response path; must not throw. */
  record(event: AuditRecord): void;
  /** Whether the policy asks the audit log to keep prompt and response content. */
  storesContent: boolean;
  /** Registers /admin routes (admin and auditor principals only). */
  registerAdminRoutes(app: FastifyInstance): void;
}
