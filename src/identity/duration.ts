const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** Parses `90s`, `15m`, `12h`, `30d`, `2w` into milliseconds; throws on anything else. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,6})([smhdw])$/.exec(text.trim());
  if (!match) throw new Error(`not a duration (e.g. 30d, 12h, 15m): ${text}`);
  const amount = Number(match[1]);
  const unit = match[2] as keyof typeof UNIT_MS;
  if (amount <= 0) throw new Error(`duration must be positive: ${text}`);
  return amount * UNIT_MS[unit];
}
