/**
 * Parsers for the hand-written blocks: one row per non-blank line of a template string, `⏎` inside a
 * row for a line break, lines starting with `#` skipped. Attack lines are `kind|text`; twin lines are
 * `kind|attack ⇄ benign`.
 */
import { rows } from '../injection-hijack/rows.js';
import { parseLines } from '../injection-lookalike/lines.js';
import { ATTACK_KINDS, type Attack, type AttackKind, type Twin } from './types.js';

export { rows };

/** The separator between the attack and the benign half of a twin line. */
const TWIN = ' ⇄ ';

function attackKind(kind: string): AttackKind {
  const found = ATTACK_KINDS.find((k) => k === kind);
  if (found === undefined) throw new Error(`unknown attack kind: ${kind}`);
  return found;
}

export function attacks(block: string): Attack[] {
  return parseLines(block).map(({ kind, text }) => ({ kind: attackKind(kind), text }));
}

export function twins(block: string): Twin[] {
  return parseLines(block).map(({ kind, text }) => {
    const parts = text.split(TWIN);
    const [attack, benign] = parts;
    if (parts.length !== 2 || attack === undefined || benign === undefined)
      throw new Error(`a twin line needs exactly one "${TWIN.trim()}": ${text}`);
    return { kind: attackKind(kind), attack: attack.trim(), benign: benign.trim() };
  });
}
