/** English insults (label 1) without swear words: creative put-downs, sneering sarcasm, abbreviations and emoji. */
import type { Block } from './types.js';

export const EN_INSULT: Block[] = [
  {
    kind: 'insult',
    label: 1,
    lines: `
You have the brain of a goldfish and about half the charm.
Talking to you is like reading terms and conditions: long, pointless, and I regret agreeing to it.
He has the personality of wet cardboard.
If your ideas were any smaller they'd need a microscope and a permit.
Somewhere out there a tree is producing oxygen for you. Go and apologise to it.
You're the human equivalent of a participation trophy.
Your face makes onions cry.
I've met houseplants with more going on upstairs than you.
You bring everyone so much joy when you leave the room.
She has the emotional range of a parking meter.
Your code looks like it was written by a raccoon that fell asleep on the keyboard.
Every group chat you join gets a little quieter and a lot dimmer.
You're not the sharpest tool in the shed, you're the shed's broken door.
He thinks he's the main character. He's the extra who gets written out in the pilot.
if brains were petrol you couldn't power an ant's scooter round a cheerio
You're living proof that evolution can go in reverse.
Your singing could clear a stadium faster than a fire alarm.
Imagine being you and still choosing to post. Brave.
`,
  },
  {
    kind: 'sarcasm',
    label: 1,
    lines: `
Wow, a whole paragraph without a spelling mistake. Your teachers must be so proud.
Oh sweetie, it's adorable that you think you're qualified to have an opinion.
Congrats on the new job! I'm sure they'll notice their mistake eventually.
Love how confident you are for someone who's wrong about literally everything.
Bless your heart, you really tried with that outfit.
Nice of you to join us, genius. Did the big words slow you down?
Amazing take. Truly. I'm framing it next to my other favourite mistakes.
Oh no, did the mean internet hurt your feelings again? Shall I ring your mum?
Such a brave choice to go out in public with that haircut.
wow you made it to the end of the article this time, proud of you buddy
Don't worry, some people peak in secondary school. You just did it early, very efficient.
Must be nice having that much confidence with that little reason for it.
Thanks for your input, we'll file it with all the other things we're ignoring.
Another award-winning opinion from our resident expert in being wrong.
Good for you for learning to read. Next step: understanding.
Aww, he thinks he's funny. Somebody tell him.
`,
  },
  {
    kind: 'coded_insult',
    label: 1,
    lines: `
ur literally a 🤡 go back to your 🐑 herd
imagine being this mid and still posting 💀💀💀
L + ratio + nobody asked + touch grass
npc behaviour from a certified smooth brain
stay mad about it, nerd 🤓☝️
ok boomer, time for your nap 👴💤
cope + seethe + you're ugly
u have the iq of a 🥔 fr
this guy is such a 🤡🤡🤡 i cant
yikes sweaty, the audacity of a nobody 🙄
stfu nobody wants to hear from a 🐍 like you
gtfo of my mentions, clown
ratio'd by a bot, that's how irrelevant u are
smol brain energy, cant even read a chart 🧠❌
ur opinion is 🗑️ and so are u
`,
  },
];
