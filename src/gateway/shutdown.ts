import type { FastifyInstance } from 'fastify';

/**
 * Graceful close: stop accepting, let in-flight requests (including streams) finish for up to
 * `graceMs`, then drop whatever is still open so shutdown always completes.
 */
export async function closeGracefully(app: FastifyInstance, graceMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      app.server.closeAllConnections();
      resolve();
    }, graceMs);
  });
  await Promise.race([app.close(), deadline]);
  clearTimeout(timer);
}
