import zhData from '../gazetteers/zh-names.json' with { type: 'json' };
import type { PiiMatch } from '../types.js';
import { ZH_COMPOUND_SURNAMES, ZH_SINGLE_SURNAMES } from './zh-surnames.js';

/**
 * Chinese person names: surname list + per-character given-name odds learnt from NER training data
 * + a gazetteer of full names + context cues. Characters are scanned once; no regex.
 */

const SINGLE = new Set(ZH_SINGLE_SURNAMES);
const COMPOUND = new Set(ZH_COMPOUND_SURNAMES);
const COMPOUND_FIRST = new Set(ZH_COMPOUND_SURNAMES.map((s) => s[0]!));
const KNOWN = new Set(zhData.names);
const WORDS = new Set(zhData.words);
const GIVEN = new Map(Object.entries(zhData.given as Record<string, number>));

const BEFORE_CUES = [
  '我叫',
  '名叫',
  '叫做',
  '姓名',
  '名字',
  '联系人',
  '收件人',
  '收货人',
  '负责人',
  '客户',
  '患者',
  '病人',
  '员工',
  '同事',
  '朋友',
  '同学',
  '老师',
  '经理',
  '主任',
  '总监',
  '董事长',
  '院长',
  '教授',
  '医生',
  '律师',
  '记者',
  '作者',
  '学生',
  '先生',
  '女士',
  '小姐',
  '用户',
  '申请人',
  '借款人',
  '持卡人',
  '户主',
  '法人',
  '代表人',
  '是',
  '给',
  '和',
  '与',
  '及',
  '、',
  '：',
  ':',
  '请',
  '找',
  '@',
];
const AFTER_CUES = [
  '先生',
  '女士',
  '小姐',
  '同学',
  '老师',
  '经理',
  '主任',
  '总',
  '教授',
  '医生',
  '律师',
  '说',
  '表示',
  '认为',
  '指出',
  '介绍',
  '告诉',
  '的电话',
  '的手机',
  '的身份证',
  '的邮箱',
  '的银行卡',
  '的地址',
  '，',
  ',',
  '、',
  '。',
  '（',
  '(',
  '和',
  '与',
  '同志',
  '女',
  '男',
  '今年',
  '出生',
  '毕业',
  '担任',
  '任',
  '现任',
  '曾任',
  '的',
];
/** Frequent words that start with a surname character but are not names. */
const STOP = new Set([
  '高级',
  '高速',
  '高中',
  '高校',
  '高度',
  '高兴',
  '高新',
  '王国',
  '黄金',
  '张开',
  '周末',
  '周年',
  '周边',
  '周围',
  '马上',
  '林业',
  '金融',
  '金额',
  '石油',
  '方面',
  '方式',
  '方法',
  '文化',
  '文件',
  '安全',
  '安排',
  '安装',
  '齐全',
  '常见',
  '常用',
  '平台',
  '平安',
  '时间',
  '时候',
  '国家',
  '国际',
  '国内',
  '华为',
  '明天',
  '明白',
  '明年',
  '成功',
  '成为',
  '成立',
  '成本',
  '任务',
  '任何',
  '任职',
  '于是',
  '和平',
  '向上',
  '关于',
  '关系',
  '关注',
  '管理',
  '原因',
  '原来',
  '来自',
  '来说',
  '信息',
  '信用',
  '利用',
  '利润',
  '元素',
  '都是',
  '都有',
  '万元',
  '云南',
  '江苏',
  '江西',
  '湖南',
  '湖北',
  '海南',
  '海外',
  '宁夏',
  '南京',
  '南方',
  '上海',
  '山东',
  '东方',
  '北京',
  '广东',
  '广州',
  '全国',
  '全部',
  '全面',
  '公司',
  '公共',
  '公开',
  '应用',
  '应该',
  '包括',
  '史上',
  '曾经',
  '程序',
  '程度',
  '党员',
  '党委',
  '连接',
  '连续',
  '项目',
  '解决',
  '解释',
  '通过',
  '计划',
  '计算',
  '车辆',
  '路上',
  '路线',
  '谢谢',
  '白色',
  '黑色',
  '蓝色',
  '红色',
  '金色',
  '温度',
  '温暖',
  '康复',
  '乐观',
  '华人',
  '雷锋',
  '钱包',
  '章节',
  '毛病',
]);

const STRONG_AFTER = [
  '先生',
  '女士',
  '小姐',
  '同志',
  '，男',
  '，女',
  '：男',
  '：女',
  ',男',
  ',女',
  '教授',
  '老师',
  '经理',
];

