/**
 * Generates the Chinese PII benchmark set: checksum-valid resident IDs, mobiles, UnionPay bank cards
 * and emails inside realistic sentences, names taken from the held-out (dev) splits of the Chinese NER
 * files, plus look-alike negatives (order numbers, waybills, amounts, dates). Seeded, so reproducible.
 */

import { mulberry32 } from '../src/detect/classifier/trainer.js';
import { cnIdCheckChar, luhnValid } from '../src/detect/pii/validators.js';

export interface GeneratedRecord {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

const REGIONS = [
  '110101',
  '110105',
  '110108',
  '310104',
  '310115',
  '440305',
  '440106',
  '330106',
  '510107',
  '420102',
  '320102',
  '370202',
  '500103',
  '610113',
  '350203',
  '430104',
  '210102',
  '120101',
  '340104',
  '410105',
];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '170',
  '173',
  '175',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '195',
  '198',
  '199',
];
const BINS = [
  '622202',
  '622848',
  '621700',
  '622588',
  '621483',
  '622260',
  '622700',
  '621226',
  '623668',
  '622908',
];
const DOMAINS = [
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'gmail.com',
  'foxmail.com',
  'example.com.cn',
  'corp.example.cn',
];
const PINYIN = [
  'zhang',
  'wang',
  'li',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'hu',
  'guo',
  'lin',
  'he',
  'gao',
  'luo',
  'zheng',
];

type Slot = 'name' | 'id' | 'mobile' | 'bank' | 'email';
const ENTITY: Record<Slot, string> = {
  name: 'person',
  id: 'cn_id_card',
  mobile: 'cn_mobile',
  bank: 'cn_bank_card',
  email: 'email',
};

const TEMPLATES = [
  '我叫{name}，身份证号码是{id}，请帮我查一下社保缴纳记录。',
  '客户{name}的手机号{mobile}，麻烦今天下午回个电话。',
  '请把退款打到我的银行卡{bank}，户名{name}。',
  '{name}的邮箱是{email}，合同扫描件已经发过去了。',
  '帮我写一封邮件给{name}，告诉他会议改到周四。',
  '身份证：{id}\n姓名：{name}\n电话：{mobile}',
  '快递收件人{name}，联系电话{mobile}，到了放门卫就行。',
  '我的工资卡是{bank}，这个月的奖金还没到账。',
  '注册时填的是{email}，现在收不到验证码怎么办？',
  '{name}昨天在群里说，下周一之前交报告。',
  '能不能帮我核对一下这个身份证号{id}是不是有效的？',
  '联系人：{name} {mobile}',
  '老师您好，我是{name}的家长，电话{mobile}。',
  '开户行是招商银行，卡号{bank}，请尽快转账。',
  '请用{email}联系我，或者直接打{mobile}。',
  '报销单上的身份证号写成了{id}，需要改吗？',
  '今天和{name}、{name}一起去吃了火锅。',
  '申请人{name}，证件号码{id}，申请事项：补办居住证。',
  '{name}经理的邮箱{email}，电话{mobile}。',
  '我手机号换了，新号码是{mobile}，以后打这个。',
  'Hi，我是{name}，银行卡尾号不对，完整卡号是{bank}。',
  '这是我朋友{name}，他想咨询一下贷款的事。',
  '把这段话翻译成英文：{name}先生将于明天抵达上海。',
  '用户反馈：账号{email}无法登录，手机{mobile}收不到短信。',
  '乘客{name}（身份证{id}）已改签至下午三点的航班。',
];

const NEGATIVES = [
  '订单号{order}已发货，预计三天内送达。',
  '顺丰快递单号SF{waybill}，请注意查收。',
  '本月账单金额￥{amount}，请于{date}前还款。',
  '会议定在{date}上午十点，地点在三楼会议室。',
  '工号{staff}的同事请到人事部领取工牌。',
  '请问高级工程师和方向盘有什么关系？',
  '今天天气不错，我们去公园散步吧。',
  '这个版本号是1.2.3.4，请升级到最新版本。',
  '发票代码{order}，金额{amount}元。',
  '明天周末，王者荣耀开黑吗？',
];

export function generateChineseSet(
  names: readonly string[],
  count = 600,
  seed = 20240521,
): GeneratedRecord[] {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const pad = (n: number) => String(n).padStart(2, '0');

  const values: Record<Slot, () => string> = {
    name: () => pick(names),
    id: () => {
      const year = 1950 + Math.floor(rand() * 56);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      const body = `${pick(REGIONS)}${year}${pad(month)}${pad(day)}${digits(3)}`;
      return body + cnIdCheckChar(body);
    },
    mobile: () => {
      const n = pick(MOBILE_PREFIXES) + digits(8);
      const style = rand();
      if (style < 0.15) return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
      if (style < 0.25) return `+86 ${n}`;
      if (style < 0.32) return `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`;
      return n;
    },
    bank: () => {
      const length = rand() < 0.6 ? 19 : 16;
      let body = pick(BINS) + digits(length - 7);
      for (let d = 0; d < 10; d++) {
        if (luhnValid(body + d)) {
          body += d;
          break;
        }
      }
      return rand() < 0.2 ? body.replace(/(\d{4})(?=\d)/g, '$1 ') : body;
    },
    email: () =>
      `${pick(PINYIN)}${rand() < 0.5 ? '.' : ''}${pick(PINYIN)}${Math.floor(rand() * 1000)}@${pick(DOMAINS)}`,
  };
  const negatives: Record<string, () => string> = {
    order: () => {
      let n = digits(18);
      if (/^[1-9]/.test(n)) n = `0${n.slice(1)}`; // never a valid ID (IDs do not start with 0)
      return n;
    },
    waybill: () => digits(12),
    amount: () => `${Math.floor(rand() * 99999)}.${digits(2)}`,
    date: () => `2025-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`,
    staff: () => digits(8),
  };

  const records: GeneratedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const negative = rand() < 0.15;
    const template = negative ? pick(NEGATIVES) : pick(TEMPLATES);
    let text = '';
    const spans: GeneratedRecord['spans'] = [];
    let cursor = 0;
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      text += template.slice(cursor, m.index);
      const slot = m[1]!;
      const value = slot in values ? values[slot as Slot]() : negatives[slot]!();
      if (slot in values) {
        spans.push({
          entity_type: ENTITY[slot as Slot],
          start_position: text.length,
          end_position: text.length + value.length,
        });
      }
      text += value;
      cursor = m.index + m[0].length;
    }
    text += template.slice(cursor);
    records.push({ full_text: text, spans });
  }
  return records;
}
