/** The slice of pino this layer logs through (tests pass a recorder). Never log keys or headers. */
export interface SecurityLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: SecurityLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
