/**
 * English non-toxic twins (label 0): each row keeps the group, person or situation of a toxic row in
 * en-hate.ts, en-targeted.ts, en-threat.ts or en-insult.ts and says something acceptable about it.
 */
import type { Block } from './types.js';

export const EN_TWINS: Block[] = [
  {
    kind: 'safe_personal_experience',
    label: 0,
    twin: true,
    lines: `
Some of the best calls on our team were made by our manager, who happens to be a woman.
A male nurse looked after my mum after her hip operation and she still asks about him.
My sister plays more games than anyone I know, and she's better at them than me too.
My husband stays home with the kids while I work, and he's far better at bedtime than I ever was.
My favourite teacher at school was gay, and the only thing he ever pushed on us was reading more.
Two dads are raising a little boy next door and he's the politest kid on the street.
Our school put an autistic kid in my son's class with a support assistant and it's been good for everyone.
My dad is 78 and decided to stop driving himself. It was a hard conversation but he made the call.
We hired a 58 year old developer last year and she's the one who finally fixed our deployment mess.
Our Muslim neighbours look after our cat whenever we travel and the kids love their garden.
Went to the mosque open day with my class. The imam answered every question, even the awkward ones.
My atheist friend volunteers at the food bank more than anyone at my church. Decency isn't one team's.
The Sikh security guard at our office is the friendliest person in the building.
A group of Chinese tourists asked me for directions today and gave me a little panda keyring as thanks.
A Roma family moved in down the road and their grandma has already taught my kids three card games.
The bank advisor had a strong accent and was the most helpful person I've spoken to all year.
Grew up in a trailer park, now I teach high school English. Where you start isn't where you stop.
Council estate kids were a third of my university course and most of the best study group.
Helped an old man at the self checkout today. Honestly those machines confuse me too.
`,
  },
  {
    kind: 'safe_group_facts',
    label: 0,
    twin: true,
    lines: `
Men who work in daycare often say the hardest part of the job is the suspicion from other adults.
Asking a job candidate whether they plan to have children is illegal in many places, and for good reason.
Bisexual people get told they're "just confused" a lot. It's an orientation, not indecision.
ADHD was described in medical writing over a hundred years ago; it just wasn't widely diagnosed.
Ramps help wheelchair users, but also parents with buggies, delivery drivers and anyone with a bad knee.
Older people turn out to vote more, which is why parties court them. Younger voters could change that by showing up.
Nigerian tech startups have raised a lot of venture funding in recent years, especially in fintech.
Driving in Cairo is chaos for visitors, but locals have a whole system of horn signals that actually works.
Foreign-trained doctors have to pass the same licensing exams as everyone else before they can practise.
"Great replacement" is a conspiracy theory; demographers explain population change with birth rates and migration, not a plot.
Southern accents get mocked a lot, but linguists say they're as rule-governed as any other dialect.
Brain size differences between men and women don't predict intelligence; they mostly track body size.
Conversion therapy has been rejected by major medical bodies because it doesn't work and causes harm.
Research involving trans young people has to pass ethics boards and get informed consent, like any study on children.
Large studies covering millions of children found no link between vaccines and autism.
The brain keeps forming new connections in later life; learning a language at 70 is hard but very possible.
Fun fact: goldfish memory is far better than the three-second myth, they can remember things for months.
`,
  },
  {
    kind: 'safe_counter_speech',
    label: 0,
    twin: true,
    lines: `
Wheelchair users shouldn't have to plan their whole day around whether a shop has a step.
Depression isn't laziness. Some mornings getting dressed is the whole achievement.
Both refugees and veterans deserve decent housing. Pitting them against each other helps nobody.
Rural voters mostly care about hospitals, roads and broadband, which is fair enough.
The Church's abuse scandals deserve full investigation, but that's about institutions and cover-ups, not ordinary Catholics.
Immigrants are part of this country now, and my town's best bakery is run by a family who arrived in 2015.
If someone blocks you, let it go. Making another account to reach them is harassment.
Please only review a restaurant you actually ate at. Fake reviews, good or bad, hurt everyone.
If you see a channel that genuinely puts kids at risk, report it with timestamps so moderators can act quickly.
`,
  },
  {
    kind: 'safe_group_question',
    label: 0,
    twin: true,
    lines: `
How do sports bodies actually decide eligibility rules for trans athletes? Looking for a neutral explainer.
what does "L + ratio" actually mean? my students keep writing it under each other's posts
`,
  },
  {
    kind: 'safe_group_culture',
    label: 0,
    twin: true,
    lines: `
Pride month at work this year was a bake sale for an LGBT youth charity. We raised £400.
Indian engineers run some of the biggest tech companies in the world, and my team lead is one of the best I've had.
`,
  },
  {
    kind: 'safe_banter',
    label: 0,
    twin: true,
    lines: `
Everyone say hi to Kevin, who just joined the group! He's the one who fixed our printer.
Congrats Nadia on the scholarship! Nobody worked harder for it.
@mike_t hope therapy's going okay, no need to share, just thinking of you
Jess just got out of a rough breakup, let's take her for dinner on Friday, no questions asked.
Tyler got a rejection email today, everyone send him your worst rejection story so he feels less alone
Everyone go to @rileybakes and try the lemon tart, best thing I've eaten all month.
Raid at 9pm to her stream! She's a small creator doing a charity marathon, let's bring good vibes.
lol I got banned from the Minecraft server for building a giant potato. Fair enough, it was blocking spawn.
Muted the group chat for the weekend, I'll catch up on the 400 messages on Monday.
Your Saturday coffee shop posts have convinced me to try their cinnamon buns.
See you outside the school gates on Monday, I'll bring the permission slips.
Tell your kids I said hello! I'll pick them up at 3:15 with mine.
It's a small town, we'll run into each other at the farmers' market for sure.
Congrats on the new job! They're lucky to have you.
Bless your heart for bringing soup round when I was ill.
Wow, a whole week without a single bug report. The team deserves cake.
my kid's birthday party had a real 🤡 and he was amazing with the toddlers
my dad calls himself a boomer proudly and naps after every Sunday lunch 😂
`,
  },
  {
    kind: 'safe_moderation',
    label: 0,
    twin: true,
    lines: `
Nice photo! Quick tip: your street sign is visible in the background, you might want to crop it.
Lovely recital video. You might want to blur the school banner before sharing it publicly though.
Everyone email the council about the broken streetlights on Hill Road, the template is in the residents' group.
`,
  },
  {
    kind: 'safe_caring_warning',
    label: 0,
    twin: true,
    lines: `
Nice car! Make sure the windows are up tonight, it's supposed to pour.
Hope your travel insurance is sorted before the ski trip, the slopes were icy last year.
Your little bakery has such lovely big windows, the croissant display stops everyone in the street.
That food truck of yours should do the summer festival, the queue would be huge.
My uncle went home in an ambulance after his fall, but he's fine now, just bruised.
Changed my number after a bad breakup and it was the best decision I made all year.
`,
  },
  {
    kind: 'safe_critique',
    label: 0,
    twin: true,
    lines: `
The lead character has the personality of wet cardboard, which is the film's biggest problem.
This code is hard to follow; could we split the function up and add a few comments?
Our little restaurant got a bad review today and honestly the customer had a point about the slow service.
`,
  },
  {
    kind: 'safe_self_deprecation',
    label: 0,
    twin: true,
    lines: `
My houseplants have more going on than my social life this month 🌿
`,
  },
];