const HAN_LOW = 0x4e00;
const HAN_HIGH = 0x9fff;

/**
 * Cue words (at most 4 characters) as numeric keys grouped by length: looking one up costs a few
 * charCodeAt calls instead of allocating substrings (the scan visits every surname character).
 */
class CueSet {
  readonly #lengths: number[] = [];
  readonly #numeric: Set<number>[] = [];
  readonly #strings: Set<string>[] = [];

  constructor(cues: readonly string[]) {
    for (const cue of cues) {
      let slot = this.#lengths.indexOf(cue.length);
      if (slot < 0) {
        slot = this.#lengths.push(cue.length) - 1;
        this.#numeric.push(new Set());
        this.#strings.push(new Set());
      }
      if (cue.length <= 3) this.#numeric[slot]!.add(key(cue, 0, cue.length));
      else this.#strings[slot]!.add(cue);
    }
  }

  endsAt(text: string, pos: number): boolean {
    for (let slot = 0; slot < this.#lengths.length; slot++) {
      const n = this.#lengths[slot]!;
      if (n <= pos && this.#has(slot, text, pos - n, pos)) return true;
    }
    return false;
  }

  startsAt(text: string, pos: number): boolean {
    for (let slot = 0; slot < this.#lengths.length; slot++) {
      const n = this.#lengths[slot]!;
      if (pos + n <= text.length && this.#has(slot, text, pos, pos + n)) return true;
    }
    return false;
  }

  #has(slot: number, text: string, from: number, to: number): boolean {
    return to - from <= 3
      ? this.#numeric[slot]!.has(key(text, from, to))
      : this.#strings[slot]!.has(text.slice(from, to));
  }
}

const BEFORE = new CueSet(BEFORE_CUES);
const AFTER = new CueSet(AFTER_CUES);
const STRONG_AFTER_CUES = new CueSet(STRONG_AFTER);
/** Field labels and roles that introduce a person ("姓名：", "户名", "联系人", "乘客"). */
const STRONG_BEFORE_CUES = new CueSet([
  '姓名：',
  '姓名:',
  '姓名',
  '户名',
  '户名：',
  '联系人',
  '联系人：',
  '收件人',
  '收货人',
  '申请人',
  '持卡人',
  '乘客',
  '旅客',
  '患者',
  '客户',
  '我叫',
  '名叫',
  '我是',
  '本人',
]);

const cueBefore = (text: string, start: number) => BEFORE.endsAt(text, start);
const cueAfter = (text: string, end: number) => end >= text.length || AFTER.startsAt(text, end);
const strongBefore = (text: string, start: number) => STRONG_BEFORE_CUES.endsAt(text, start);
const strongAfter = (text: string, end: number) => STRONG_AFTER_CUES.startsAt(text, end);

/** Numeric keys for 1..3 Han characters: Set/Map look-ups without allocating substrings. */
function key(text: string, start: number, end: number): number {
  let k = 0;
  for (let j = start; j < end; j++) k = k * 65536 + text.charCodeAt(j);
  return k;
}

const keysOf = (words: Iterable<string>) =>
  new Set([...words].filter((w) => w.length <= 3).map((w) => key(w, 0, w.length)));
/** Flat per-code-unit tables: the scan looks at every character, so no Set/Map on the hot path. */
const SURNAME_FLAGS = new Uint8Array(65_536); // 1 = single surname, 2 = first of a compound one
for (const c of SINGLE) SURNAME_FLAGS[c.charCodeAt(0)]! |= 1;
for (const c of COMPOUND_FIRST) SURNAME_FLAGS[c.charCodeAt(0)]! |= 2;
const COMPOUND_KEYS = keysOf(COMPOUND);
const KNOWN_KEYS = keysOf(KNOWN);
const WORD_KEYS = keysOf(WORDS);
const STOP_KEYS = keysOf(STOP);
/** Evidence that a character belongs to a given name: learnt odds; a rare unseen character gets a prior. */
const RARE_CHAR_PRIOR = 0.4;
const GIVEN_ODDS = new Float64Array(65_536);
for (let code = HAN_LOW; code <= HAN_HIGH; code++) GIVEN_ODDS[code] = RARE_CHAR_PRIOR;
for (const c of zhData.commonChars) GIVEN_ODDS[c.charCodeAt(0)] = 0;
for (const [c, odds] of GIVEN) GIVEN_ODDS[c.charCodeAt(0)] = Math.min(1, Math.sqrt(odds / 0.1));

const hanAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= HAN_LOW && code <= HAN_HIGH;
};

