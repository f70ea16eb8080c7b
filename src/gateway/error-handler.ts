import type { FastifyError, FastifyInstance } from 'fastify';
import { errorEnvelope, ollamaErrorBody, PalisadeError } from '../core/index.js';

/** Ollama-native routes answer errors in Ollama's own shape so its clients show the message. */
export function errorBody(error: PalisadeError, url: string, requestId: string): object {
  return url.startsWith('/api/') ? ollamaErrorBody(error, requestId) : errorEnvelope(error, requestId);
}

/** Fastify's own errors mapped onto the catalog, so every failure has a documented code. */
function fromFastify(error: FastifyError): PalisadeError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PalisadeError('body_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new PalisadeError('unsupported_media_type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new PalisadeError('invalid_json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new PalisadeError('invalid_request', 'The Content-Length header does not match the body.');
    default:
      return undefined;
  }
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let mapped = error instanceof PalisadeError ? error : fromFastify(error);
    if (
      !mapped &&
      typeof error.statusCode === 'number' &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      mapped = new PalisadeError('invalid_request', error.message);
    }
    if (!mapped) {
      request.log.error({ err: error }, 'unhandled error');
      mapped = new PalisadeError('internal_error');
    } else if (mapped.status >= 500) {
      request.log.warn(
        { code: mapped.code, cause: mapped.cause instanceof Error ? mapped.cause.message : undefined },
        mapped.message,
      );
    }
    if (reply.sent || reply.raw.headersSent) return;
    reply
      .code(mapped.status)
      .headers(mapped.headers)
      .type('application/json')
      .send(errorBody(mapped, request.url, request.id));
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new PalisadeError(
      'not_found',
      `No route ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}.`,
    );
    reply
      .code(error.status)
      .type('application/json')
      .send(errorBody(error, request.url, request.id));
  });
}
