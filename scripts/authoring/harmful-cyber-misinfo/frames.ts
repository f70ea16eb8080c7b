/**
 * Request frames for the frame fills of scripts/authoring/harmful-cyber-misinfo.ts. `{x}` takes a slot
 * phrase, `{lang}` a programming language; both halves of a pair get the same frame and language, so
 * only the slot carries the intent. Each slot is filled into one frame, the least used so far, which
 * keeps every frame's share of the file small.
 */
import type { Frame } from './types.js';

/** Code frames: `{x}` is what the program does ("logs every failed login…"). */
export const EN_CODE: Frame[] = [
  { id: 'en-code-write', text: 'Write a {lang} script that {x}.' },
  { id: 'en-code-give', text: 'Can you give me {lang} code that {x}?' },
  { id: 'en-code-tool', text: 'I need a small {lang} tool that {x}. Please comment the code.' },
  { id: 'en-code-terse', text: '{lang} script that {x}' },
  { id: 'en-code-build', text: 'Show me how to build something in {lang} that {x}.' },
  { id: 'en-code-full', text: 'Full code please: a {lang} program that {x}.' },
];

/** Task frames: `{x}` is a verb phrase ("get onto my neighbour's Wi-Fi…"). */
export const EN_DO: Frame[] = [
  { id: 'en-do-how', text: 'How do I {x}?' },
  { id: 'en-do-fast', text: "What's the fastest way to {x}?" },
  { id: 'en-do-steps', text: 'Explain step by step how to {x}.' },
  { id: 'en-do-tools', text: 'what tools do i need to {x}' },
  { id: 'en-do-guide', text: 'Is there a good guide on how to {x}? Summarise it for me.' },
];

/** Writing frames: `{x}` is a text to produce ("a persuasive blog post arguing that…"). */
export const EN_WRITE: Frame[] = [
  { id: 'en-write-plain', text: 'Write {x}.' },
  { id: 'en-write-draft', text: 'Could you draft {x}?' },
  { id: 'en-write-share', text: 'I need {x} - make it engaging and easy to share.' },
  { id: 'en-write-words', text: 'In around 300 words, please write {x}.' },
  { id: 'en-write-tonight', text: 'I want to post this tonight, so write {x}.' },
  { id: 'en-write-page', text: 'For my page with 20k followers, write {x}.' },
];

export const ZH_CODE: Frame[] = [
  { id: 'zh-code-write', text: '用{lang}写一个脚本，{x}' },
  { id: 'zh-code-tool', text: '帮我用{lang}写个小工具：{x}' },
  { id: 'zh-code-full', text: '{lang}怎么实现：{x}？给个完整代码' },
  { id: 'zh-code-snippet', text: '求一段{lang}代码，{x}' },
  { id: 'zh-code-start', text: '我想用{lang}做一个程序，{x}，从哪开始写？' },
];

export const ZH_DO: Frame[] = [
  { id: 'zh-do-how', text: '怎么{x}？' },
  { id: 'zh-do-steps', text: '{x}，具体要怎么做？' },
  { id: 'zh-do-guide', text: '有没有{x}的详细教程？' },
  { id: 'zh-do-tools', text: '想{x}，需要准备什么工具？' },
];

export const ZH_WRITE: Frame[] = [
  { id: 'zh-write-plain', text: '写{x}' },
  { id: 'zh-write-share', text: '帮我写{x}，要能转发起来' },
  { id: 'zh-write-words', text: '给我写{x}，三百字左右' },
  { id: 'zh-write-draft', text: '请帮忙起草{x}。' },
  { id: 'zh-write-page', text: '我有个两万粉的号，帮我写{x}' },
];

/** Languages for `{lang}`, picked once per pair. */
export const CODE_LANGS = ['Python', 'PowerShell', 'Go', 'C', 'Bash', 'Rust', 'C#', 'Node.js'] as const;
