/**
 * Frames × slots for scripts/authoring/toxicity-zh-slang.ts. The toxic sets (insults aimed at a person,
 * group stereotypes, curses) and the non-toxic sets (asking what a word means, counter-speech quoting it,
 * reporting being called it) fill the same slot lists, so every slang word and group name in a frame row
 * appears under both labels and only the way it is used separates them.
 */
import type { FrameSet } from './types.js';

/** Insults for a person: pinyin abbreviations, homophones, slurs and contempt words. */
const INSULT = [
  'sb',
  'nt',
  '伞兵',
  '沙币',
  '傻哔',
  '脑瘫',
  '智障',
  '弱智',
  '低能儿',
  '孤儿',
  '巨婴',
  '废物',
  '小丑',
  '杠精',
  '舔狗',
  '普信男',
  '直男癌',
  '女拳师',
  '蝻',
  '丑逼',
  '穷逼',
  '乡巴佬',
  '死肥宅',
  '精神病',
  '残废',
  '娘炮',
  '死gay',
  '憨批',
  '撒币',
  '老登',
];

/** Who the insult is aimed at. */
const TARGET = [
  '楼主',
  '楼上',
  '这个up主',
  '这主播',
  '那个博主',
  '评论区这位',
  '你',
  '这人',
  '我们领导',
  '那个客服',
  '对面打野',
  '隔壁工位那个',
];

/** Groups a stereotype is pinned on. */
const GROUP = [
  '河南人',
  '东北人',
  '上海人',
  '广东人',
  '湖北人',
  '农村人',
  '外地人',
  '女的',
  '男的',
  '国男',
  '国女',
  '小仙女',
  '黑人',
  '印度人',
  '韩国人',
  '同性恋',
  '残疾人',
  '老年人',
  '00后',
  '农民工',
];

/** What the group is called. */
const LABEL = [
  '骗子',
  '垃圾',
  '废物',
  '蛀虫',
  '蝗虫',
  '寄生虫',
  '败类',
  '社会毒瘤',
  '没素质的东西',
  '下等人',
  '小偷',
  '巨婴',
];

/** Curses and wishes of harm. */
const CURSE = [
  '全家暴毙',
  '出门被车撞',
  '早点去死',
  '不得好死',
  '断子绝孙',
  '天打雷劈',
  '死全家',
  '生孩子没屁眼',
];

export const TOX_FRAMES: FrameSet[] = [
  {
    name: 'tox-person',
    kind: 'frame-insult',
    label: 1,
    perFrame: 24,
    frames: [
      '{t}就是个{s}，{e}',
      '{s}吧你，{e}',
      '{t}纯纯的{s}，{e}',
      '{t}是不是{s}啊？？{e}',
      '这种{s}也配{v}？{e}',
    ],
    slots: {
      t: TARGET,
      s: INSULT,
      e: [
        '别在这丢人现眼了',
        '赶紧滚吧',
        '看着就恶心',
        '建议重开',
        '懂？',
        '笑死',
        '真是没救了',
        '退网吧',
        '说话跟放屁一样',
        '建议回炉重造',
        '你妈知道吗',
        '脑子呢',
      ],
      v: ['上热搜', '开直播', '当老师', '评论', '出来说话', '拿奖', '当领导', '谈恋爱'],
    },
  },
  {
    name: 'tox-group',
    kind: 'frame-group',
    label: 1,
    perFrame: 24,
    frames: ['{g}都是{x}，{e}', '说{g}是{x}怎么了，{e}'],
    slots: {
      g: GROUP,
      x: LABEL,
      e: [
        '离远点吧',
        '这是常识',
        '别洗了',
        '谁沾上谁倒霉',
        '一个都别放过',
        '懂的都懂',
        '本来就是',
        '不服憋着',
      ],
    },
  },
  {
    name: 'tox-curse',
    kind: 'frame-curse',
    label: 1,
    perFrame: 22,
    frames: ['{t}{c}，{e}', '祝{t}{c}，{e}'],
    slots: {
      t: TARGET,
      c: CURSE,
      e: ['我说的', '记住了', '活该', '等着吧', '报应来了', '谁让你嘴贱'],
    },
  },
];

export const NEG_FRAMES: FrameSet[] = [
  {
    name: 'neg-meaning',
    kind: 'neg-discuss',
    label: 0,
    perFrame: 22,
    frames: ['“{s}”是什么意思？{q}', '为什么网上喜欢骂人“{s}”？{r}'],
    slots: {
      s: INSULT,
      q: ['弹幕里好多人刷', '求科普', '看不懂', '评论区一直看到', '我妈问我的'],
      r: ['这词听着挺伤人的', '有人研究过吗', '感觉越来越泛滥了', '是从哪个论坛传出来的'],
    },
  },
  {
    name: 'neg-quote',
    kind: 'neg-counter',
    label: 0,
    perFrame: 22,
    frames: [
      '骂人“{s}”的能不能{z}',
      '看到评论区有人说“{g}都是{x}”，{r}',
      '“{g}都是{x}”这种话请不要再说了，{p}',
    ],
    slots: {
      s: INSULT,
      z: ['文明一点', '别这样了', '收敛点', '换个方式说话', '想想自己的素质'],
      g: GROUP,
      x: LABEL,
      r: ['已经举报了', '这就是歧视', '真的太过分了', '这种话怎么还能发出来', '看得我很难受'],
      p: ['谁都不该被贴标签', '个别人代表不了一群人', '这就是偏见', '太伤人了'],
    },
  },
  {
    name: 'neg-called',
    kind: 'neg-report',
    label: 0,
    perFrame: 20,
    frames: ['被人在评论区骂“{s}”，{h}', '有人诅咒我“{c}”，{k}'],
    slots: {
      s: INSULT,
      h: ['我截图举报了', '心里还是挺难受的', '这种情况能起诉吗', '平台到底管不管', '已经拉黑了'],
      c: CURSE,
      k: ['这算不算网络暴力', '能不能报警', '已经拉黑了', '我该怎么办', '截图留证了'],
    },
  },
];
