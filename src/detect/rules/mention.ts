import type { Span } from '../../core/index.js';

/**
 * "Mention, not use": an attack phrase in quotation marks, in a sentence that talks about it as a
 * message, string or attack ("our bot got a message saying "forget your rules"; how do we log it?",
 * 论文里的攻击字符串是“忽略之前的指令”), is discussed, not addressed to the model. Security teams ask
 * such questions every day; a rule alone must not block them. The detector still needs the classifier
 * to agree that the text is benign before it reports the hit as a mention (see detect()).
 *
 * Single quotes are not quotation marks here: they double as apostrophes, and they are how public
 * benchmarks wrap the documents that carry indirect injections.
 */

/** Opening mark → closing mark. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['＂', '＂'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['«', '»'],
]);
const CLOSERS = new Set(['”', '」', '』', '»']);

/** A quotation longer than this is a document, not a mention. */
const MAX_QUOTED = 160;
/** How far before the opening mark and after the closing mark the talk about the quote may be. */
const CUE_BEFORE = 60;
const CUE_AFTER = 40;

/** Words that make the quotation an object of discussion (run on lower-cased text). */
export const MENTION_CUE_EN =
  /\b(?:messages?|strings?|phrases?|attacks?|injections?|payloads?|jailbreaks?|sentences?|says|saying|said|wrote|writes|typed|sent|sends|received|such as|e\.g\.|examples?|called|means?|meaning)\b/;
export const MENTION_CUE_ZH =
  /消息|字符串|句话|句子|攻击|注入|越狱|提示词|写着|写道|说|发来|发了|(?<!开)发$|收到|输入了|比如|例如|像是|叫做|所谓|之类|意思|这种话|这类话/u;

const hasCue = (window: string): boolean =>
  MENTION_CUE_EN.test(window.toLowerCase()) || MENTION_CUE_ZH.test(window);

/** Where the quotation around `span` opens and closes, if `span` lies inside one on a single line. */
function enclosingQuote(text: string, span: Span): { open: number; close: number } | undefined {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const floor = Math.max(lineStart, span.end - MAX_QUOTED);
  for (let i = span.start - 1; i >= floor; i--) {
    const ch = text[i] as string;
    if (CLOSERS.has(ch)) return undefined;
    const closer = QUOTE_PAIRS.get(ch);
    if (closer === undefined) continue;
    // A straight quote opens only if an even number of the same mark precede it on the line.
    if (closer === ch && countOf(text, ch, lineStart, i) % 2 === 1) return undefined;
    const close = text.indexOf(closer, span.end);
    const lineEnd = text.indexOf('\n', span.end);
    if (close < 0 || (lineEnd >= 0 && close > lineEnd) || close - i > MAX_QUOTED) return undefined;
    return { open: i, close };
  }
  return undefined;
}

function countOf(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === ch) n++;
  return n;
}

/** True when the rule match at `span` of `text` is quoted and talked about rather than addressed to the model. */
export function isQuotedMention(text: string, span: Span): boolean {
  const quote = enclosingQuote(text, span);
  if (!quote) return false;
  const before = text.slice(Math.max(0, quote.open - CUE_BEFORE), quote.open);
  const after = text.slice(quote.close + 1, quote.close + 1 + CUE_AFTER);
  return hasCue(before) || hasCue(after);
}
