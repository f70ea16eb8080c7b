/** Opaque keyset-pagination cursor: (sort value, id) of the last row of a page, base64url JSON. */
export interface Cursor {
  t: number;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.t, cursor.id])).toString('base64url');
}

/** Returns undefined for anything that is not a cursor we issued (never throws on user input). */
export function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value || value.length > 512) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'number' && typeof parsed[1] === 'string') {
      return { t: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  return undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | undefined;
}
