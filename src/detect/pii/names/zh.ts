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
const isHan = (ch: string | undefined) =>
  ch !== undefined && ch.charCodeAt(0) >= HAN_LOW && ch.charCodeAt(0) <= HAN_HIGH;

function cueBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 5), start);
  return BEFORE_CUES.some((cue) => window.endsWith(cue));
}

function cueAfter(text: string, end: number): boolean {
  const window = text.slice(end, end + 4);
  return end >= text.length || AFTER_CUES.some((cue) => window.startsWith(cue));
}

function givenOdds(ch: string | undefined): number {
  return ch === undefined ? 0 : (GIVEN.get(ch) ?? 0);
}

/** Scores surname+given candidates of length 2..4 and keeps the best non-overlapping ones. */
export function detectChineseNames(text: string, threshold = 0.6): PiiMatch[] {
  const out: PiiMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!SINGLE.has(ch) && !COMPOUND_FIRST.has(ch)) {
      i++;
      continue;
    }
    const surnameLength = COMPOUND.has(text.slice(i, i + 2)) ? 2 : SINGLE.has(ch) ? 1 : 0;
    if (surnameLength === 0) {
      i++;
      continue;
    }
    let best: PiiMatch | undefined;
    for (const givenLength of [2, 1]) {
      const end = i + surnameLength + givenLength;
      if (end > text.length) continue;
      const candidate = text.slice(i, end);
      let allHan = true;
      for (const c of candidate) if (!isHan(c)) allHan = false;
      if (!allHan || STOP.has(candidate.slice(0, 2))) continue;
      const known = KNOWN.has(candidate);
      if (!known && WORDS.has(candidate.slice(0, 2))) continue;
      let score: number;
      if (known) score = 0.9;
      else {
        // Geometric mean of per-character evidence; odds of 0.1+ (common given-name characters) saturate.
        let evidence = 1;
        for (const c of candidate.slice(surnameLength))
          evidence *= Math.min(1, Math.sqrt(givenOdds(c) / 0.1));
        score = 0.3 + 0.45 * evidence ** (1 / givenLength);
        if (givenLength === 1) score -= 0.1; // single-character given names are rarer and riskier
      }
      const before = cueBefore(text, i);
      const after = cueAfter(text, end);
      if (before) score += 0.2;
      else if (i > 0 && isHan(text[i - 1])) score -= 0.1;
      else score += 0.1; // starts after punctuation, a digit or at the beginning
      if (STRONG_AFTER.some((cue) => text.startsWith(cue, end))) score += 0.3;
      else if (after) score += 0.15;
      // A Han character right after the candidate means the name probably goes on or it is a word.
      else if (isHan(text[end])) score -= 0.15;
      if (!best || score > best.score + (givenLength === 2 ? 0 : 0.05)) {
        best = { entity: 'person', code: 'pii.person', start: i, end, score: Math.min(score, 0.99) };
      }
    }
    if (best && best.score >= threshold) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}
