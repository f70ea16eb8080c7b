import { createReadStream } from 'node:fs';

/** Streaming input for dataset commands: JSON Lines and CSV, with line numbers and hard limits. */

export class InputError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface Progress {
  bytes: number;
}

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/** Yields lines (without the newline) with their 1-based numbers; NUL bytes and huge lines are errors. */
export async function* readLines(
  path: string,
  progress: Progress = { bytes: 0 },
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<{ line: string; number: number }> {
  let pending = '';
  let number = 0;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    progress.bytes += Buffer.byteLength(chunk);
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      number++;
      const line = pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      check(line, number, maxLineBytes);
      yield { line, number };
      newline = pending.indexOf('\n');
    }
    if (pending.length > maxLineBytes) {
      stream.destroy();
      throw new InputError(number + 1, `line longer than ${maxLineBytes} bytes (use --max-line-bytes)`);
    }
  }
  if (pending.length > 0) {
    number++;
    check(pending, number, maxLineBytes);
    yield { line: pending, number };
  }
}

function check(line: string, number: number, maxLineBytes: number): void {
  if (line.includes('\u0000')) throw new InputError(number, 'binary data (NUL byte): not a text file');
  if (line.length > maxLineBytes) throw new InputError(number, `line longer than ${maxLineBytes} bytes`);
}

/**
 * RFC 4180 CSV rows (quoted fields may span lines). Yields each row with the line it started on.
 * Pure state machine over lines, so memory stays bounded by the longest record.
 */
export async function* readCsv(
  path: string,
  progress: Progress = { bytes: 0 },
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<{ fields: string[]; number: number }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let startLine = 0;
  for await (const { line, number } of readLines(path, progress, maxLineBytes)) {
    if (!quoted) {
      startLine = number;
      fields = [];
      field = '';
    } else field += '\n';
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i++;
          } else quoted = false;
        } else field += ch;
      } else if (ch === '"' && field.length === 0) quoted = true;
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    if (quoted) {
      if (field.length > maxLineBytes) throw new InputError(startLine, 'quoted field never closed');
      continue;
    }
    fields.push(field);
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    yield { fields, number: startLine };
  }
  if (quoted) throw new InputError(startLine, 'quoted field never closed at end of file');
}

export function csvEscape(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
