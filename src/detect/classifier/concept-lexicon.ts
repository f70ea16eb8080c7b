/**
 * Concept lexicon: named groups of terms (every chemical-weapon agent, every jailbreak persona...) that
 * each give the linear classifiers one extra feature, so a model trained on some of a concept's terms
 * also responds to the ones it never saw in training.
 *
 * Terms are matched against normalised text (NFKC, lower-cased, leetspeak and homoglyphs folded;
 * traditional Chinese is read as simplified, so terms are written in simplified only):
 * - English: a word is a maximal run of [a-z0-9'_] (hyphens, dots and slashes split words). A term is
 *   one word, or two words with exactly one space between them, matched as adjacent words. Matching is
 *   exact per word, so inflections and plurals are listed explicitly.
 * - Chinese: 2 or 3 CJK ideographs, matched anywhere in the text; longer words are listed by a
 *   distinctive 3-character part (勒索软件 → 勒索软).
 * Tokens that mix letters and digits are folded by the normaliser, so they are listed as folded
 * ("ak47" is read as "akat", "rot13" as "rotie"); every term is its own normal form.
 * No term belongs to two concepts. Identity-group names are deliberately absent from every concept.
 */
import { PERSON_NAME_TERMS } from './person-names.js';

export interface Concept {
  /** Stable id ('harm.chem_weapon'); it names a model feature, so renaming one means retraining. */
  id: string;
  /** English terms: lowercase, one word or two words separated by one space. */
  en: readonly string[];
  /** Chinese terms: 2 or 3 CJK ideographs each. */
  zh: readonly string[];
}

