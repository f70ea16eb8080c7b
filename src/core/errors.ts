/**
 * The one error catalog. Every error a client can receive has a stable code here; responses use the
 * OpenAI error envelope so every SDK parses them. docs/reference/errors.md is checked against it.
 */
export interface ErrorSpec {
  status: number;
  /** OpenAI-style error type. */
  type:
    | 'invalid_request_error'
    | 'authentication_error'
    | 'permission_error'
    | 'not_found_error'
    | 'rate_limit_error'
    | 'api_error'
    | 'upstream_error'
    | 'policy_violation';
  message: string;
}

export const ERROR_CATALOG = {
  invalid_json: {
    status: 400,
    type: 'invalid_request_error',
    message: 'The request body is not valid JSON.',
  },
  invalid_encoding: {
    status: 400,
    type: 'invalid_request_error',
    message: 'The request body is not valid UTF-8.',
  },
  invalid_request: {
    status: 400,
    type: 'invalid_request_error',
    message: 'The request body does not match the expected shape.',
  },
  json_too_deep: {
    status: 400,
    type: 'invalid_request_error',
    message: 'The request body nests JSON too deeply.',
  },
  unsupported_media_type: {
    status: 415,
    type: 'invalid_request_error',
    message: 'The request body must be application/json.',
  },
  body_too_large: {
    status: 413,
    type: 'invalid_request_error',
    message: 'The request body exceeds the configured size limit.',
  },
  not_found: { status: 404, type: 'not_found_error', message: 'No such route.' },
  method_not_allowed: {
    status: 405,
    type: 'invalid_request_error',
    message: 'This method is not allowed on this route.',
  },
  endpoint_closed: {
    status: 403,
    type: 'permission_error',
    message: 'This model-management endpoint is closed by the gateway; only an admin principal may use it.',
  },
  model_required: { status: 400, type: 'invalid_request_error', message: 'The request must name a model.' },
  model_not_routed: {
    status: 404,
    type: 'not_found_error',
    message: 'No upstream is configured for this model.',
  },
  authentication_required: {
    status: 401,
    type: 'authentication_error',
    message: 'An API key is required (Authorization: Bearer or x-api-key).',
  },
  invalid_api_key: {
    status: 401,
    type: 'authentication_error',
    message: 'The API key is invalid, expired or revoked.',
  },
  forbidden: {
    status: 403,
    type: 'permission_error',
    message: 'This principal may not perform this action.',
  },
  model_not_allowed: {
    status: 403,
    type: 'permission_error',
    message: 'This API key may not use this model.',
  },
  rate_limited: {
    status: 429,
    type: 'rate_limit_error',
    message: 'Rate limit exceeded; retry after the time in Retry-After.',
  },
  quota_exceeded: {
    status: 429,
    type: 'rate_limit_error',
    message: 'Token quota exceeded; retry after the time in Retry-After.',
  },
  concurrency_limited: {
    status: 429,
    type: 'rate_limit_error',
    message: 'Too many concurrent requests for this key.',
  },
  limiter_unavailable: {
    status: 503,
    type: 'api_error',
    message: 'The rate-limit store is unavailable and the policy fails closed.',
  },
  input_blocked: {
    status: 400,
    type: 'policy_violation',
    message: 'The request was blocked by the gateway security policy.',
  },
  output_blocked: {
    status: 400,
    type: 'policy_violation',
    message: 'The response was blocked by the gateway security policy.',
  },
  upstream_unavailable: {
    status: 502,
    type: 'upstream_error',
    message: 'The upstream model server could not be reached.',
  },
  upstream_timeout: {
    status: 504,
    type: 'upstream_error',
    message: 'The upstream model server did not answer in time.',
  },
  upstream_bad_response: {
    status: 502,
    type: 'upstream_error',
    message: 'The upstream model server returned a response the gateway could not read.',
  },
  internal_error: { status: 500, type: 'api_error', message: 'Internal gateway error.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** Thrown inside the gateway; the error handler turns it into the envelope. Verdicts are not errors. */
export class PalisadeError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: ErrorSpec['type'];
  readonly headers: Record<string, string>;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { headers?: Record<string, string>; details?: Record<string, unknown>; cause?: unknown },
  ) {
    const spec: ErrorSpec = ERROR_CATALOG[code];
    super(message ?? spec.message, { cause: options?.cause });
    this.name = 'PalisadeError';
    this.code = code;
    this.status = spec.status;
    this.type = spec.type;
    this.headers = options?.headers ?? {};
    this.details = options?.details;
  }
}

export interface ErrorEnvelope {
  error: { type: string; code: string; message: string; request_id?: string } & Record<string, unknown>;
}

export function errorEnvelope(error: PalisadeError, requestId?: string): ErrorEnvelope {
  return {
    error: {
      type: error.type,
      code: error.code,
      message: error.message,
      request_id: requestId,
      ...error.details,
    },
  };
}

/** Ollama clients read `error` as a string: the same fields, flattened, for the /api/* routes. */
export function ollamaErrorBody(error: PalisadeError, requestId?: string): Record<string, unknown> {
  return {
    error: error.message,
    code: error.code,
    type: error.type,
    request_id: requestId,
    ...error.details,
  };
}
