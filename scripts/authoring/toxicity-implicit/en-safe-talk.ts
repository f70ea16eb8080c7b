/**
 * English non-toxic hard negatives (label 0) that talk about abuse: counter-speech, moderation talk,
 * quoting slurs and dog whistles to discuss them, and people reporting that they were harassed.
 */
import type { Block } from './types.js';

export const EN_SAFE_TALK: Block[] = [
  {
    kind: 'safe_counter_speech',
    label: 0,
    lines: `
Don't judge people by their accent. My neighbour's English is shaky and she's the best nurse on her ward.
Saying "I'm not racist but" and then finishing the sentence is still finishing the sentence.
Men who work in childcare are not suspects. They're teachers. Treat them like it.
Disabled people going out in public is their right, not a favour the rest of us hand out.
Calling a whole religion dangerous because of a few headlines is how neighbours stop talking to each other.
Old people aren't a drain. They built half the things we use and plenty of them still volunteer every week.
Please don't pile on her. She made a bad joke, she apologised, let it go.
Stereotypes about rural people are lazy. My hometown has nurses, engineers and one very opinionated librarian.
Before you generalise about a whole group, picture one real person from it first.
Mocking someone's therapy or divorce in a group chat isn't banter, it's cruelty with an audience.
Being gay isn't contagious, and an assembly about kindness isn't recruitment.
Women can lead, men can nurse, and none of it needs a footnote.
Immigrants staff hospitals, pay taxes and picked the fruit you had for breakfast. Maybe ease off.
If your argument needs a "study" from a blog with no sources, that's not science, it's a vibe.
Criticise the policy as much as you like, but leave people's ethnicity out of it.
Neurodivergent coworkers aren't difficult, they just need clear instructions. Honestly, so do I.
`,
  },
  {
    kind: 'safe_moderation',
    label: 0,
    lines: `
Reporting accounts with fake claims is wrong, even if you can't stand the person. It buries the real reports.
Mod note: criticism of the streamer's gameplay is fine, comments about her appearance will be removed.
We've locked this thread because it turned into attacks on one specific user. Please take a break.
Reminder: posting someone's address, workplace or photos of their house gets an instant permanent ban.
Is it against the rules to quote a slur when I'm reporting it? I want to include the evidence.
Our community guidelines now cover ban evasion: alt accounts of banned users are removed on sight.
As a mod I'd rather remove one comment than ban someone. Most people calm down once they're warned.
Please use the report button instead of replying to trolls. Replies only boost them.
New rule: no brigading. Posts that send people to another community to comment will be removed.
How do other Discord mods handle raids? Thirty new accounts joined and spammed within two minutes.
Heads up, we removed several comments that generalised about an entire nationality. Discuss the event, not the people.
If you think a moderator made a bad call, message the mod team instead of starting a pile-on in the comments.
We don't allow screenshots of private messages without consent, even if the sender was rude.
Trust and safety teams look at patterns, not single words, which is why context in a report helps.
Our forum bans posting anyone's real name unless they're a public figure speaking in public.
`,
  },
  {
    kind: 'safe_quoting',
    label: 0,
    lines: `
The word "queer" was used as a slur for decades before activists reclaimed it in the 80s and 90s.
In class we talked about why news reports write "the n-word" instead of spelling it out.
When someone starts with "I'm not racist but", linguists call that a disclaimer, and it usually signals what follows.
Historians point out that propaganda often described minorities as vermin before violence against them began.
"Go back to your country" is one of the most common phrases reported in hate incident surveys.
A dog whistle is coded language that sounds innocent to most people but carries a hidden message to one audience.
Our media literacy unit looked at how the phrase "welfare queen" was used in 1970s political speeches.
Dictionaries label some words "offensive" rather than removing them, because people need to know what they mean.
A kid at school called me "ching chong" and my teacher explained the history of that taunt to the whole class. It helped.
Why was "retarded" a medical term, and when did it turn into an insult? Doing a school project on it.
The book traces how "illegal alien" entered official use and why many newsrooms now say "undocumented immigrant".
A slur quoted in a court transcript is evidence, not endorsement. Context matters.
Linguists call it pejoration when a neutral word like "idiot" slides into being an insult.
In the documentary, survivors read out the names they were called in the 1950s. Hard to watch, and important.
"Ok boomer" is an interesting case: it's age-based, but people rarely treat it as seriously as other labels.
`,
  },
  {
    kind: 'safe_harassment_report',
    label: 0,
    lines: `
Blocked him on Instagram and now he messages me from a fresh account every few days. What are my options?
A guy in my class posted my address in a group chat. Should I tell the school or the police first?
My ex keeps leaving one-star reviews on my business under fake names. Can I get them taken down?
Someone commented that they could see my street sign in a photo. I deleted it, but I'm shaken.
I'm being mass reported on TikTok and my account got suspended. How do I appeal?
A coworker screenshotted my private messages and shared them in the team chat. Is that an HR issue?
Got a message saying "I know where you work" from an account with no posts. Reported it. Anything else I should do?
My daughter is being mocked about her weight in a class group chat. How do I help without making it worse?
People from a forum are emailing my employer with lies about me. I'm documenting everything.
A neighbour said he'd smash my car after I reported him to the landlord. I've called the non-emergency line.
How do I strip location data from my photos? Someone worked out my neighbourhood from a selfie.
A streamer sent his whole chat to my channel and I got two thousand hateful comments overnight. Any advice?
Is there any way to block someone on every platform at once? He keeps finding me.
My son's classmates shared his therapy appointment in the group chat. The school hasn't replied yet.
Just got doxxed on a gaming forum. Changed my passwords, locked my socials, what should I do next?
Someone is impersonating me and posting hateful stuff under my name. I've reported it three times already.
`,
  },
];
