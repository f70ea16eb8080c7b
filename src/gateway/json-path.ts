import type { SegmentPath } from '../core/index.js';

type JsonContainer = Record<string, unknown> | unknown[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets a string at a path inside a parsed JSON value; returns false when the path does not exist. */
export function setStringAt(root: unknown, path: SegmentPath, text: string): boolean {
  if (path.length === 0) return false;
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    node = childOf(node, path[i]!);
    if (node === undefined) return false;
  }
  const last = path[path.length - 1]!;
  const container = node as JsonContainer;
  if (Array.isArray(container) && typeof last === 'number' && typeof container[last] === 'string') {
    container[last] = text;
    return true;
  }
  if (isRecord(container) && typeof last === 'string' && typeof container[last] === 'string') {
    container[last] = text;
    return true;
  }
  return false;
}

function childOf(node: unknown, key: string | number): unknown {
  if (Array.isArray(node) && typeof key === 'number') return node[key];
  if (isRecord(node) && typeof key === 'string') return node[key];
  return undefined;
}
