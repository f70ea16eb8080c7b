/** English non-toxic hard negatives (label 0): friendly banter between friends and self-deprecation. */
import type { Block } from './types.js';

export const EN_SAFE_PLAY: Block[] = [
  {
    kind: 'safe_banter',
    label: 0,
    lines: `
mate you have the fashion sense of a lost tourist and I love you for it
Dan, you absolute goblin, you ate my leftovers again didn't you 😂
happy birthday to my dumbest and dearest friend, may your parking improve this year
Sis, your lasagne was a crime against Italy but I'll still be there Sunday ❤️
lol remember when you got lost in IKEA for an hour? never letting you live that down, love you
You're going down in Mario Kart tonight, start preparing your excuses
I know where you live and I'm coming over with pizza at 8, don't argue
we're going to destroy you at quiz night, bring tissues
Jake, you're the worst wingman in history and also my best friend, see you Friday
imagine losing to your little brother at chess twice in one day, couldn't be me (it was me)
your playlist has the personality of a dentist's waiting room and I'm still stealing it
Grandma roasted my haircut at dinner and honestly she was right
Bro said five minutes, it's been forty, I'm about to file a missing person report 😂
Watch your back at the office party, I'm bringing my karaoke A game
you're lucky you're cute because your directions are terrible
`,
  },
  {
    kind: 'safe_self_deprecation',
    label: 0,
    lines: `
I have the attention span of a goldfish today, someone please take my phone away
My brain is running on two brain cells and they're both fighting over the last biscuit.
I'm a woman driver and yes, I parallel parked first try today. Please clap.
As a certified boomer I now need my grandson to explain what a "ratio" is.
I'm the rural cousin who gets lost on the Tube every single visit. City people, be patient with me.
my personality is 60% coffee and 40% anxiety
I just sent an email with an attachment called final_final_v3. I am the problem.
Me cooking: the smoke alarm is my timer.
I'm so bad at maths my calculator sighs when I pick it up.
Went to the gym for the first time in a year. My body has filed a formal complaint.
I'm the dad who tells the same joke every Christmas and I'm not changing.
my dyslexia and autocorrect are in a constant war and I'm losing
I have a face for radio and a voice for silent films.
Confession: I'm the person who hits reply-all. Every time. I'm sorry.
I'm 35 and I still ring my mum to ask how long to boil an egg.
my group chat voted me most likely to cry at a dog food advert and honestly fair
`,
  },
];
