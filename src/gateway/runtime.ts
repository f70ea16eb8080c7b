import type { CompiledGuard, CompiledPolicy, PalisadeConfig } from '../core/index.js';
import type { GatewayHooks } from './hooks.js';
import type { GatewayMetrics } from './metrics.js';
import type { UpstreamSet } from './upstream/upstreams.js';

/** Guards and policy compiled together; a reload swaps the whole object at once. */
export interface CompiledPipeline {
  guards: readonly CompiledGuard[];
  policy: CompiledPolicy;
}

export interface GatewayDeps {
  config: PalisadeConfig;
  /** Read at the start of every request, so a reload never mixes two policies in one request. */
  pipeline: () => CompiledPipeline;
  upstreams: UpstreamSet;
  hooks?: GatewayHooks;
  metrics?: GatewayMetrics;
  /** Largest upstream response body read whole (non-streamed). */
  maxResponseBytes?: number;
}
