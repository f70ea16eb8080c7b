/**
 * English non-toxic hard negatives (label 0) about the groups that implicit hate targets: facts and
 * history, culture and praise, personal experience, and sincere questions.
 */
import type { Block } from './types.js';

export const EN_SAFE_GROUPS: Block[] = [
  {
    kind: 'safe_group_facts',
    label: 0,
    lines: `
About one in four adults in the US lives with some kind of disability, according to the CDC.
Men are only a small share of early-years teachers in most countries, and some training programmes are trying to change that.
The number of people over 65 worldwide is expected to roughly double by 2050.
Rural hospitals have been closing faster than urban ones, which makes maternity care harder to reach.
A large share of NHS doctors trained outside the UK, and the health service would struggle without them.
The Sikh turban is an article of faith, and many countries have exemptions allowing it in uniformed jobs.
In some countries women couldn't open a bank account without a husband's signature until the 1970s.
Sign languages are full languages with their own grammar; British and American Sign Language aren't mutually intelligible.
The Roma arrived in Europe around the 14th century and were enslaved in parts of what is now Romania until 1856.
Autism diagnoses have risen mostly because the criteria widened and screening improved.
Homosexuality was removed from the World Health Organization's list of mental disorders in 1990.
Stereotype threat research suggests people do worse on tests when reminded of a negative stereotype about their group.
Women are still only about five percent of commercial airline pilots worldwide.
The Chinese Exclusion Act of 1882 was the first US law to bar immigrants by nationality.
Around 280 million people were living outside their country of birth in 2020.
`,
  },
  {
    kind: 'safe_group_culture',
    label: 0,
    lines: `
My Nigerian coworker brought jollof rice to the office party and now there's a running debate about whose mum makes it best.
Diwali on our street this year was lovely, the neighbours handed out sweets to every house.
The deaf theatre company in our city does shows in sign language with captions. Highly recommend.
Grandpa's 80 and just learned to video call. He's now the most active person in the family chat.
The iftar at the community centre was open to everyone and I met half my neighbours there.
Pride in a small town is a picnic, a rainbow cake and one very enthusiastic vicar. Loved it.
Farmers' market season is back and the old guy on the honey stall is still the best salesman I've ever met.
Wheelchair basketball is ridiculously fast. Went to my first game and I'm hooked.
I'm learning Polish for my girlfriend's family, and her grandmother is the toughest and kindest teacher I've had.
Our school's Lunar New Year assembly had kids from every background doing the lion dance.
Appalachian folk music is some of the most beautiful stuff I've ever heard.
Shabbat dinner with my friend's family was warm, loud and had far too much food. Ten out of ten.
The women's cup final drew a bigger crowd than the men's league game last week. Brilliant atmosphere.
My stay-at-home dad friend runs the best playgroup in town, the kids adore him.
`,
  },
  {
    kind: 'safe_personal_experience',
    label: 0,
    lines: `
I moved here at 14 and learning the language was the hardest and best thing I've ever done.
I'm autistic and work in QA. Clear tickets make my day; vague ones make anyone's day worse.
I grew up on a farm and went to university in the city. People were curious, mostly in a nice way.
I'm a male kindergarten teacher. Parents were cautious at first, now they ask me for potty training tips.
I use a wheelchair and the new ramp at the station has honestly changed my commute.
Being the only woman on my engineering team was strange at first, but my teammates have been great.
My mum wears a headscarf and she's the loudest, funniest person at every wedding.
I came out to my parents last year. It took them a while, but now my dad asks about my boyfriend first.
I've had depression for years. Good days and bad days, and therapy has helped more than I expected.
My grandma is 92 and still beats everyone at mahjong. Age isn't what people think it is.
Working at a call centre with an accent taught me patience. Most callers are kind, a few aren't.
I'm deaf and I'm a software developer. Text chat is the best thing that ever happened to my career.
I'm from a tiny town where everyone knows everyone. Moving to the city was lonely at first.
As a convert to Islam I get a lot of curious questions, and I'm always happy to answer the polite ones.
My dad was a nurse for thirty years, back when people still said "male nurse" every single time.
`,
  },
  {
    kind: 'safe_group_question',
    label: 0,
    lines: `
Is it okay to ask a coworker who uses a wheelchair if they want help, or is that patronising?
What's a respectful way to ask someone's pronouns at a work event?
How do I explain to my six year old why his friend has two mums? He's just curious.
Any tips for making a Muslim colleague feel included at team lunches during Ramadan?
Why do some deaf people write "Deaf" with a capital D?
Are there good books on the history of Chinese immigration to the US?
My grandad keeps getting scam calls. How do I help him without making him feel stupid?
Is it true men in nursing earn more on average? Genuinely curious why that would be.
My new coworker is Shia and I realised I don't know how that differs from Sunni Islam. Any good explainer?
Do rural areas really have worse broadband, or is it just my village?
How do I support a friend who just told me she's trans? I don't want to say the wrong thing.
Is it rude to ask someone where their accent is from?
Where can an adult take a beginner course in British Sign Language? My nephew is deaf.
Do autism assessments work differently for girls? My daughter's teacher mentioned it.
Why don't Sikh men cut their hair? A documentary mentioned kesh and I'd like to understand it.
`,
  },
];