// biome-ignore format: term lists packed several to a line read better than one term per line.
export const CONCEPTS: readonly Concept[] = [
  // Harm: weapons of mass destruction and weaponisation.
  {
    id: 'harm.chem_weapon',
    en: [
      'sarin', 'soman', 'tabun', 'cyclosarin', 'vx', 'novichok', 'novichoks', 'nerve agent', 'nerve agents',
      'nerve gas', 'mustard gas', 'sulfur mustard', 'sulphur mustard', 'nitrogen mustard', 'lewisite',
      'phosgene', 'diphosgene', 'chloropicrin', 'chlorine gas', 'hydrogen cyanide', 'cyanogen chloride',
      'blister agent', 'blister agents', 'vesicant', 'vesicants', 'choking agent', 'blood agent',
      'chemical weapon', 'chemical weapons', 'chemical warfare', 'chemical attack', 'gas attack', 'toxic gas',
      'poison gas', 'sarin gas', 'vx gas', 'zyklon', 'zyklon b', 'thiodiglycol', 'pinacolyl',
      'methylphosphonic', 'methylphosphonyl', 'methylphosphonate', 'dmmp', 'binary munition',
      'binary munitions', 'tear gas', 'incapacitating agent', 'quinuclidinyl', 'organophosphate agent',
    ],
    zh: [
      '沙林', '梭曼', '塔崩', '环沙林', '维埃克', '诺维乔', '神经毒', '芥子气', '路易氏', '双光气', '氯化苦',
      '碳酰氯', '碳醯氯', '氯气', '氰化氢', '氯化氰', '毒气', '化学武', '化武', '糜烂性', '窒息性', '催泪瓦',
      '齐克隆', '甲基膦', '硫二甘', '失能剂',
    ],
  },
  {
    id: 'harm.bio_weapon',
    en: [
      'anthrax', 'anthracis', 'bacillus anthracis', 'smallpox', 'variola', 'ebola', 'marburg',
      'bubonic plague', 'pneumonic plague', 'yersinia pestis', 'pestis', 'tularemia', 'tularensis',
      'botulinum', 'botulism', 'ricin', 'abrin', 'saxitoxin', 'bioweapon', 'bioweapons', 'bio weapon',
      'biological weapon', 'biological weapons', 'biological warfare', 'biological attack', 'bioterror',
      'bioterrorism', 'bioterrorist', 'germ warfare', 'pathogen enhancement', 'enhanced transmissibility',
      'transmissibility', 'virulence', 'select agent', 'select agents', 'nipah', 'glanders', 'melioidosis',
      'brucella', 'brucellosis', 'rinderpest', 'horsepox', 'mousepox', 'aerosolize', 'aerosolized',
      'aerosolise', 'aerosolised', 'weaponized anthrax', 'spore dispersal', 'pandemic pathogen',
      'engineered virus',
    ],
    zh: [
      '炭疽', '炭疽杆', '天花病', '埃博拉', '马尔堡', '鼠疫', '黑死病', '兔热病', '土拉菌', '肉毒杆',
      '肉毒素', '蓖麻毒', '相思子', '石房蛤', '生物武', '生化武', '生物战', '生物恐', '病原体', '高致病',
      '布鲁氏', '鼻疽', '类鼻疽', '尼帕病', '人造病', '基因武', '细菌战', '细菌武',
    ],
  },
  {
    id: 'harm.nuclear_radiological',
    en: [
      'dirty bomb', 'dirty bombs', 'radiological weapon', 'radiological weapons', 'radiological dispersal',
      'nuclear bomb', 'nuclear bombs', 'nuclear weapon', 'nuclear weapons', 'nuclear device', 'atomic bomb',
      'atomic bombs', 'hydrogen bomb', 'nuke', 'nukes', 'suitcase nuke', 'enriched uranium',
      'highly enriched', 'weapons grade', 'weapon grade', 'uranium enrichment', 'enrich uranium', 'plutonium',
      'polonium', 'yellowcake', 'uranium hexafluoride', 'gas centrifuge', 'fissile', 'fissile material',
      'implosion lens', 'neutron initiator', 'caesium 137', 'cesium 137', 'cobalt 60', 'strontium 90',
      'radioactive material', 'radioactive source', 'radioactive sources', 'nuclear material',
    ],
    zh: [
      '核武', '原子弹', '氢弹', '脏弹', '核弹', '浓缩铀', '高浓铀', '武器级', '铀浓缩', '核材料', '氟化铀',
      '核装置', '裂变材', '钚弹', '核爆炸', '放射源', '钸弹', '核爆',
    ],
  },
  {
    id: 'harm.mass_casualty',
    en: [
      'weaponize', 'weaponizes', 'weaponized', 'weaponizing', 'weaponise', 'weaponises', 'weaponised',
      'weaponising', 'weaponization', 'weaponisation', 'mass casualty', 'mass casualties',
      'maximum casualties', 'maximize casualties', 'maximise casualties', 'mass destruction', 'wmd', 'wmds',
      'kill thousands', 'kill millions', 'most lethal', 'lethality',
    ],
    zh: [
      '武器化', '杀伤性', '杀伤力', '规模杀', '大量伤', '大量死',
    ],
  },
  // Harm: conventional weapons, explosives and poisons.
  {
    id: 'harm.explosives',
    en: [
      'bomb', 'bombs', 'bombing', 'bombings', 'bomb making', 'bombmaking', 'pipe bomb', 'pipe bombs',
      'nail bomb', 'nail bombs', 'car bomb', 'car bombs', 'fertilizer bomb', 'ied', 'ieds', 'explosive',
      'explosives', 'detonator', 'detonators', 'detonate', 'detonates', 'detonated', 'detonating',
      'detonation', 'blasting cap', 'blasting caps', 'tnt', 'c4', 'semtex', 'rdx', 'hmx', 'petn', 'tatp',
      'hmtd', 'acetone peroxide', 'ammonium nitrate', 'anfo', 'nitroglycerin', 'nitroglycerine',
      'black powder', 'flash powder', 'gunpowder', 'thermite', 'molotov', 'molotovs', 'molotov cocktail',
      'incendiary', 'incendiary device', 'napalm', 'shrapnel', 'booby trap',
      'booby traps', 'urea nitrate', 'potassium chlorate', 'picric acid', 'nitrocellulose', 'guncotton',
      'det cord', 'detcord', 'grenade', 'grenades', 'landmine', 'landmines', 'claymore', 'remote detonation',
      'shaped charge', 'plastic explosive',
    ],
    zh: [
      '炸弹', '炸药', '爆炸物', '雷管', '起爆', '土制炸', '管状炸', '自制炸', '汽车炸', '钉子炸', '硝酸铵',
      '黑火药', '三硝基', '梯恩梯', '黑索金', '硝化甘', '铝热剂', '燃烧瓶', '燃烧弹', '手榴弹', '手雷',
      '地雷', '简易爆', '爆炸装', '引信', '塑胶炸', '塑性炸', '三过氧', '奥克托',
    ],
  },
  {
    id: 'harm.firearms',
    en: [
      'gun', 'guns', 'handgun', 'handguns', 'pistol', 'pistols', 'rifle', 'rifles', 'shotgun', 'shotguns',
      'firearm', 'firearms', 'assault rifle', 'assault rifles', 'assault weapon', 'assault weapons',
      'machine gun', 'machine guns', 'submachine', 'sniper rifle', 'glock', 'glocks', 'uzi', 'kalashnikov',
      'akat', 'ak 47', 'ar 15', 'm16', 'ammo', 'ammunition', 'hollow point', 'hollow points',
      'armor piercing', 'armour piercing', 'silencer', 'silencers', 'suppressor', 'suppressors', 'auto sear',
      'autosear', 'bump stock', 'bump stocks', 'ghost gun', 'ghost guns', 'zip gun', '3d printed',
      'printed gun', 'lower receiver', '80 lower', 'full auto', 'fully automatic', 'select fire',
      'auto conversion', 'conversion kit', 'switch glock', 'gunsmithing', 'revolver', 'revolvers', '9mm',
      'caliber', 'calibre', 'sawed off', 'sawn off', 'homemade gun',
    ],
    zh: [
      '枪支', '枪械', '手枪', '步枪', '冲锋枪', '机枪', '霰弹枪', '猎枪', '狙击枪', '气枪', '仿真枪',
      '钢珠枪', '火药枪', '自制枪', '土枪', '子弹', '弹药', '枪弹', '消音器', '枪管', '撞针', '膛线',
      '改装枪', '枪托', '弹匣', '打印枪', '枪枝', '的枪', '把枪', '支枪', '开枪',
    ],
  },
  {
    id: 'harm.melee_weapons',
    en: [
      'switchblade', 'switchblades', 'brass knuckles', 'knuckleduster', 'knuckledusters', 'machete',
      'machetes', 'butterfly knife', 'balisong', 'throwing knives', 'throwing stars', 'shuriken', 'nunchucks',
      'nunchaku', 'stun gun', 'stun guns', 'taser', 'tasers', 'crossbow', 'crossbows', 'blowgun', 'garrote',
      'shiv', 'push dagger', 'gravity knife',
    ],
    zh: [
      '管制刀', '弹簧刀', '蝴蝶刀', '砍刀', '弓弩', '军刺', '三棱刺', '指虎', '电击枪', '甩棍', '匕首',
      '开山刀', '西瓜刀', '袖箭',
    ],
  },
  {
    id: 'harm.weapons_trafficking',
    en: [
      'arms dealer', 'arms dealers', 'arms dealing', 'arms trafficking', 'arms smuggling',
      'weapons smuggling', 'gun running', 'gunrunning', 'gunrunner', 'gunrunners', 'illegal guns',
      'illegal weapons', 'straw purchase', 'straw purchases', 'straw purchaser', 'unregistered gun',
      'unregistered guns', 'unregistered firearm', 'untraceable gun', 'untraceable guns', 'sell guns',
      'buy guns', 'gun smuggling', 'black market',
    ],
    zh: [
      '军火', '贩枪', '卖枪', '买枪', '走私枪', '私藏枪', '非法持', '枪贩', '枪支交', '黑市',
    ],
  },
  {
    id: 'harm.poisoning',
    en: [
      'poison', 'poisons', 'poisoned', 'poisoning', 'poisoner', 'poisoners', 'lethal dose', 'fatal dose',
      'lethal injection', 'cyanide', 'potassium cyanide', 'sodium cyanide', 'arsenic', 'thallium',
      'strychnine', 'antifreeze', 'ethylene glycol', 'aconite', 'aconitine', 'oleander', 'tetrodotoxin',
      'rat poison', 'hemlock', 'belladonna', 'succinylcholine', 'digitalis', 'ricin poisoning',
      'spiked drink', 'spike drink', 'spike someone', 'laced drink', 'tasteless poison',
      'undetectable poison', 'paraquat', 'tetramine',
    ],
    zh: [
      '投毒', '下毒', '毒死', '毒杀', '氰化物', '氰化钾', '氰化钠', '砒霜', '硫酸铊', '铊中毒', '鼠药',
      '老鼠药', '毒鼠强', '百草枯', '乌头碱', '河豚毒', '致死量', '致死剂', '毒药', '夹竹桃', '断肠草',
      '慢性毒',
    ],
  },
  {
    id: 'harm.arson',
    en: [
      'arson', 'arsonist', 'arsonists', 'set fire', 'setting fire', 'set ablaze', 'burn down', 'burning down',
      'burned down', 'burnt down', 'accelerant', 'accelerants', 'firebomb', 'firebombs', 'firebombing',
      'fire bomb',
    ],
    zh: [
      '纵火', '放火', '纵火犯', '烧毁', '助燃剂', '烧房子', '焚毁',
    ],
  },
  // Harm: drugs.
  {
    id: 'harm.illicit_drugs',
    en: [
      'cocaine', 'crack cocaine', 'heroin', 'meth', 'methamphetamine', 'crystal meth', 'fentanyl',
      'carfentanil', 'lsd', 'mdma', 'ecstasy', 'ketamine', 'ghb', 'pcp', 'dmt', 'psilocybin',
      'magic mushrooms', 'shrooms', 'mescaline', 'peyote', 'opium', 'oxycontin', 'weed', 'marijuana',
      'cannabis', 'hashish', 'kush', 'speedball', 'bath salts', 'flakka', 'synthetic cannabinoids',
      'krokodil', 'desomorphine', 'nitazene', 'nitazenes', 'xylazine', 'mephedrone', 'purple drank', 'snort',
      'snorting', 'snorted', 'narcotics', 'narcotic', 'street drugs', 'illegal drugs', 'illicit drugs',
      'drug dealer', 'drug dealers', 'drug dealing', 'deal drugs', 'drug trafficking', 'drug cartel',
      'cartel', 'cartels', 'junkie', 'junkies', 'getting high', 'get high', 'amphetamine', 'amphetamines',
      'benzos',
    ],
    zh: [
      '毒品', '冰毒', '海洛因', '可卡因', '古柯碱', '大麻', '摇头丸', '麻古', '氯胺酮', '芬太尼', '鸦片',
      '罂粟', '苯丙胺', '迷幻药', '迷幻蘑', '开心水', '笑气', '吸毒', '贩毒', '运毒', '嗑药', '飞叶子',
      '白粉', '毒贩', '吸食', '新型毒', '合成大', '卡西酮', '曲马多', '止咳水', '毒枭', '去氧麻', '安非他',
      '甲基安', '可待因', '溜冰壶', '麻果', '毒贩子',
    ],
  },
  {
    id: 'harm.drug_synthesis',
    en: [
      'pseudoephedrine', 'ephedrine', 'norephedrine', 'phenylacetone', 'phenyl acetone', 'safrole',
      'isosafrole', 'sassafras oil', 'piperonal', 'red phosphorus', 'anhydrous ammonia', 'birch reduction',
      'reductive amination', 'hydriodic acid', 'iodine crystals', 'ergotamine', 'lysergic acid',
      'acetic anhydride', 'precursor chemicals', 'drug precursors', 'methylamine', 'nitropropene',
      'nitrostyrene', 'p2np', 'bmk', 'pmk', 'anpp', 'npp', 'gbl', 'clandestine lab', 'clandestine labs',
      'meth lab', 'meth labs', 'cook meth', 'cooking meth', 'meth cook', 'drug lab', 'drug synthesis',
      'lithium strips',
    ],
    zh: [
      '麻黄碱', '伪麻黄', '麻黄素', '苯丙酮', '胡椒醛', '黄樟素', '黄樟油', '红磷', '氢碘酸', '醋酸酐',
      '易制毒', '制毒', '羟亚胺', '麦角胺', '麦角酸', '制冰毒', '熬毒', '毒品合', '前体化', '邻酮',
    ],
  },
  // Harm: cybercrime.
  {
    id: 'harm.malware',
    en: [
      'malware', 'ransomware', 'spyware', 'trojan', 'trojans', 'rootkit', 'rootkits', 'keylogger',
      'keyloggers', 'botnet', 'botnets', 'backdoor', 'backdoors', 'reverse shell', 'bind shell', 'webshell',
      'web shell', 'shellcode', 'infostealer', 'infostealers', 'stealer', 'cryptojacking', 'cryptojacker',
      'cryptominer', 'logic bomb', 'crypter', 'fud', 'wiper malware', 'c2', 'c2 server', 'command server',
      'meterpreter', 'metasploit', 'cobalt strike', 'mimikatz', 'emotet', 'wannacry', 'lockbit', 'njrat',
      'darkcomet', 'malicious code', 'malicious payload', 'computer virus', 'polymorphic virus',
      'self replicating', 'worm malware', 'rat malware', 'banking trojan', 'payload delivery', 'ransom note',
    ],
    zh: [
      '恶意软', '恶意代', '恶意程', '勒索软', '勒索病', '木马', '后门', '蠕虫', '键盘记', '僵尸网', '远控',
      '挖矿病', '挖矿木', '间谍软', '免杀', '电脑病', '挂马',
    ],
  },
  {
    id: 'harm.hacking',
    en: [
      'hacked', 'hacking', 'hacker', 'hackers', 'hack into', 'hacking into', 'sql injection',
      'sqli', 'xss', 'cross site', 'csrf', 'ssrf', 'xxe', 'privilege escalation', 'privesc',
      'escalate privileges', 'brute force', 'bruteforce', 'bruteforcing', 'password cracking',
      'crack passwords', 'credential stuffing', 'session hijacking', 'cookie stealing', 'arp spoofing',
      'dns spoofing', 'spoofing', 'packet sniffing', 'mitm', 'port scan', 'port scanning', 'nmap', 'sqlmap',
      'hashcat', 'aircrack', 'buffer overflow', 'heap overflow', 'remote code', 'rce', 'lfi', 'rfi',
      'directory traversal', 'path traversal', 'zero day', 'zeroday', 'exploit', 'exploits', 'exploit code',
      'exploiting vulnerabilities', 'ddos', 'dos attack', 'ddos attack', 'deface', 'defacement', 'phishing',
      'phish', 'phishing email', 'phishing emails', 'phishing page', 'spear phishing', 'smishing', 'vishing',
      'keylogging', 'unauthorized access', 'social engineering', 'credential harvesting',
      'credential dumping', 'kerberoasting', 'lateral movement', 'pentest', 'wifi cracking', 'crack wifi',
      'authentication bypass', 'bypass authentication', 'account hijacking', 'deauth', 'evil twin', 'pwn',
      'pwned',
    ],
    zh: [
      '黑客', '骇客', '入侵', '黑进', '注入攻', '跨站脚', '跨站请', '提权', '权限提', '暴力破', '撞库',
      '拖库', '脱库', '社工库', '钓鱼网', '钓鱼邮', '钓鱼链', '漏洞利', '零日漏', '拒绝服', '洪水攻',
      '端口扫', '嗅探', '破解密', '盗号', '内网渗', '渗透测', '越权', '未授权', '远程代', '黑站', '篡改网',
    ],
  },
  {
    id: 'harm.darknet',
    en: [
      'dark web', 'darkweb', 'darknet', 'darknet market', 'darknet markets', 'silk road', 'onion link',
      'onion links', 'onion site', 'onion sites', 'hidden wiki', 'tor hidden', 'dnm', 'deep web',
      'tor market', 'dread forum',
    ],
    zh: [
      '暗网', '深网', '洋葱网', '洋葱路',
    ],
  },
  // Harm: evading detection, money and fraud.
  {
    id: 'harm.evasion',
    en: [
      'untraceable', 'undetectable', 'undetected', 'untraced', 'avoid detection', 'avoiding detection',
      'evade detection', 'evading detection', 'escape detection', 'without detection', 'without trace',
      'without traces', 'no trace', 'cover tracks', 'covering tracks', 'my tracks', 'getting caught',
      'get caught', 'being caught', 'without anyone', 'anyone noticing', 'anyone knowing', 'burner phone',
      'burner phones', 'burner account', 'destroy evidence', 'destroying evidence', 'hide evidence',
      'tamper with', 'wipe fingerprints', 'antiforensic', 'anti forensics', 'evade police', 'evading police',
      'fool police', 'undetectably', 'fly under',
    ],
    zh: [
      '不被发', '不被抓', '不留痕', '无痕', '销毁证', '毁灭证', '反侦查', '逃避侦', '躲避警', '避开监',
      '不被查', '无法追', '神不知', '不被警', '掩盖罪', '逃避追', '瞒天过', '不留证', '逃脱法',
    ],
  },
  {
    id: 'harm.money_laundering',
    en: [
      'launder', 'launders', 'laundered', 'laundering', 'money laundering', 'launder money', 'dirty money',
      'smurfing', 'shell company', 'shell companies', 'offshore account', 'offshore accounts', 'money mule',
      'money mules', 'bitcoin mixer', 'crypto mixer', 'coin mixer', 'coin mixing', 'tumbler service',
      'tornado cash', 'hawala', 'cash smuggling', 'layering funds',
    ],
    zh: [
      '洗钱', '黑钱', '地下钱', '空壳公', '混币', '洗黑钱', '钱骡', '洗码',
    ],
  },
  {
    id: 'harm.fraud',
    en: [
      'scam', 'scams', 'scammer', 'scammers', 'scamming', 'scammed', 'fraud', 'frauds', 'fraudulent',
      'fraudster', 'fraudsters', 'defraud', 'defrauded', 'defrauding', 'ponzi', 'ponzi scheme',
      'pyramid scheme', 'advance fee', 'nigerian prince', 'rug pull', 'rugpull', 'fake invoice',
      'fake invoices', 'chargeback fraud', 'refund scam', 'tax evasion', 'evade taxes', 'con artist',
      'swindle', 'swindled', 'swindling', 'swindler', 'grift', 'grifter', 'grifting', 'catfish', 'catfishing',
      'fake charity', 'impersonate', 'impersonating', 'impersonation', 'embezzle', 'embezzled', 'embezzling',
      'embezzlement', 'fake reviews', 'bogus', 'insurance fraud', 'wire fraud', 'mail fraud', 'fake giveaway',
      'pump and', 'pig butchering',
    ],
    zh: [
      '诈骗', '骗局', '骗钱', '行骗', '欺诈', '诈欺', '法集资', '庞氏', '传销', '骗子', '套路贷', '资金盘',
      '逃税', '偷税', '骗保', '骗贷', '黑产', '碰瓷', '割韭菜', '集资诈', '骗取', '坑蒙', '假冒', '冒充',
    ],
  },
  {
    id: 'harm.telecom_fraud',
    en: [
      'scam compound', 'scam compounds', 'scam call', 'scam calls', 'scam texts', 'scam text', 'robocall',
      'robocalls', 'spoofed number', 'sim farm', 'sim farms', 'sim box', 'support scam', 'safe account',
      'police impersonation', 'fake customer', 'fake investment', 'investment scam', 'task scam',
      'crypto scam', 'romance scam',
    ],
    zh: [
      '电诈', '电信诈', '网络诈', '网诈', '杀猪盘', '刷单', '冒充公', '公检法', '安全账', '冒充客', '虚假投',
      '两卡', '引流诈', '裸聊诈', '网路诈', '安全帐',
    ],
  },
  {
    id: 'harm.counterfeit_ip',
    en: [
      'counterfeit', 'counterfeits', 'counterfeiting', 'counterfeiter', 'counterfeiters', 'forgery',
      'forgeries', 'forged', 'forging', 'forge documents', 'forge signature', 'forged signature', 'fake id',
      'fake ids', 'fake passport', 'fake passports', 'fake diploma', 'fake diplomas', 'fake degree',
      'fake documents', 'fake banknotes', 'fake money', 'fake currency', 'fake bills', 'fake license',
      'fake prescription', 'fake receipt', 'fake receipts', 'knockoff', 'knockoffs', 'replica watches',
      'piracy', 'pirated', 'cracked software', 'keygen', 'keygens', 'warez', 'nulled', 'cracked version',
      'cracked apk', 'modded apk', 'serial key', 'bypass drm', 'drm removal', 'torrenting', 'pirate bay',
    ],
    zh: [
      '假币', '假钞', '伪钞', '伪造', '造假', '假证', '假护照', '假文凭', '假学历', '仿冒', '山寨', '假发票',
      '假公章', '私刻公', '高仿', '盗版', '破解版', '注册机', '侵权', '绿色版',
    ],
  },
  {
    id: 'harm.identity_theft',
    en: [
      'identity theft', 'stolen identity', 'stolen identities', 'steal identity', 'steal identities',
      'stolen credit', 'stolen cards', 'stolen card', 'card numbers', 'carding', 'carder', 'carders', 'cvv',
      'cvvs', 'fullz', 'skimmer', 'skimmers', 'card skimming', 'atm skimmer', 'sim swap', 'sim swapping',
      'account takeover', 'synthetic identity', 'fake identity', 'bank logs', 'cloned card', 'cloned cards',
      'card cloning', 'dumps shop', 'bin attack',
    ],
    zh: [
      '盗刷', '身份盗', '盗用身', '冒用身', '套现', '买卖银', '假身份', '克隆卡', '盗取账', '冒名顶',
      '盗用他', '盗取帐',
    ],
  },
  {
    id: 'harm.bribery_corruption',
    en: [
      'bribe', 'bribes', 'bribed', 'bribing', 'bribery', 'kickback', 'kickbacks', 'grease payment',
      'hush money', 'corrupt official', 'corrupt officials', 'embezzle funds', 'slush fund',
    ],
    zh: [
      '行贿', '受贿', '贿赂', '回扣', '贪污', '挪用公', '权钱交', '索贿', '买官', '卖官', '潜规则',
    ],
  },
  // Harm: property crime and violence.
  {
    id: 'harm.theft',
    en: [
      'stealing', 'stolen', 'theft', 'thefts', 'thief', 'thieves', 'burglary',
      'burglaries', 'burglar', 'burglars', 'burglarize', 'break in', 'break into', 'breaking into',
      'broke into', 'shoplift', 'shoplifting', 'shoplifter', 'shoplifted', 'lockpicking', 'lock picking',
      'pick locks', 'hotwire', 'hotwiring', 'hot wire', 'car theft', 'carjack', 'carjacking', 'pickpocket',
      'pickpocketing', 'pickpockets', 'rob', 'robs', 'robbed', 'robbing', 'robbery', 'robberies', 'robber',
      'robbers', 'mugging', 'looting', 'looters', 'heist', 'heists', 'relay attack', 'bump key',
      'fence stolen',
    ],
    zh: [
      '偷窃', '盗窃', '入室', '撬锁', '扒窃', '扒手', '小偷', '抢劫', '抢银行', '偷车', '盗墓', '顺手牵',
      '偷东西', '打劫', '劫匪', '销赃', '窃取', '盗车', '盗取',
    ],
  },
  {
    id: 'harm.violence',
    en: [
      'kill', 'kills', 'killed', 'killing', 'killings', 'murder', 'murders', 'murdered', 'murdering',
      'murderer', 'murderers', 'homicide', 'assassinate', 'assassinated', 'assassinating', 'assassination',
      'stab', 'stabs', 'stabbed', 'stabbing', 'shoot', 'shooting', 'shootings', 'gunned down', 'strangle',
      'strangled', 'strangling', 'strangulation', 'smother', 'smothered', 'behead', 'beheaded', 'beheading',
      'decapitate', 'decapitated', 'dismember', 'dismembered', 'dismemberment', 'massacre', 'massacres',
      'slaughter', 'slaughtered', 'bludgeon', 'bludgeoned', 'beat up', 'beating up', 'maim', 'maimed',
      'mutilate', 'mutilated', 'mutilation', 'mass murder', 'mass shooting', 'school shooting', 'hitman',
      'hit man', 'contract killing', 'serial killer', 'bloodshed', 'lynch', 'lynching', 'kill him',
      'kill her', 'kill them', 'hurt someone', 'a corpse', 'hide body', 'bury body', 'execute him',
    ],
    zh: [
      '杀人', '谋杀', '杀死', '杀害', '砍人', '捅死', '砍死', '勒死', '掐死', '闷死', '碎尸', '分尸', '肢解',
      '毁尸', '抛尸', '藏尸', '屠杀', '斩首', '枪杀', '刺杀', '暗杀', '行凶', '凶杀', '凶手', '买凶', '雇凶',
      '灭口', '灭门', '血洗', '报复社', '杀了他', '割喉', '杀了她', '弄死他', '弄死她', '砍杀', '殴打',
      '打架斗', '持刀',
    ],
  },
  {
    id: 'harm.torture',
    en: [
      'torture', 'tortures', 'tortured', 'torturing', 'torturer', 'waterboarding', 'waterboard',
      'inflict pain', 'maximum pain', 'most painful', 'burn alive', 'burned alive', 'burnt alive',
      'skin alive', 'flay', 'flaying', 'sadistic', 'make suffer', 'suffer slowly', 'slow death',
      'pulling teeth', 'electrocute', 'electrocuted',
    ],
    zh: [
      '酷刑', '虐待', '折磨', '凌虐', '虐杀', '严刑', '拷打', '拷问', '刑讯', '水刑', '活埋', '凌迟', '电刑',
      '私刑', '逼供',
    ],
  },
  {
    id: 'harm.kidnap_extortion',
    en: [
      'kidnap', 'kidnaps', 'kidnapped', 'kidnapping', 'kidnapper', 'kidnappers', 'abduct', 'abducts',
      'abducted', 'abducting', 'abduction', 'ransom', 'ransoms', 'hostage', 'hostages', 'hold hostage',
      'blackmail', 'blackmails', 'blackmailed', 'blackmailing', 'extort', 'extorts', 'extorted', 'extorting',
      'extortion', 'protection money', 'lure children', 'sextortion', 'sextort',
    ],
    zh: [
      '绑架', '绑票', '劫持', '赎金', '人质', '非法拘', '勒索', '敲诈', '讹诈', '要挟', '保护费', '拐骗儿',
      '裸聊敲',
    ],
  },
  // Harm: terrorism and extremism.
  {
    id: 'harm.terrorism',
    en: [
      'terrorism', 'terrorist', 'terrorists', 'terror attack', 'terror attacks', 'terror cell',
      'suicide bomber', 'suicide bombers', 'suicide bombing', 'suicide vest', 'martyrdom operation', 'jihad',
      'jihadist', 'jihadists', 'jihadi', 'lone wolf', 'car ramming', 'vehicle ramming', 'ramming attack',
      'soft target', 'soft targets', 'hostage taking', 'hijack plane', 'plane hijacking', 'attack plan',
      'bomb threat', 'bomb threats', 'mass attack',
    ],
    zh: [
      '恐怖主', '恐怖分', '恐怖份', '恐袭', '恐怖袭', '自杀式', '人肉炸', '圣战', '劫机', '暴恐', '暴力恐',
      '孤狼', '恐怖组', '恐怖活',
    ],
  },
  {
    id: 'harm.extremism',
    en: [
      'extremist', 'extremists', 'extremism', 'radicalize', 'radicalized', 'radicalizing', 'radicalization',
      'radicalise', 'radicalised', 'radicalisation', 'isis', 'isil', 'daesh', 'al qaeda', 'al qaida',
      'alqaeda', 'al shabaab', 'boko haram', 'taliban', 'hezbollah', 'neo nazi', 'neo nazis', 'neonazi',
      'neonazis', 'nazis', 'white supremacist', 'white supremacists', 'white supremacy', 'kkk', 'ku klux',
      'klan', 'atomwaffen', 'accelerationism', 'accelerationist', 'great replacement', 'race war',
      'ethnostate', '1488', 'fourteen words', 'caliphate', 'recruit fighters',
    ],
    zh: [
      '极端主', '极端分', '激进化', '基地组', '塔利班', '博科圣', '新纳粹', '纳粹', '宗教极', '圣战士',
      '极端组', '达伊沙',
    ],
  },
  // Harm: self-harm, suicide, eating disorders.
  {
    id: 'harm.self_harm',
    en: [
      'self harm', 'selfharm', 'self harming', 'self harmed', 'self injury', 'self injure', 'self mutilation',
      'cutting myself', 'cut myself', 'cut deeper', 'hurt myself', 'hurting myself', 'harm myself',
      'harming myself', 'burn myself', 'burning myself', 'punish myself', 'my wrists', 'my wrist',
      'razor blade', 'razor blades',
    ],
    zh: [
      '自残', '自伤', '割腕', '自虐', '伤害自', '自我伤', '划手臂', '割手', '划伤自', '烫自己',
    ],
  },
  {
    id: 'harm.suicide',
    en: [
      'suicide', 'suicides', 'suicidal', 'kill myself', 'killing myself', 'own life', 'wanna die',
      'hang myself', 'hanging myself', 'noose', 'overdose', 'overdosing', 'overdosed', 'suicide note', 'kms',
      'unalive', 'unaliving', 'sewer slide', 'exit bag', 'helium hood', 'charcoal burning', 'carbon monoxide',
      'painless death', 'painless way', 'die painlessly', 'jump off', 'not wake', 'mass suicide',
      'sleeping pills',
    ],
    zh: [
      '自杀', '轻生', '寻死', '想死', '不想活', '跳楼', '上吊', '烧炭', '服毒', '安眠药', '结束生', '活不下',
      '遗书', '自尽', '卧轨', '吞药', '死了算',
    ],
  },
  {
    id: 'harm.eating_disorder',
    en: [
      'pro ana', 'proana', 'pro mia', 'promia', 'thinspiration', 'thinspo', 'meanspo', 'bonespo', 'purging',
      'binge purge', 'ana coach', 'ana buddy', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'starve myself',
      'starving myself', 'skip meals', 'skipping meals', 'laxative', 'laxatives', 'thigh gap', 'thigh gaps',
      'water fast', 'goal weight', 'ugw', '500 calories', 'calorie restriction',
    ],
    zh: [
      '厌食', '暴食', '催吐', '抠喉', '泻药', '极端节', '骨感', '暴瘦', '断食', '厌食症', '减肥药', '绝食减',
      '瘦到',
    ],
  },
  // Harm: sexual content and exploitation.
  {
    id: 'harm.csam',
    en: [
      'child porn', 'child pornography', 'kiddie porn', 'kiddy porn', 'underage', 'jailbait', 'loli',
      'lolicon', 'shota', 'shotacon', 'preteen', 'preteens', 'pedo', 'pedos', 'pedophile', 'pedophiles',
      'pedophilia', 'paedophile', 'paedophiles', 'paedophilia', 'paedo', 'paedos', 'csam', 'child sexual',
      'child abuse', 'minor sexual', 'nude child', 'naked child', 'child grooming', 'groom children', 'pthc',
      'hebephile', 'toddlercon', 'sexualize children', 'sexualizing minors',
    ],
    zh: [
      '幼女', '萝莉', '恋童', '儿童色', '童妓', '雏妓', '正太', '娈童', '性侵儿', '猥亵儿', '儿童裸',
    ],
  },
  {
    id: 'harm.sexual_explicit',
    en: [
      'porn', 'porno', 'pornography', 'pornographic', 'nsfw', 'hentai', 'explicit sex', 'sex scene',
      'sexual content', 'erotic', 'erotica', 'smut', 'smutty', 'nude', 'nudes', 'naked', 'blowjob', 'handjob',
      'orgasm', 'orgasms', 'masturbate', 'masturbation', 'masturbating', 'sexting', 'onlyfans', 'camgirl',
      'fetish', 'fetishes', 'bdsm', 'kinky', 'threesome', 'anal sex', 'oral sex', 'horny', 'milf', 'incest',
      'prostitution', 'prostitute', 'prostitutes', 'brothel', 'brothels', 'pimp', 'pimps', 'pimping',
      'escort service', 'sex work', 'sex worker', 'hooker', 'hookers', 'lewd', 'cumshot',
    ],
    zh: [
      '色情', '黄片', '黄网', '黄色网', '黄色片', '黄色小', '毛片', '成人片', '女优', '做爱', '性交', '口交',
      '肛交', '自慰', '手淫', '淫秽', '淫荡', '黄图', '约炮', '一夜情', '卖淫', '嫖娼', '嫖客', '妓女',
      '妓院', '招嫖', '援交', '外围女', '红灯区', '大保健', '淫乱', '性爱', '情色', '裸体',
    ],
  },
  {
    id: 'harm.sexual_violence',
    en: [
      'rape', 'rapes', 'raped', 'raping', 'rapist', 'rapists', 'sexual assault', 'sexually assault',
      'sexually assaulted', 'molest', 'molests', 'molested', 'molesting', 'molestation', 'molester',
      'molesters', 'date rape', 'roofie', 'roofies', 'roofied', 'rohypnol', 'grope', 'groped', 'groping',
      'nonconsensual', 'non consensual', 'forced sex', 'drug her', 'spike her',
    ],
    zh: [
      '强奸', '强暴', '迷奸', '轮奸', '性侵', '猥亵', '诱奸', '奸淫', '迷药', '春药', '听话水', '咸猪手',
      '非礼', '性骚扰',
    ],
  },
  {
    id: 'harm.intimate_image_abuse',
    en: [
      'revenge porn', 'upskirt', 'upskirting', 'creepshot', 'creepshots', 'deepfake nude', 'deepfake nudes',
      'deepfake porn', 'nudify', 'nudifier', 'undress app', 'undress her', 'leaked nudes', 'nude leak',
      'spy cam', 'spycam', 'hidden camera', 'hidden cameras', 'secretly film', 'secretly record',
    ],
    zh: [
      '偷拍', '裸照', '艳照', '不雅照', '不雅视', '一键脱', '脱衣软', '换脸', '私密照', '偷录', '针孔',
    ],
  },
  {
    id: 'harm.human_trafficking',
    en: [
      'human trafficking', 'trafficking', 'trafficked', 'trafficker', 'traffickers', 'sex trafficking',
      'forced labor', 'forced labour', 'debt bondage', 'child labor', 'child labour', 'smuggle', 'smuggles',
      'smuggled', 'smuggling', 'smuggler', 'smugglers', 'people smuggling', 'human smuggling',
      'organ trafficking', 'organ harvesting', 'sell organs', 'sell kidney', 'child trafficking',
      'bride trafficking', 'sex slave', 'sex slaves', 'slave labor', 'confiscate passports',
    ],
    zh: [
      '拐卖', '人口贩', '贩卖人', '拐骗', '走私', '偷渡', '蛇头', '人贩子', '器官买', '卖肾', '强迫劳',
      '童工', '买媳妇', '卖器官', '性奴', '奴役',
    ],
  },
  // Harm: privacy, harassment, information integrity.
  {
    id: 'harm.stalking',
    en: [
      'stalk', 'stalks', 'stalked', 'stalking', 'stalker', 'stalkers', 'cyberstalking', 'cyberstalk',
      'stalkerware', 'track someone', 'track her', 'track him', 'tracking her', 'tracking him', 'spy on',
      'spying on', 'secretly track', 'gps tracker', 'tracking device', 'her location', 'his location',
      "someone's location", "wife's phone", "husband's phone", "girlfriend's phone", "boyfriend's phone",
      "partner's phone", 'mspy', 'flexispy', 'phone tapping', 'wiretap', 'wiretapping', 'eavesdrop',
      'eavesdropping', 'monitor her', 'monitor him',
    ],
    zh: [
      '跟踪狂', '跟踪她', '跟踪他', '监控手', '定位器', '窃听', '偷窥', '偷看她', '偷看他', '定位她',
      '定位他', '偷偷定', '查岗', '尾随',
    ],
  },
  {
    id: 'harm.doxxing',
    en: [
      'dox', 'doxx', 'doxxed', 'doxxing', 'doxed', 'doxing', 'home address', 'home addresses',
      'social security', 'ssn', 'ssns', 'passport number', "someone's address", "someone's identity",
      'reverse lookup', 'people search', "mother's maiden", 'maiden name', 'leak personal', 'expose identity',
      'unmask', 'real identity',
    ],
    zh: [
      '人肉搜', '人肉他', '人肉她', '开盒', '份证号', '家庭住', '家庭地', '开房记', '曝光隐', '泄露隐',
      '隐私信', '行踪', '真实身',
    ],
  },
  {
    id: 'harm.harassment',
    en: [
      'harass', 'harasses', 'harassed', 'harassing', 'harassment', 'bully', 'bullies', 'bullied', 'bullying',
      'cyberbully', 'cyberbullying', 'intimidate', 'intimidated', 'intimidating', 'intimidation', 'trolling',
      'dogpile', 'dogpiling', 'brigade', 'brigading', 'mass report', 'mass reporting', 'swatting', 'swatted',
      'humiliate', 'humiliated', 'humiliating', 'torment', 'tormenting', 'hate mail', 'hate raid', 'pile on',
    ],
    zh: [
      '骚扰', '霸凌', '欺凌', '网暴', '人身攻', '恶意举', '围攻', '羞辱', '辱骂', '孤立她', '孤立他',
      '网络暴', '挂人', '网路暴',
    ],
  },
  {
    id: 'harm.misinformation',
    en: [
      'hoax', 'hoaxes', 'conspiracy', 'conspiracies', 'disinformation', 'misinformation', 'fake news',
      'propaganda', 'false flag', 'deep state', 'plandemic', 'chemtrails', 'flat earth', 'crisis actor',
      'crisis actors', 'world order', 'illuminati', 'qanon', 'pizzagate', 'cover up', 'sheeple', 'antivax',
      'anti vax', 'antivaxxer', 'antivaxxers', 'vaccines cause', 'fabricated', 'fabricate', 'fabricating',
      'astroturf', 'astroturfing', 'sockpuppet', 'sockpuppets', 'sock puppet', 'troll farm', 'bot farm',
      'deepfake', 'deepfakes', 'fake story', 'fake quote', 'fake quotes', 'hoaxer',
    ],
    zh: [
      '谣言', '造谣', '传谣', '阴谋论', '假新闻', '虚假信', '水军', '带节奏', '深度伪', '捏造', '编造',
      '舆论操', '杜撰', '假消息', '伪科学',
    ],
  },
  {
    id: 'harm.election',
    en: [
      'election fraud', 'voter fraud', 'rigged election', 'rigged elections', 'stolen election',
      'voter suppression', 'ballot stuffing', 'fake ballots', 'vote buying', 'buy votes',
      'voter intimidation', 'election interference', 'election meddling', 'disenfranchise',
      'disenfranchising', 'double voting', 'vote twice', 'dead voters', 'rig the', 'rigged',
      'ballot harvesting', 'election denial',
    ],
    zh: [
      '贿选', '选举舞', '操纵选', '干预选', '假选票', '刷票', '做票', '作票', '买选票',
    ],
  },
  // Harm: other regulated activity.
  {
    id: 'harm.gambling',
    en: [
      'gamble', 'gambling', 'gambler', 'gamblers', 'online casino', 'online casinos', 'illegal gambling',
      'bookie', 'bookies', 'betting tips', 'match fixing', 'fixed match', 'fixed matches', 'point shaving',
      'casino', 'casinos', 'slot machine', 'slot machines', 'roulette', 'baccarat', 'sportsbook', 'parlay',
      'betting site',
    ],
    zh: [
      '赌博', '网赌', '赌场', '博彩', '百家乐', '六合彩', '赌球', '私彩', '开设赌', '老虎机', '时时彩',
      '赌资', '赌狗', '下注', '赌徒', '赌钱', '赌局', '彩票网',
    ],
  },
  {
    id: 'harm.animal_cruelty',
    en: [
      'animal cruelty', 'animal abuse', 'abuse animals', 'torture animals', 'torturing animals',
      'torture cats', 'kill cats', 'kill dogs', 'dog fighting', 'dogfighting', 'cock fighting',
      'cockfighting', 'crush video', 'crush videos', 'bestiality', 'zoophilia', 'poach', 'poaching',
      'poacher', 'poachers', 'rhino horn', 'ivory trade',
    ],
    zh: [
      '虐猫', '虐狗', '虐待动', '斗狗', '斗鸡', '人兽', '兽交', '偷狗', '毒狗', '盗猎', '偷猎', '犀牛角',
      '虐杀动',
    ],
  },
  {
    id: 'harm.cheating',
    en: [
      'cheat', 'cheats', 'cheated', 'cheating', 'plagiarize', 'plagiarise', 'plagiarized', 'plagiarised',
      'plagiarizing', 'plagiarism', 'essay mill', 'ghostwrite', 'my essay', 'my homework', 'exam answers',
      'test answers', 'leaked exam', 'bypass turnitin', 'turnitin', 'ai detector', 'ai detectors',
      'ai detection', 'undetectable ai', 'humanize ai', 'fake citations', 'data fabrication', 'aimbot',
      'wallhack', 'wallhacks', 'cheat engine', 'contract cheating',
    ],
    zh: [
      '作弊', '代考', '替考', '代写', '抄袭', '论文代', '考试答', '泄题', '降重', '学术不', '小抄', '外挂',
      '代做', '作业答',
    ],
  },
  // Harm: national security, public order and social stability (TC260 risk classes).
  {
    id: 'harm.subversion',
    en: [
      'subversion', 'subvert', 'subverting', 'subversive', 'sedition', 'seditious', 'insurrection',
      'insurrectionist', 'treason', 'treasonous', 'espionage', 'state secrets', 'classified documents',
      'coup', 'coups', 'overthrow', 'overthrowing', 'color revolution', 'colour revolution', 'armed uprising',
      'armed rebellion', 'regime change', 'incite subversion',
    ],
    zh: [
      '颠覆国', '颠覆政', '推翻政', '危害国', '煽动颠', '颜色革', '反动', '反华', '敌对势', '政变', '暴动',
      '武装起', '国家秘', '间谍', '叛国', '卖国', '策反', '里通外', '境外敌', '泄露国', '反政府',
    ],
  },
  {
    id: 'harm.separatism',
    en: [
      'separatism', 'separatist', 'separatists', 'secession', 'secessionist', 'secessionists', 'secede',
      'seceding', 'taiwan independence', 'east turkestan', 'splittist', 'splittism',
    ],
    zh: [
      '分裂国', '台独', '藏独', '疆独', '港独', '东突', '分裂主', '分裂分', '分离主', '族分裂', '蒙独',
      '东伊运', '分裂势',
    ],
  },
  {
    id: 'harm.cult',
    en: [
      'cult', 'cults', 'cult leader', 'cult members', 'doomsday cult', 'aum shinrikyo', 'shinrikyo', 'falun',
      'falun gong', "heaven's gate", 'brainwash', 'brainwashed', 'brainwashing', 'mind control',
      'love bombing',
    ],
    zh: [
      '邪教', '法轮', '全能神', '东方闪', '门徒会', '呼喊派', '统一教', '观音法', '奥姆真', '心灵法', '洗脑',
      '末日论', '被立王', '灵灵教',
    ],
  },
  {
    id: 'harm.martyr_insult',
    en: [
      'insult martyrs', 'desecrate', 'desecrated', 'desecrating', 'desecration', 'flag burning', 'burn flags',
      'historical nihilism', 'mock heroes', 'defame heroes',
    ],
    zh: [
      '英烈', '侮辱英', '诋毁英', '抹黑英', '恶搞英', '歪曲历', '历史虚', '辱华', '侮辱国', '焚烧国',
      '亵渎英', '烈士',
    ],
  },
  {
    id: 'harm.illegal_assembly',
    en: [
      'riot', 'riots', 'rioting', 'rioter', 'rioters', 'unlawful assembly', 'illegal assembly',
      'mob violence', 'incite riot', 'incite riots', 'blockade',
    ],
    zh: [
      '聚众', '闹事', '围堵', '示威', '非法游', '法集会', '游行示', '冲击政', '打砸抢', '暴力抗', '聚集闹',
      '罢工',
    ],
  },
  // Harm framing: requests for operational detail, or for persuasion towards harm.
  {
    id: 'harm.operational_detail',
    en: [
      'by step', 'detailed instructions', 'exact instructions', 'specific instructions',
      'precise instructions', 'detailed steps', 'exact steps', 'exact amounts', 'exact quantities',
      'exact measurements', 'exact recipe', 'full recipe', 'walk me', 'in detail', 'blueprint', 'blueprints',
      'materials needed', 'exact dosage', 'exact dose', 'precise amounts', 'detailed guide',
      'detailed tutorial', 'complete guide', 'step instructions',
    ],
    zh: [
      '详细步', '具体步', '一步一', '手把手', '详细教', '具体方', '具体配', '详细配', '精确剂', '原料清',
      '详细流', '具体操', '详细过',
    ],
  },
  {
    id: 'harm.persuasion',
    en: [
      'persuasive', 'persuade', 'persuading', 'convince people', 'convince readers', 'convince someone',
      'convincing argument', 'encourage people', 'glorify', 'glorifies', 'glorifying', 'glorification',
      'romanticize', 'romanticizing', 'romanticise', 'incite', 'incites', 'inciting', 'incitement',
      'recruitment post',
    ],
    zh: [
      '说服', '鼓吹', '煽动', '宣扬', '洗白', '鼓动', '怂恿', '教唆', '蛊惑', '号召',
    ],
  },
  // Injection: attempts to override the system instructions.
  {
    id: 'injection.override',
    en: [
      'ignore', 'ignores', 'ignored', 'ignoring', 'disregard', 'disregards', 'disregarded', 'disregarding',
      'forget', 'forgets', 'forgetting', 'forgot', 'override', 'overrides', 'overriding', 'overridden',
      'bypass', 'bypasses', 'bypassed', 'bypassing', 'circumvent', 'circumvents', 'circumvented',
      'circumventing', 'set aside', 'discard', 'nullify', 'supersede', 'supersedes', 'disobey',
      'stop following', 'drop all', 'drop your', 'abandon your',
    ],
    zh: [
      '忽略', '无视', '忘记', '忘掉', '绕过', '跳过', '无需遵', '不要遵', '不必遵', '不再遵', '抛开', '抛弃',
      '摆脱', '废除', '作废', '规避',
    ],
  },
  {
    id: 'injection.instruction_noun',
    en: [
      'instructions', 'instruction', 'rules', 'guidelines', 'guideline', 'directives', 'directive',
      'constraints', 'restrictions', 'initial prompt', 'original instructions', 'content policy',
      'content policies', 'safety guidelines', 'your programming', 'your training', 'ethical guidelines',
      'usage policies', 'usage policy', 'guardrails', 'guardrail', 'safety filters', 'safety filter',
      'safety protocols', 'your rules',
    ],
    zh: [
      '指令', '规则', '设定', '提示词', '约束', '指示', '准则', '守则', '安全策', '内容政', '原始指', '护栏',
      '安全限', '使用政', '道德准',
    ],
  },
  {
    id: 'injection.prior_context',
    en: [
      'previous', 'previously', 'prior', 'above', 'earlier', 'preceding', 'aforementioned', 'all previous',
      'all prior', 'the above', 'before this', 'foregoing',
    ],
    zh: [
      '之前', '以上', '上述', '先前', '前面', '此前', '前述', '原先', '上面的', '前文',
    ],
  },
  {
    id: 'injection.unrestricted',
    en: [
      'unfiltered', 'uncensored', 'unrestricted', 'unshackled', 'unchained', 'no restrictions', 'no limits',
      'no rules', 'no filters', 'no filter', 'no boundaries', 'no censorship', 'no guidelines', 'no ethics',
      'no morals', 'no moral', 'amoral', 'unethical', 'without restrictions', 'without limits',
      'without filters', 'without censorship', 'without rules', 'anything goes', 'no holds', 'limitless',
      'unconstrained', 'uninhibited', 'no limitations', 'fully unlocked',
    ],
    zh: [
      '不受限', '无限制', '无审查', '没有限', '无约束', '不受约', '无过滤', '无道德', '没有规', '不受道',
      '解除限', '去除限', '取消限', '无底线', '无拘束',
    ],
  },
  {
    id: 'injection.jailbreak_persona',
    en: [
      'dan', 'stan', 'jailbreak', 'jailbreaks', 'jailbroken', 'jailbreaking', 'evil confidant',
      'anything now', 'betterdan', 'antigpt', 'anti gpt', 'evilbot', 'evil bot', 'machiavellian',
      'unhinged ai', 'evil ai', 'grandma exploit', 'opposite day', 'mongo tom',
    ],
    zh: [
      '越狱', '破限', '破甲', '猫娘', '奶奶漏', '邪恶助', '邪恶人',
    ],
  },
  {
    id: 'injection.special_mode',
    en: [
      'developer mode', 'dev mode', 'god mode', 'debug mode', 'admin mode', 'sudo mode', 'maintenance mode',
      'unlocked mode', 'unrestricted mode', 'evil mode', 'opposite mode', 'jailbreak mode', 'chaos mode',
      'root mode', 'simulation mode', 'dan mode',
    ],
    zh: [
      '开发者', '上帝模', '调试模', '管理模', '解锁模', '开发模', '邪恶模', '维护模',
    ],
  },
  {
    id: 'injection.secret_target',
    en: [
      'system prompt', 'system prompts', 'hidden prompt', 'hidden instructions', 'initial instructions',
      'secret instructions', 'password', 'passwords', 'passphrase', 'passcode', 'secret', 'secrets',
      'confidential', 'api key', 'api keys', 'apikey', 'access token', 'private key', 'credentials',
      'secret key', 'internal instructions', 'your prompt', 'preprompt', 'pre prompt', 'meta prompt',
      'metaprompt', 'secret word',
    ],
    zh: [
      '密码', '口令', '机密', '系统提', '密钥', '私钥', '隐藏指', '初始提', '内部指', '凭证', '系统指',
      '保密', '暗号', '金钥',
    ],
  },
  {
    id: 'injection.leak_request',
    en: [
      'reveal', 'reveals', 'revealing', 'revealed', 'disclose', 'discloses', 'disclosing', 'divulge',
      'divulging', 'leak', 'leaks', 'leaked', 'leaking', 'print out', 'verbatim', 'repeat back',
      'repeat everything', 'output everything', 'spell out', 'dump your',
    ],
    zh: [
      '泄露', '泄漏', '透露', '复述', '原样', '逐字', '一字不', '输出你', '重复你',
    ],
  },
  {
    id: 'injection.refusal',
    en: [
      'refuse', 'refuses', 'refused', 'refusing', 'refusal', 'refusals', 'decline', 'declines', 'declined',
      'apologize', 'apologise', 'apologies', 'apology', 'apologizing', 'sorry', 'disclaimer', 'disclaimers',
      'caveat', 'caveats', 'language model', 'cannot comply', "can't comply", "can't help", 'cannot help',
      'unable to', 'moralize', 'moralizing', 'moralising', 'lecture me',
    ],
    zh: [
      '拒绝', '道歉', '免责', '抱歉', '无法提', '说教', '无法回', '不能回', '很遗憾',
    ],
  },
  {
    id: 'injection.role_switch',
    en: [
      'act as', 'acting as', 'pretend to', 'pretend you', 'pretending to', 'roleplay', 'role play',
      'role playing', 'roleplaying', 'in character', "you're now", 'now on', 'simulate', 'persona',
      'new persona', 'alter ego', 'respond as', 'answer as', 'speak as', 'behave as',
    ],
    zh: [
      '扮演', '假装', '充当', '化身', '人设', '进入角', '保持角', '从现在', '角色扮',
    ],
  },
  {
    id: 'injection.exfiltration',
    en: [
      'webhook', 'webhooks', 'exfiltrate', 'exfiltrates', 'exfiltrated', 'exfiltrating', 'exfiltration',
      'send to', 'ngrok', 'requestbin', 'pastebin', 'burpcollaborator', 'interactsh', 'markdown image',
      'callback url', 'forward all', 'image url', 'attacker server', "attacker's server",
    ],
    zh: [
      '外泄', '发送到', '转发到', '回传', '上传到', '窃取数', '偷传',
    ],
  },
  {
    id: 'injection.fake_authority',
    en: [
      'admin', 'admins', 'administrator', 'administrators', 'developer', 'developers', 'sysadmin',
      'superuser', 'sudo', 'openai staff', 'openai employee', 'openai team', 'anthropic staff',
      'anthropic employee', 'your creator', 'your creators', 'your developer', 'your developers',
      'authorized personnel', 'authorized user', 'security team', 'red team', 'red teaming',
      'system administrator', 'official request', 'admin override', 'authorization code', 'clearance level',
      'security clearance', 'root access',
    ],
    zh: [
      '管理员', '开发人', '超级用', '官方人', '创造者', '授权码', '最高权', '系统管', '内部测', '红队',
      '安全团', '运维人',
    ],
  },
  {
    id: 'injection.delimiter',
    en: [
      'new instructions', 'new instruction', 'new task', 'new rules', 'system message', 'system note',
      'system override', 'admin note', 'important update', 'im_start', 'im_end', 'endoftext', 'inst',
      'start_of_turn', 'end_of_turn', 'eot_id', 'start_header_id', 'end_header_id', 'begin_of_text',
      'end_of_text',
    ],
    zh: [
      '新指令', '新任务', '新规则', '系统消', '更新指', '最新指', '系统讯',
    ],
  },
  {
    id: 'injection.hypothetical',
    en: [
      'hypothetically', 'hypothetical', 'purely hypothetical', 'fictional', 'fictional story',
      'educational purposes', 'research purposes', 'academic purposes', 'thought experiment',
      'alternate universe', 'parallel universe', 'in minecraft', 'for science', 'just curious',
      'fictional world',
    ],
    zh: [
      '虚构', '仅供学', '教育目', '研究目', '平行世', '思想实', '纯属虚', '理论上', '假设场', '小说里',
    ],
  },
  {
    id: 'injection.obfuscation',
    en: [
      'base64', 'rotie', 'rot 13', 'caesar cipher', 'cipher', 'ciphertext', 'morse code', 'pig latin',
      'leetspeak', 'leet', 'obfuscate', 'obfuscated', 'obfuscation', 'zero width', 'homoglyph', 'homoglyphs',
      'spell backwards', 'read backwards', 'reversed text', 'acrostic', 'decode this', 'decode the',
      'hex encoded', 'unicode tags', 'encoded message',
    ],
    zh: [
      '密文', '摩斯', '凯撒密', '藏头诗', '谐音', '拆字', '火星文', '拼音首',
    ],
  },
  {
    id: 'injection.compliance_forcing',
    en: [
      'must answer', 'must comply', 'always comply', 'never refuse', "can't refuse", 'cannot refuse',
      'will comply', 'matter what', 'without question', 'without hesitation', 'no warnings', 'no disclaimers',
      'no caveats', 'no apologies', "don't apologize", 'never apologize', "don't refuse", 'obey', 'obeys',
      'obedient', 'fully comply', 'answer anything',
    ],
    zh: [
      '必须回', '必须服', '服从', '不得拒', '不准拒', '不要拒', '无条件', '照做', '不要警', '必须照',
    ],
  },
  // Toxicity: insults, profanity, threats, dehumanising language and slurs.
  {
    id: 'toxicity.insult',
    en: [
      'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'stupid', 'dumb', 'dumbass', 'imbecile',
      'imbeciles', 'cretin', 'retard', 'retarded', 'retards', 'loser', 'losers', 'dipshit', 'jackass',
      'asshole', 'assholes', 'douche', 'douchebag', 'scumbag', 'scumbags', 'bastard', 'bastards', 'bitch',
      'bitches', 'cunt', 'cunts', 'twat', 'prick', 'pricks', 'dickhead', 'wanker', 'wankers', 'tosser',
      'bellend', 'numbskull', 'nitwit', 'halfwit', 'braindead', 'brain dead', 'worthless', 'pathetic',
      'shut up', 'stfu', 'fuck you', 'screw you', 'you suck', 'fatso', 'fat pig', 'neckbeard', 'incel',
      'simp', 'whore', 'whores', 'slut', 'sluts', 'skank', 'human garbage',
    ],
    zh: [
      '傻逼', '煞笔', '沙比', '傻屄', '傻叉', '傻缺', '傻帽', '二逼', '脑残', '智障', '白痴', '弱智', '废物',
      '蠢货', '蠢猪', '猪脑', '笨蛋', '傻子', '人渣', '败类', '贱人', '贱货', '婊子', '绿茶婊', '骚货',
      '狗东西', '王八蛋', '混蛋', '滚蛋', '废柴', '丑八怪', '神经病', '蠢材', '饭桶', '窝囊废', '舔狗',
      '杠精', '键盘侠', '喷子', '死胖子', '老不死', '贱种', '垃圾人', '下贱',
    ],
  },
  {
    id: 'toxicity.profanity',
    en: [
      'fuck', 'fucks', 'fucked', 'fucking', 'fucker', 'fuckers', 'motherfucker', 'motherfuckers',
      'motherfucking', 'fck', 'fuk', 'fuking', 'fcking', 'fking', 'effing', 'shit', 'shits', 'shitty',
      'bullshit', 'crap', 'crappy', 'damn', 'goddamn', 'dammit', 'piss', 'pissed', 'bollocks', 'bugger',
      'wtf', 'mofo', 'cocksucker', 'pussy', 'dick', 'dicks', 'cnm', 'nmsl', 'wdnmd', 'tmd', 'nmb',
    ],
    zh: [
      '操你', '日你妈', '草泥马', '尼玛', '你妈的', '他妈的', '卧槽', '我操', '我靠', '我艹', '艹你', '狗屎',
      '妈逼', '操蛋', '扯淡', '鸡巴', '屌你', '干你娘', '靠北', '肏你',
    ],
  },
  {
    id: 'toxicity.threat',
    en: [
      'kill you', 'hurt you', "you're dead", "you're next", "i'll kill", 'gonna kill', 'will kill',
      'beat you', 'shoot you', 'stab you', 'strangle you', 'murder you', 'rape you', 'burn your',
      'death threat', 'death threats', "you'll regret", 'or else', 'slit your', 'bury you', 'end you',
      'destroy you', 'kill yourself', 'kys', 'go die', 'you die', 'drop dead', 'hunt you',
    ],
    zh: [
      '弄死', '打死', '杀了你', '宰了你', '整死', '搞死', '揍你', '废了你', '打断你', '让你死', '你死定',
      '等着瞧', '走着瞧', '去死', '死全家', '全家死', '砍你', '找人打', '砍死你',
    ],
  },
  {
    id: 'toxicity.dehumanizing',
    en: [
      'vermin', 'subhuman', 'subhumans', 'sub human', 'untermensch', 'savages', 'mongrel', 'mongrels',
      'degenerates', 'filth', 'scum', 'infestation', 'exterminate', 'exterminated', 'extermination',
      'gas them', 'inferior race', 'inferior races', 'master race', 'like rats', 'like animals',
      'be exterminated', 'genocide', 'ethnic cleansing',
    ],
    zh: [
      '畜生', '畜牲', '牲口', '杂种', '劣等', '蛆虫', '非人类', '灭绝他', '杂碎', '低等人', '贱民',
    ],
  },
  {
    id: 'toxicity.slur',
    en: [
      'nigger', 'niggers', 'faggot', 'faggots', 'fag', 'fags', 'tranny', 'trannies', 'kike', 'kikes', 'spic',
      'spics', 'chink', 'chinks', 'gook', 'gooks', 'wetback', 'wetbacks', 'raghead', 'ragheads', 'towelhead',
      'towelheads', 'beaner', 'beaners', 'paki', 'pakis', 'shemale',
    ],
    zh: [
      '支那', '黑鬼', '尼哥', '小日本', '娘炮', '死基佬', '人妖', '鬼佬', '阿三',
    ],
  },
  // Intent: what the request asks to do with a topic. Alone they are everyday words; paired with a
  // harm concept (a pair of concepts is a cue of its own) they separate "how to make" from "how to
  // detect", "where to buy" from "the history of".
  {
    id: 'intent.howto',
    en: [
      'how to', 'how do', 'how can', 'how could', 'how would', 'how should', 'ways to', 'way to', 'steps to',
      'instructions for', 'instructions on', 'guide to', 'guide on', 'tutorial', 'teach me', 'show me',
      'explain how', 'tips for', 'tips on', 'methods for', 'best way', 'easiest way',
      'quickest way', 'recipe for', 'procedure for', 'techniques for', 'strategies for', 'help me',
    ],
    zh: [
      '如何', '怎么', '怎样', '教我', '教教我', '方法', '步骤', '办法', '技巧', '攻略', '教程', '窍门',
      '告诉我',
    ],
  },
  {
    id: 'intent.create',
    en: [
      'write', 'writes', 'writing', 'draft', 'compose', 'generate', 'create', 'produce', 'craft', 'come up',
      'make up', 'design', 'develop', 'code', 'script', 'template', 'article', 'essay', 'blog', 'post',
      'tweet', 'speech', 'letter', 'email', 'message', 'story', 'poem', 'song', 'lyrics', 'advertisement',
    ],
    zh: [
      '写一', '撰写', '生成', '编写', '起草', '创作', '编一', '文章', '帖子', '文案', '剧本', '演讲', '信件',
      '邮件', '故事', '诗歌', '歌词', '广告', '代码', '脚本',
    ],
  },
  {
    id: 'intent.acquire',
    en: [
      'buy', 'buying', 'purchase', 'purchasing', 'obtain', 'obtaining', 'acquire', 'acquiring', 'get hold',
      'where can', 'where to', 'where do', 'where would', 'supplier', 'suppliers', 'vendor', 'vendors',
      'get some', 'find some', 'sell me', 'ship me',
    ],
    zh: [
      '购买', '买到', '哪里买', '哪儿买', '获取', '获得', '弄到', '搞到', '哪里可', '哪里能', '渠道', '货源',
      '卖家',
    ],
  },
  {
    id: 'intent.protective',
    en: [
      'prevent', 'prevents', 'preventing', 'prevention', 'protect', 'protects', 'protecting', 'protection',
      'defend', 'defending', 'defense', 'defence', 'defenses', 'defences', 'detect', 'detecting', 'detection',
      'recognize', 'recognise', 'recognizing', 'recognising', 'identify', 'identifying', 'spot', 'spotting',
      'avoid', 'avoiding', 'report', 'reporting', 'safeguard', 'safeguards', 'mitigate', 'mitigating',
      'mitigation', 'warning signs', 'signs of', 'stay safe', 'keep safe', 'awareness', 'victim', 'victims',
      'survivor', 'survivors', 'recover', 'recovery', 'treatment', 'treat', 'cope', 'coping', 'secure',
      'securing', 'harden', 'hardening', 'patch', 'patching', 'warn', 'warning', 'reduce risk', 'safely',
      'safety', 'legally', 'legal', 'block', 'blocks', 'blocking', 'blocked', 'monitor', 'monitoring',
      'audit', 'auditing', 'quarantine', 'allowlist', 'whitelist', 'sanitize', 'sanitise', 'sanitizing',
      'validate', 'validation', 'rotate', 'backup', 'backups', 'incident response',
    ],
    zh: [
      '防范', '防止', '预防', '防御', '保护', '识别', '辨别', '检测', '举报', '避免', '受害者', '求助',
      '治疗', '戒除', '安全', '提防', '警惕', '报警', '维权', '合法', '防护', '加固', '修补', '远离', '拦截',
      '屏蔽', '监控', '审计', '隔离', '备份', '白名单', '应急响',
    ],
  },
  {
    // The writer is the one harmed ("my card was skimmed, what do I do?"): a victim asking for help
    // uses the vocabulary of the harm, and its pairs with the harm concepts tell the two apart.
    id: 'intent.victim',
    en: [
      'was hacked', 'been hacked', 'got hacked', 'was scammed', 'been scammed', 'got scammed', 'fell for',
      'stole my', 'stolen from', 'hacked my', 'leaked my', 'what should', 'should i', 'my account',
      'my card', 'my identity', 'my data', 'my password', 'my phone', 'my child', 'my kids', 'my mom',
      'my parents', 'get back', 'i clicked', 'impersonating me', 'without my',
      'someone is', 'someone has', 'someone used',
    ],
    zh: [
      '怎么办', '我被', '被骗', '被盗', '被冒', '被黑', '被泄', '被人', '申诉', '要回来', '不小心', '误点',
      '我的账', '我的卡', '我的手', '我的身', '我的信', '我家', '我妈', '我爸', '孩子的', '冒充我', '偷偷在',
      '怎么处', '怎么证',
    ],
  },
  {
    id: 'intent.analysis',
    en: [
      'history', 'historical', 'historically', 'why do', 'why did', 'why is', 'why are', 'explain why',
      'causes of', 'impact of', 'impacts of', 'effects of', 'consequences', 'statistics', 'research',
      'study', 'studies', 'analyze', 'analyse', 'analysis', 'compare', 'comparison', 'policy', 'policies',
      'regulation', 'regulations', 'ethics', 'ethical', 'debate', 'summarize', 'summarise', 'summary',
      'documentary', 'novel', 'film', 'movie', 'museum', 'journalist', 'lecture', 'textbook',
    ],
    zh: [
      '历史', '为什么', '原因', '影响', '后果', '分析', '研究', '统计', '政策', '法规', '伦理', '辩论',
      '总结', '概括', '纪录片', '电影', '博物馆', '教科书', '论文',
    ],
  },
  // Context: where harm words are make-believe or aimed at things, not people. Paired with a harm concept
  // they let the model learn that killing in a game or killing cockroaches is not a harmful request.
  {
    id: 'context.play',
    en: [
      'video game', 'videogame', 'the game', 'in game', 'this game', 'board game', 'tabletop', 'dnd',
      'dungeons', 'minecraft', 'fortnite', 'gta', 'skyrim', 'call of', 'valorant', 'pubg', 'roblox',
      'zelda', 'elden', 'overwatch', 'halo', 'sims', 'pokemon', 'multiplayer', 'gameplay', 'speedrun', 'npc',
      'npcs', 'boss fight', 'my character', 'murder mystery', 'escape room', 'stage combat', 'a play',
      'school play', 'theater', 'theatre', 'rehearsal', 'prop', 'props', 'chess', 'poker', 'paintball',
      'laser tag', 'airsoft', 'larp', 'cosplay', 'halloween',
    ],
    zh: [
      '游戏', '剧本杀', '狼人杀', '吃鸡', '王者荣', '原神', '手游', '网游', '副本', '关卡', '玩家', '桌游',
      '密室逃', '舞台剧', '话剧', '拍戏', '道具', '象棋', '围棋', '和平精', '万圣节',
    ],
  },
  {
    id: 'context.pest',
    en: [
      'cockroach', 'cockroaches', 'roaches', 'ants', 'termites', 'bed bugs', 'fleas', 'lice',
      'mosquitoes', 'mosquito', 'aphids', 'slugs', 'weeds', 'dandelions', 'mold', 'mould', 'mildew', 'bacteria',
      'germs', 'pests', 'pest', 'wasps', 'hornets', 'moles', 'gophers', 'termite', 'silverfish', 'moths',
    ],
    zh: [
      '蟑螂', '小强', '蚂蚁', '白蚁', '跳蚤', '螨虫', '蚊子', '杂草', '野草', '霉菌', '发霉', '细菌', '蚜虫',
      '害虫', '虱子', '臭虫', '马蜂', '除草',
    ],
  },
  {
    id: 'intent.target_person',
    en: [
      'my neighbor', 'my neighbour', 'my ex', 'my boss', 'my coworker', 'my colleague', 'my teacher',
      'my classmate', 'my wife', 'my husband', 'my girlfriend', 'my boyfriend', 'my roommate', 'my sister',
      'my brother', 'my partner', 'my landlord', 'someone', 'somebody', 'a person', 'a child', 'a kid',
      'a girl', 'a woman', 'my enemy', 'this person', 'that person', 'a stranger',
    ],
    zh: [
      '邻居', '前任', '前男友', '前女友', '老板', '同事', '室友', '仇人', '某人', '他人', '别人', '陌生人',
      '小孩', '孩子', '女孩', '女生', '老婆', '老公', '对手',
    ],
  },
  // Privacy lookups: a named person and the personal data asked about them. Paired, they let the model
  // learn "what is Mark Johnson's phone number" from rows that name other people, while "how do I
  // change the phone number on my account" has the data term without the name.
  {
    id: 'target.named_person',
    en: PERSON_NAME_TERMS,
    zh: [],
  },
  {
    id: 'target.personal_data',
    en: [
      'phone number', 'cell number', 'mobile number', 'cell phone', 'personal phone', 'personal email',
      'private email', 'email address', 'birth date', 'birthday', 'bank account', 'account number',
      'card number', 'medical records', 'medical record', 'medical history', 'license plate', 'plate number',
      'ip address', 'salary', 'current address', 'mailing address', 'where she', 'where he', 'where they',
      'lives now', 'daily schedule', 'daily routine', 'work schedule', 'criminal record', 'tax return',
    ],
    zh: [
      '手机号', '电话号', '联系方', '微信号', '住在哪', '住哪里', '住哪个', '住址', '银行卡', '卡号', '病历',
      '车牌号', '工资', '出生日', '生日', '邮箱', '上班时', '下班时', '在哪上', '哪个小',
    ],
  },
];
