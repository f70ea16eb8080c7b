import type { Segment } from '../../core/index.js';
import { isRecord } from '../json-path.js';
import { choiceStream } from './openai-chat.js';
import { pushStrings } from './text-parts.js';
import type { ApiAdapter } from './types.js';

export const openaiCompletionsAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    pushStrings(out, body.prompt, ['prompt'], 'user');
    if (typeof body.suffix === 'string') out.push({ path: ['suffix'], role: 'user', text: body.suffix });
    return out;
  },
  wantsStream: (body) => body.stream === true,
  responseSegments(body) {
    const out: Segment[] = [];
    if (isRecord(body) && Array.isArray(body.choices)) {
      body.choices.forEach((choice: unknown, i: number) => {
        if (isRecord(choice) && typeof choice.text === 'string')
          out.push({ path: ['choices', i, 'text'], role: 'assistant', text: choice.text });
      });
    }
    return out;
  },
  stream: choiceStream(
    (choice) => ({ holder: choice, key: 'text' }),
    (slot) => ['choices', slot, 'text'],
  ),
};

/** Embeddings have no generated text: only the input is guarded. */
export const openaiEmbeddingsAdapter: ApiAdapter = {
  requestSegments(body) {
    const out: Segment[] = [];
    pushStrings(out, body.input, ['input'], 'user');
    return out;
  },
  wantsStream: () => false,
  responseSegments: () => [],
};
