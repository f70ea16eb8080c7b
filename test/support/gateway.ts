import type { FastifyInstance } from 'fastify';
import { compilePolicy, type PalisadeConfigInput } from '../../src/core/index.js';
import { testDeps } from '../../src/detect/guard-test-kit.js';
import { buildApp } from '../../src/gateway/app.js';
import { parseConfig, resolveSecret } from '../../src/gateway/config-loader.js';
import { compileGuards } from '../../src/gateway/guards.js';
import type { GatewayHooks } from '../../src/gateway/hooks.js';
import { closeGracefully } from '../../src/gateway/shutdown.js';
import { UpstreamSet } from '../../src/gateway/upstream/upstreams.js';

/** A gateway on a real socket (port 0) in front of the given upstream URL(s). */
export async function startTestGateway(
  config: PalisadeConfigInput,
  hooks?: GatewayHooks,
): Promise<{ app: FastifyInstance; url: string; close(): Promise<void> }> {
  const parsed = parseConfig({ ...config, server: { port: 0, ...config.server } });
  const guards = compileGuards(parsed.guards, testDeps());
  const pipeline = { guards, policy: compilePolicy(parsed.policy) };
  const upstreams = new UpstreamSet(parsed.upstreams, resolveSecret);
  const app = buildApp({ config: parsed, pipeline: () => pipeline, upstreams, hooks });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    url,
    async close() {
      await closeGracefully(app, 500);
      await upstreams.destroy();
    },
  };
}
