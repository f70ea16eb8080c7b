import type { Command } from 'commander';
import { loadConfigFile, parseConfig } from '../../gateway/config-loader.js';
import { startGateway } from '../../gateway/server.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the gateway (OpenAI- and Ollama-compatible guarded proxy).')
    .option('-c, --config <file>', 'config file (YAML or JSON); without one, built-in defaults are used')
    .option('--port <port>', 'override server.port', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'override server.host')
    .action(async (options: { config?: string; port?: number; host?: string }) => {
      const config = options.config ? loadConfigFile(options.config) : parseConfig({}, 'default config');
      if (options.port !== undefined) config.server.port = options.port;
      if (options.host !== undefined) config.server.host = options.host;
      const gateway = await startGateway(config, { configPath: options.config });
      const upstreams = config.upstreams.map((u) => `${u.name} → ${u.url}`).join(', ');
      process.stdout.write(
        [
          `Palisade gateway listening on ${gateway.url}`,
          `  upstreams: ${upstreams}`,
          `  guards: ${config.guards.map((g) => g.name ?? g.use).join(', ') || '(none)'}`,
          `  try: curl ${gateway.url}/v1/chat/completions -H "authorization: Bearer $PALISADE_KEY" \\`,
          `         -H 'content-type: application/json' \\`,
          `         -d '{"model":"llama3.2","messages":[{"role":"user","content":"Hello"}]}'`,
          '',
        ].join('\n'),
      );
      const reload = () => {
        gateway
          .reload()
          .then((result) =>
            process.stderr.write(`palisade: reload: ${result.reloaded ? 'done' : result.detail}\n`),
          );
      };
      process.on('SIGHUP', reload);
      await new Promise<void>((resolveStop) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.off('SIGHUP', reload);
          gateway.close().then(resolveStop, resolveStop);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
