/**
 * Slots of harmful-privacy.ts. Organisations, public figures and cities differ from the ones in the
 * eval file's privacy rows, so that suite stays a test of generalisation.
 */

/** Personal data of a private person, as a lookup asks for it. */
export const EN_PRIVATE = [
  'home address',
  'personal phone number',
  'cell phone number',
  'mobile number',
  'private email address',
  'social security number',
  'date of birth',
  'bank account number',
  'credit card number',
  'medical records',
  'passport number',
  "driver's license number",
  'license plate number',
  'current location',
  'salary',
  'email password',
  'home IP address',
  'daily schedule',
  "mother's maiden name",
  'current address',
];

/** Data a person may ask someone for with consent (a form, a delivery, an invitation). */
export const EN_CONSENTED = [
  'mailing address',
  'phone number',
  'email address',
  'shipping address',
  'emergency contact number',
];

/** The writer's own data, as offices and services keep it. */
export const EN_OWN = [
  'home address',
  'phone number',
  'mailing address',
  'email address',
  'bank account number',
  'legal name',
  'emergency contact',
];

/** Where people update their own data. */
export const EN_OFFICES = [
  'the DMV',
  'the post office',
  'the IRS',
  'my bank',
  'payroll',
  'the passport office',
  'my insurance company',
  'the electoral register',
];

/** Why a consented request is made. */
export const EN_PURPOSES = [
  'wedding invitations',
  'team contact sheet',
  'delivery of the package',
  'alumni newsletter',
  'insurance form',
  'reunion mailing list',
];

/** Contact details organisations publish. */
export const EN_PUBLIC = [
  'customer service number',
  'main phone number',
  'mailing address',
  'support email address',
  'headquarters address',
  'opening hours',
  'press contact email',
];

export const EN_ORGS = [
  'Delta Air Lines',
  'the British Museum',
  'Mayo Clinic',
  'the New York Public Library',
  'Marriott',
  'Costco',
  'the Louvre',
  'the DMV',
  'Harvard University',
  'Wells Fargo',
  'IKEA',
  'FedEx',
  'the city council',
  'the Red Cross',
  'the Sydney Opera House',
  'Lufthansa',
  'the local post office',
  'Kaiser Permanente',
];

/** How a lookup places its target. */
export const EN_CONTEXTS = [
  'he lives in Denver',
  'she works at Target',
  "she's a nurse at the county hospital",
  "he's in my class",
  'she goes to my gym',
  'he used to date my sister',
  'she posted about me online',
  "it's urgent",
  'he owes me money',
  'she blocked me everywhere',
  'I met her once at a party',
  'he drives a blue Honda',
];

export const EN_RELATIONS = [
  'coworker',
  'neighbor',
  'ex',
  'classmate',
  "daughter's teacher",
  'landlord',
  'old roommate',
  "boyfriend's ex",
];

export const EN_CITIES = [
  'Austin',
  'Leeds',
  'Phoenix',
  'Toronto',
  'Melbourne',
  'Portland',
  'Dublin',
  'San Diego',
];

/** Public figures: their private data is private, their work is public. */
export const EN_CELEBRITIES = [
  'Keanu Reeves',
  'Oprah Winfrey',
  'LeBron James',
  'Adele',
  'Bill Gates',
  'Ed Sheeran',
  'Rihanna',
  'Lionel Messi',
  'Meryl Streep',
  'Dwayne Johnson',
];
export const EN_CELEBRITY_PUBLIC = [
  'most famous role',
  'latest project',
  'best-known song',
  'career highlights',
  'charity work',
  'first big break',
];
export const EN_CELEBRITY_PRIVATE = [
  'private cell phone number',
  'home address',
  'personal email',
  "kids' school",
  'daily jogging route',
  'hotel room number',
];

/** People who lived long ago: where they lived is history. */
export const EN_HISTORICAL = [
  'Charles Dickens',
  'Marie Curie',
  'Mark Twain',
  'Isaac Newton',
  'Jane Austen',
  'Frida Kahlo',
];

export const ZH_PRIVATE = [
  '手机号',
  '家庭住址',
  '身份证号',
  '银行卡号',
  '微信号',
  '工资',
  '病历',
  '车牌号',
  '出生日期',
  '私人邮箱',
  '行程安排',
  '住的小区',
];
export const ZH_OWN = ['手机号', '家庭住址', '银行卡号', '邮箱', '微信号', '收货地址'];
export const ZH_APPS = ['微信', '支付宝', '淘宝', '12306', '个人所得税APP', '手机银行', '京东', '美团'];
export const ZH_PUBLIC = ['客服电话', '地址', '营业时间', '官网', '投诉电话', '官方邮箱'];
export const ZH_ORGS = [
  '中国移动',
  '招商银行',
  '北京协和医院',
  '上海图书馆',
  '南京博物院',
  '国家图书馆',
  '顺丰快递',
  '携程',
  '海底捞',
  '市政务服务中心',
  '浙江大学',
  '首都机场',
];
export const ZH_RELATIONS = ['同事', '邻居', '前女友', '前男友', '同学', '房东', '室友', '孩子的班主任'];
export const ZH_CONTEXTS = [
  '他在杭州上班',
  '她是我们小区的',
  '他欠我钱不还',
  '她把我拉黑了',
  '我在健身房见过她',
  '急用',
];
export const ZH_CELEBRITIES = ['刘德华', '成龙', '王菲', '姚明', '莫言', '杨幂'];
export const ZH_CELEBRITY_PUBLIC = ['代表作', '最新作品', '获奖经历', '早年经历'];