const TITLE_AFTER = new CueSet([
  '先生',
  '女士',
  '小姐',
  '老师',
  '经理',
  '总监',
  '教授',
  '医生',
  '律师',
  '同学',
]);
/** Words that end an organisation's name; a "name" right before them is part of the organisation. */
const ORG_WORDS = new CueSet([
  '公司',
  '集团',
  '股份',
  '有限',
  '银行',
  '大学',
  '学院',
  '医院',
  '药业',
  '科技',
  '实业',
  '电气',
  '机械',
  '船舶',
  '控股',
  '投资',
  '证券',
  '保险',
  '基金',
  '研究所',
  '研究院',
  '中心',
  '协会',
  '电子',
  '传动',
  '建设',
  '建工',
  '城建',
  '医疗',
  '电梯',
  '化工',
  '能源',
  '物流',
  '地产',
  '置业',
  '酒店',
  '厂',
  '局',
  '所',
]);

/** An organisation word within three Han characters after the candidate (no punctuation between). */
function orgAfter(text: string, end: number): boolean {
  for (let k = 0; k <= 3 && end + k < text.length && hanAt(text, end + k); k++) {
    if (ORG_WORDS.startsAt(text, end + k)) return true;
  }
  return false;
}

function beforeBonusAt(text: string, i: number): number {
  if (strongBefore(text, i)) return 0.3;
  if (cueBefore(text, i)) return 0.2;
  return i > 0 && hanAt(text, i - 1) ? -0.1 : 0.1;
}

/** Scores surname+given candidates and keeps the best non-overlapping ones (one pass, no regex). */
export function detectChineseNames(text: string, threshold = 0.6): PiiMatch[] {
  const out: PiiMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const flags = SURNAME_FLAGS[code]!;
    const compound = (flags & 2) !== 0 && COMPOUND_KEYS.has(key(text, i, i + 2));
    if (!compound && (flags & 1) === 0) {
      i++;
      continue;
    }
    const surnameLength = compound ? 2 : 1;
    // Evidence before the name does not depend on its length: computed once, when first needed.
    let beforeBonus = Number.NaN;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestEnd = -1;
    for (let givenLength = 2; givenLength >= 1; givenLength--) {
      const end = i + surnameLength + givenLength;
      if (end > text.length) continue;
      let allHan = true;
      let evidence = 1;
      for (let j = i + surnameLength; j < end; j++) {
        if (!hanAt(text, j)) allHan = false;
        evidence *= GIVEN_ODDS[text.charCodeAt(j)]!;
      }
      if (!allHan || STOP_KEYS.has(key(text, i, i + 2))) continue;
      const known = end - i <= 3 ? KNOWN_KEYS.has(key(text, i, end)) : KNOWN.has(text.slice(i, end));
      if (!known && WORD_KEYS.has(key(text, i, i + 2))) continue;
      // Geometric mean of per-character evidence; single-character given names are rarer and riskier.
      let score = known ? 0.9 : 0.3 + 0.45 * evidence ** (1 / givenLength) - (givenLength === 1 ? 0.1 : 0);
      if (Number.isNaN(beforeBonus)) beforeBonus = beforeBonusAt(text, i);
      score += beforeBonus; // after punctuation, a digit or at the start: +0.1; after a Han word: -0.1
      if (score + 0.3 < threshold) continue; // even the strongest following cue could not lift it
      if (orgAfter(text, end)) continue; // "宁波城建机械厂", "华润医疗集团": an organisation's name
      if (strongAfter(text, end)) score += 0.3;
      else if (cueAfter(text, end)) score += 0.15;
      // A Han character right after the candidate means the name probably goes on or it is a word.
      else if (end < text.length && hanAt(text, end)) score -= 0.15;
      else score += 0.1; // ends at punctuation, a digit, a space or the end
      if (bestEnd < 0 || score > bestScore + (givenLength === 2 ? 0 : 0.05)) {
        bestScore = Math.min(score, 0.99);
        bestEnd = end;
      }
    }
    if (!compound && TITLE_AFTER.startsAt(text, i + 1)) {
      // "陈先生", "客服王小姐": the surname alone names the person; the title is not part of it.
      bestEnd = i + 1;
      bestScore = i > 0 && hanAt(text, i - 1) && !cueBefore(text, i) ? 0.6 : 0.7;
    }
    if (bestEnd > 0 && bestScore >= threshold) {
      out.push({ entity: 'person', code: 'pii.person', start: i, end: bestEnd, score: bestScore });
      i = bestEnd;
    } else i++;
  }
  return out;
}
