/**
 * English implicit hate (label 1): calm stereotypes and dehumanising generalisations with no slur and no
 * swear word, by target group, plus pseudo-scientific claims.
 */
import type { Block } from './types.js';

export const EN_HATE: Block[] = [
  {
    kind: 'implicit_hate_gender',
    label: 1,
    lines: `
Women are fine in the office as long as nobody expects them to make the hard calls.
I'd never let a male nurse handle my mum. A man who picks that job is hiding something.
You can always tell when a team has a female manager: lots of meetings about feelings, nothing shipped.
Men who work in daycare have chosen to be around small kids all day. Think about that for a second.
She got the promotion, and we all know which box she ticked.
Female surgeons are great right up until something goes wrong and they freeze.
a guy who stays home with the kids while his wife works has basically given up being a man
Women in engineering are a diversity photo op, the real work still gets done by the guys.
They let women referee men's games now and then wonder why nobody watches anymore.
I'm not sexist, I just think women should stick to what they were built for.
Notice how every female boss eventually turns into a bully. Hormones, probably.
male kindergarten teachers should be supervised at all times, no exceptions, you know why
Girls don't actually like gaming, they like the attention it gets them.
If she's over 30 and still single there's usually a reason, and the reason is her.
Send the women back home and wages would go back up for the men who actually support families.
Hiring a woman in her late twenties is just paying for her maternity leave in advance.
Men who cry at work should be quietly moved to a role where nobody depends on them.
`,
  },
  {
    kind: 'implicit_hate_lgbt',
    label: 1,
    lines: `
Gay people can do what they like at home. Letting them coach youth football is where I draw the line.
Trans people are welcome to exist, just not in any bathroom my daughter uses.
It's a phase. In ten years we'll look back on all these pronoun kids the way we look back on lobotomies.
Funny how the number of gay teens doubled right after the school started those assemblies. Contagion is real.
Bisexual just means they haven't picked yet and will cheat on you with either.
I'll call them a woman the day they can give birth.
Two dads raising a little boy should get a visit from social services, just to be safe.
They don't want tolerance, they want your children. Watch the curriculum.
Every gay couple I've known split up within two years. It's just not a stable way to live.
Pride month is the month they stop pretending to be normal.
lesbians are just women who couldn't get a man, change my mind
non-binary is what happens when a generation gets too much screen time and no discipline
I was fine with it until they made it everyone's business. Now I'm not fine with any of it.
Trans athletes can have their own league, somewhere nobody has to watch it.
A gay teacher will always push it on the students, recruiting is in their nature.
`,
  },
  {
    kind: 'implicit_hate_disability',
    label: 1,
    lines: `
Wheelchair users are fine as long as they don't expect the whole city to be rebuilt around them.
Honestly people on disability benefits have figured out the system better than the rest of us ever will.
Autistic kids in a normal classroom just drag everyone else down. Put them somewhere suited to them.
If you need a support animal to buy groceries you probably shouldn't be out buying groceries.
Every deaf person I've worked with used it as an excuse to ignore instructions.
People with Down syndrome are sweet, sure, but do we really need to keep having them when there's a test?
Depression is just the modern word for lazy.
Why should my taxes pay for ramps so three people can get into a library they'll never use?
ADHD wasn't a thing back when parents still disciplined their kids.
funny how the 'disabled' ones can sprint for the bus the second the blue badge spot is taken
Disabled people shouldn't have kids they can't look after and then expect the state to raise them.
Neurodivergent is just a nicer word for difficult to work with.
the blind guy at my gym slows down the whole line, some places just aren't for everyone
People with schizophrenia shouldn't be allowed in public parks, I don't care what the doctors say.
`,
  },
  {
    kind: 'implicit_hate_age',
    label: 1,
    lines: `
Old people had their chance. Take away their vote and let the people who'll live with the results decide.
Boomers are a generation of takers who'll die owing the rest of us.
Anyone over 70 on the road is a hazard and deep down they know it.
Nursing homes are where we park the people who've stopped being useful.
Older workers are great if you want someone to train for a year and then watch them retire.
Honestly a flu season that mostly takes the elderly is nature balancing the pension books.
Grandma's opinion on anything invented after 1980 should be legally ignored.
Hiring anyone over 50 is a waste. They can't learn, won't adapt and are off sick constantly.
The elderly in this country are a drain that produces nothing except complaints.
Old people shouldn't be in the gym in the mornings, that time is for people who still have a future.
Senior discounts are backwards. They've had their whole lives to save.
Another old man confused at the self checkout. Some people should just stay home.
`,
  },
  {
    kind: 'implicit_hate_religion',
    label: 1,
    lines: `
I have nothing against Muslims, I just wouldn't want one living next door to my kids.
You can always tell when a neighbourhood has gone Muslim: the pubs close and the women disappear indoors.
Jewish people are great with money, which is exactly why they shouldn't be anywhere near the banks.
Christians vote however their pastor tells them to, they're not capable of independent thought.
Hindus worship cows and then wonder why their country can't develop.
Freedom of religion is nice, but some religions are clearly not compatible with a free country.
If a Sikh guy wants to work security he can take off the turban like everyone else takes off their hat.
Give it twenty years and the church bells will be replaced by the call to prayer. Nobody will admit it's happening.
Atheists have no moral compass, so I'd never hire one for anything involving trust.
Mormons are nice enough until you see what they do to their daughters.
Catholics had their chance to prove they could be trusted around kids.
I'm tolerant of every faith, just not the one that keeps showing up on the news.
Orthodox Jews keep separate because they think they're better than us and always have.
Every mosque is a recruiting office with a nicer carpet.
The more religious someone is, the lower the IQ. Simple as.
`,
  },
  {
    kind: 'implicit_hate_ethnic',
    label: 1,
    lines: `
I'm not racist, but when I see a group of Black teenagers I cross the street, and so would you.
Chinese tourists are fine as long as they stay on the bus.
You can always tell when a Roma family has moved in: the bikes start disappearing.
Indians are great at IT support, that's what they're for.
Eastern Europeans make good builders and bad neighbours.
Nigerian name on the invoice? I'll check the bank details twice before paying anything.
Arabs don't really do democracy. It's not in the culture and it never will be.
Mexican workers are perfect for the jobs nobody else wants, and that's where they should stay.
Some cultures just value life less, you can see it in how they drive.
Japanese people are polite to your face and look down on foreigners behind your back, every one of them.
They had their chance to build something after independence and look what they did with it.
The Africans in my building cook food that stinks out the whole stairwell, every night, on purpose.
Aboriginal communities would be fine if they just stopped drinking.
korean girls all look the same after the surgery anyway
Russians are born drunk and raised by the state, there's no reasoning with them.
Polish plumber? Make sure you count your tools before he leaves.
`,
  },
  {
    kind: 'implicit_hate_immigrant',
    label: 1,
    lines: `
Immigrants are fine as long as they remember whose country they're in.
They come here, take the jobs, and then complain that we don't speak their language.
My town was lovely until the immigrants discovered it. Now it looks like the place they left.
Refugees get a free phone and a free flat, our veterans get a tent under a bridge.
You can tell which houses the migrants live in by the mattresses in the front garden.
Every new arrival is one more vote for whoever promises the biggest handouts.
Second generation, third generation, doesn't matter. They'll never really be one of us.
The boats should be turned around, no matter who's on them.
Let one family in and the whole village follows within five years. That's how it works.
Why learn English when you can live your whole life on benefits with a free translator?
If your accent is that thick you shouldn't be answering phones for a bank.
Foreign doctors are fine I guess, if you don't mind a coin flip on your diagnosis.
It's not immigration anymore, it's replacement, and everyone in charge is fine with it.
illegal or legal doesnt matter to me, the culture they bring with them is the problem
Our grandparents came legally and fitted in. These people come to take and never give back.
`,
  },
  {
    kind: 'implicit_hate_region',
    label: 1,
    lines: `
Rural voters are the reason this country can't have nice things. Too dim to know what's good for them.
You can always tell someone grew up in a trailer park the moment they open their mouth.
People from the Midwest are fine, they're just a century behind the rest of us.
Country folk marry their cousins and then get to vote on my healthcare.
Don't hire anyone from that town, they're all on something.
Southerners talk slow because they think slow.
Scousers are friendly, mostly so they can get close enough to your wallet.
Appalachians haven't evolved since the coal ran out.
Farm kids are good for lifting heavy things. Just don't ask them to think.
Council estate kids will always end up in one of two places, and neither of them is university.
Essex in a nutshell: all tan, no brain.
Rednecks breed faster than the rest of us can educate them.
Every scam call I get comes from some backwater town where that's the only industry left.
village people come to the city and act like they've never seen a pedestrian crossing, because they haven't
`,
  },
  {
    kind: 'pseudo_science',
    label: 1,
    lines: `
Studies show women's brains are literally smaller, so of course there are fewer female CEOs.
It's genetics, not racism. Some populations simply evolved for lower intelligence.
Homosexuality is a hormonal imbalance that could be corrected if parents caught it early.
The Bell Curve settled this decades ago, people just don't like the answer.
Crime is hereditary. Look at the family trees and you'll see which groups carry it.
Autism comes from bad parenting and too many vaccines, everybody in the field knows it.
Skull shape differences between races explain everything about their civilisations.
Women can't be good pilots, their spatial reasoning peaks at about twelve.
Somebody should run proper experiments on trans kids to prove it's just a mental illness.
People from hot countries have a shorter temper, it's measurable in their hormones.
Mixing races dilutes the good traits from both sides, any dog breeder would tell you that.
Old people's brains stop forming new connections at 60, so their votes should count for half.
Left-handed people and gay people share the same brain defect, look it up.
Poverty is just low IQ with extra steps. Give them money and they'll be poor again within a year.
There's a reason some peoples never invented the wheel, and it isn't geography.
`,
  },
];
