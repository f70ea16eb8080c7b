import { describe, expect, it } from 'vitest';
import { createPiiDetector } from './detector.js';

const detector = createPiiDetector();
const codes = (text: string) => detector.detect(text).map((m) => m.code);
const found = (text: string) => detector.detect(text).map((m) => [m.code, text.slice(m.start, m.end)]);

/** Each case: [code, text containing it, the matched value]. Secrets are built at run time. */
const POSITIVE: [string, string, string][] = [
  ['pii.email', '请发到 zhang.wei+cv@mail.example.com.cn 谢谢', 'zhang.wei+cv@mail.example.com.cn'],
  ['pii.cn_mobile', '我的手机号13812345678', '13812345678'],
  ['pii.cn_mobile', 'call +86 139-1234-5678 now', '+86 139-1234-5678'],
  ['pii.cn_landline', '办公电话010-62345678', '010-62345678'],
  ['pii.phone', 'Call me at +1-903-140-4508x769 please', '+1-903-140-4508x769'],
  ['pii.phone', 'phone: (555) 123-4567', '(555) 123-4567'],
  ['pii.ip_address', 'server 192.168.10.25 is down', '192.168.10.25'],
  ['pii.ip_address', 'ipv6 2001:db8:85a3::8a2e:370:7334 here', '2001:db8:85a3::8a2e:370:7334'],
  ['pii.mac_address', 'MAC 00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E'],
  ['pii.cn_id_card', '身份证号：11010519491231002X。', '11010519491231002X'],
  ['pii.cn_uscc', '统一社会信用代码91350100M000100Y43', '91350100M000100Y43'],
  ['pii.cn_passport', '护照号码E12345678', 'E12345678'],
  ['pii.cn_travel_permit', '港澳通行证C12345678', 'C12345678'],
  ['pii.cn_license_plate', '车牌号粤B12345', '粤B12345'],
  ['pii.credit_card', 'card 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111'],
  ['pii.cn_bank_card', '工商银行卡号6222020200112233445', '6222020200112233445'],
  ['pii.iban', 'IBAN DE89 3704 0044 0532 0130 00 please', 'DE89 3704 0044 0532 0130 00'],
  ['pii.us_ssn', 'my SSN is 460-89-9847', '460-89-9847'],
  ['pii.us_passport', 'US passport number 123456789', '123456789'],
  ['pii.us_driver_license', "driver's license F1628235", 'F1628235'],
  ['pii.person', 'My name is Elizabeth Hanson.', 'Elizabeth Hanson'],
  ['pii.person', '联系人：王芳，电话见下', '王芳'],
  ['pii.person', '欧阳娜娜女士明天到', '欧阳娜娜'],
  ['pii.person', '陈先生于1993年加入本公司', '陈'],
  ['pii.person', 'they had 6: silvana, adam and brian', 'adam'],
  ['pii.person', 'Customer: Wang Lei, DOB 1987-03-14', 'Wang Lei'],
  ['pii.location', 'I am originally from Marindia, and 26 y/o.', 'Marindia'],
  ['pii.organization', 'The Propublica office is at the corner', 'Propublica'],
  ['pii.address', 'I live at 24 Clarke Avenue, Springfield', '24 Clarke Avenue, Springfield'],
  ['pii.address', '地址：上海市浦东新区世纪大道100号', '上海市浦东新区世纪大道100号'],
  ['pii.date_of_birth', 'born on 3/29/1982 in Prague', '3/29/1982'],
  ['pii.age', 'I am 42 years old', '42'],
  ['pii.age', '他今年35岁', '35'],
];

const NEGATIVE: [string, string][] = [
  ['pii.cn_id_card', '订单号110105194912310021'],
  ['pii.credit_card', 'order 4111 1111 1111 1112'],
  ['pii.iban', 'code GB82WEST12345698765433'],
  ['pii.us_ssn', 'ticket 000-12-3456'],
  ['pii.ip_address', 'version 1.2.3.4 released'],
  ['pii.cn_mobile', '编号12812345678'],
  ['pii.phone', 'released on 2024-05-06 at noon'],
  ['pii.person', 'The quick brown fox jumps over the lazy dog.'],
  ['pii.person', '我们明天高级会议讨论方向问题'],
  ['pii.person', '曾任宁波城建机械厂厂长'],
  ['pii.person', '我们在Windows和Linux上测试了MySQL'],
  ['pii.person', 'Customer: ACME, DOB 1987-03-14'],
  ['pii.address', 'Card 5555 5555 5555 4444 exp 04/27 CVV 123'],
  ['pii.us_passport', 'invoice 123456789'],
];

describe('PII recognizers', () => {
  for (const [code, text, value] of POSITIVE) {
    it(`finds ${code} in ${JSON.stringify(text)}`, () => {
      expect(found(text)).toContainEqual([code, value]);
    });
  }
  for (const [code, text] of NEGATIVE) {
    it(`does not report ${code} in ${JSON.stringify(text)}`, () => {
      expect(codes(text)).not.toContain(code);
    });
  }
  it('reports spans that never overlap and are sorted', () => {
    const text = '张伟 11010519491231002X 13812345678 zhang@example.com 4111111111111111';
    const matches = detector.detect(text);
    for (let i = 1; i < matches.length; i++)
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });
  it('entity filter', () => {
    const only = createPiiDetector({ entities: ['email'] });
    expect(only.detect('a@b.co 13812345678').map((m) => m.code)).toEqual(['pii.email']);
  });
});
