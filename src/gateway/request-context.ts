import type { FastifyRequest } from 'fastify';
import type { GatewayPrincipal } from './hooks.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: GatewayPrincipal | undefined;
    /** The request body bytes as received, forwarded verbatim when no guard changed anything. */
    rawBody: Buffer | undefined;
  }
}

const CONVERSATION_ID = /^[\w.:-]{1,128}$/;

/** Client-supplied conversation id (for multi-turn state), only when it is a safe token. */
export function conversationIdOf(request: FastifyRequest): string | undefined {
  const value = request.headers['x-palisade-conversation-id'];
  return typeof value === 'string' && CONVERSATION_ID.test(value) ? value : undefined;
}
