import type { PalisadeConfig } from '../../core/config.js';
import { parseDuration } from '../../identity/duration.js';
import { loadConfigFile, parseConfig } from '../config-loader.js';
import { openSecurityContext, type SecurityContext } from './context.js';

/** Loads the config the way `serve` does (file or defaults). */
export function loadCliConfig(path: string | undefined): PalisadeConfig {
  return path ? loadConfigFile(path) : parseConfig({}, 'default config');
}

/** Runs a CLI action against the store and always closes it. */
export async function withSecurityContext<T>(
  configPath: string | undefined,
  action: (context: SecurityContext, config: PalisadeConfig) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadCliConfig(configPath);
  const context = await openSecurityContext(config, { migrate: options.migrate ?? true });
  try {
    return await action(context, config);
  } finally {
    await context.close();
  }
}

/** `2026-01-01T00:00:00Z` or a duration back from now (`24h`, `30d`). */
export function parseInstantOrAgo(text: string, now = Date.now()): number {
  if (/^\d+[smhdw]$/.test(text)) return now - parseDuration(text);
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new Error(`not a time (ISO 8601) or duration (e.g. 24h, 30d): ${text}`);
  return time;
}

export function positiveInt(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`expected a positive integer, got ${text}`);
  return value;
}
