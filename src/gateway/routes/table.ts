import { z } from 'zod';
import { ollamaChatAdapter, ollamaEmbedAdapter, ollamaGenerateAdapter } from '../adapters/ollama.js';
import { openaiChatAdapter } from '../adapters/openai-chat.js';
import { openaiCompletionsAdapter, openaiEmbeddingsAdapter } from '../adapters/openai-completions.js';
import { openaiResponsesAdapter } from '../adapters/openai-responses.js';
import type { ApiAdapter } from '../adapters/types.js';
import type { ApiFamily } from '../upstream/upstreams.js';

/** A guarded POST route: its API family, adapter and the minimal shape its body must have. */
export interface GuardedRoute {
  url: string;
  family: ApiFamily;
  adapter: ApiAdapter;
  schema: z.ZodType<Record<string, unknown>>;
  /** OpenAI chat/completions: the gateway asks for usage in streams so quotas see real counts. */
  streamUsageOption: boolean;
}

const model = z.string().min(1).max(512);
const stream = z.boolean().optional();
const textOrParts = z.union([z.string(), z.array(z.unknown()), z.null()]).optional();
const stringOrList = z.union([z.string(), z.array(z.unknown())]);
const chatMessages = z
  .array(z.looseObject({ role: z.string().max(64), content: textOrParts }))
  .min(1)
  .max(100_000);

export const GUARDED_ROUTES: readonly GuardedRoute[] = [
  {
    url: '/v1/chat/completions',
    family: 'openai',
    adapter: openaiChatAdapter,
    schema: z.looseObject({ model, messages: chatMessages, stream }),
    streamUsageOption: true,
  },
  {
    url: '/v1/completions',
    family: 'openai',
    adapter: openaiCompletionsAdapter,
    schema: z.looseObject({ model, prompt: stringOrList, stream }),
    streamUsageOption: true,
  },
  {
    url: '/v1/embeddings',
    family: 'openai',
    adapter: openaiEmbeddingsAdapter,
    schema: z.looseObject({ model, input: stringOrList }),
    streamUsageOption: false,
  },
  {
    url: '/v1/responses',
    family: 'openai',
    adapter: openaiResponsesAdapter,
    schema: z.looseObject({
      model,
      input: stringOrList.optional(),
      instructions: z.string().nullish(),
      stream,
    }),
    streamUsageOption: false,
  },
  {
    url: '/api/chat',
    family: 'ollama',
    adapter: ollamaChatAdapter,
    schema: z.looseObject({
      model,
      messages: z
        .array(z.looseObject({ role: z.string().max(64), content: z.string().optional() }))
        .max(100_000)
        .optional(),
      stream,
    }),
    streamUsageOption: false,
  },
  {
    url: '/api/generate',
    family: 'ollama',
    adapter: ollamaGenerateAdapter,
    schema: z.looseObject({ model, prompt: z.string().optional(), system: z.string().optional(), stream }),
    streamUsageOption: false,
  },
  {
    url: '/api/embed',
    family: 'ollama',
    adapter: ollamaEmbedAdapter,
    schema: z.looseObject({ model, input: stringOrList }),
    streamUsageOption: false,
  },
  {
    url: '/api/embeddings',
    family: 'ollama',
    adapter: ollamaEmbedAdapter,
    schema: z.looseObject({ model, prompt: z.string() }),
    streamUsageOption: false,
  },
];

/** Ollama model-management endpoints: closed unless the caller is an admin principal. */
export const MANAGEMENT_ROUTES: readonly { method: 'POST' | 'DELETE' | 'HEAD'; url: string }[] = [
  { method: 'POST', url: '/api/pull' },
  { method: 'POST', url: '/api/push' },
  { method: 'POST', url: '/api/create' },
  { method: 'DELETE', url: '/api/delete' },
  { method: 'POST', url: '/api/copy' },
  { method: 'HEAD', url: '/api/blobs/:digest' },
  { method: 'POST', url: '/api/blobs/:digest' },
];
