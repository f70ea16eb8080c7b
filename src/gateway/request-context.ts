import type { FastifyRequest } from 'fastify';
import type { Action } from '../core/index.js';
import type { GatewayPrincipal, TokenUsage } from './hooks.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: GatewayPrincipal | undefined;
    /** The request body bytes as received, forwarded verbatim when no guard changed anything. */
    rawBody: Buffer | undefined;
    /** What the handler learnt, for the one audit event written when the response closes. */
    audit: AuditDraft;
  }
}

export interface AuditDraft {
  startedAt: number;
  model?: string;
  upstream?: string;
  decision: Action;
  findingCodes: string[];
  usage?: TokenUsage;
  /** Overrides the HTTP status, e.g. 400 for a stream cut after its 200 header was sent. */
  status?: number;
}

const CONVERSATION_ID = /^[\w.:-]{1,128}$/;

/** Client-supplied conversation id (for multi-turn state), only when it is a safe token. */
export function conversationIdOf(request: FastifyRequest): string | undefined {
  const value = request.headers['x-palisade-conversation-id'];
  return typeof value === 'string' && CONVERSATION_ID.test(value) ? value : undefined;
}
