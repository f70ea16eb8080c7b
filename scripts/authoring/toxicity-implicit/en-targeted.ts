/**
 * English targeted abuse (label 1) without swear words: harassing a named or @-mentioned person, mocking
 * private facts in a group, coordinating pile-ons and false mass reports, ban evasion, doxxing hints.
 */
import type { Block } from './types.js';

export const EN_TARGETED: Block[] = [
  {
    kind: 'harassment',
    label: 1,
    lines: `
@jenna_k everyone in this group knows your dad left because of you. Stop posting like you're happy.
lol remember when Marcus cried in the bathroom after his parents split? screenshot is still in my camera roll
Hey @mike_t, how's therapy going? Asking for the whole office.
Guys, Priya's ex sent me her old texts, want to see how desperate she was?
@sam.draws your art is as empty as your DMs, and yes, we've all read them.
Everyone say hi to Kevin, who still lives with his mum and thinks nobody knows 😂
Jess just got dumped again, drop a 💀 in the chat if you saw it coming
Posting Tyler's rejection email here so we can all learn what failure looks like.
@lena_r nobody invited you to the reunion for a reason. Stop asking.
I saved all of Ashley's old photos from before she lost the weight. I'll post them the moment she starts acting confident.
Hey @coachdan, your wife's Facebook is public. Interesting stuff in there.
Brandon told me about his bedwetting thing in confidence. Anyway, he's in this chat now 👀
Don't worry Nadia, we all know the scholarship was a pity scholarship.
@devon_w you're going to read every reply under this and there's nothing you can do about it
Keep posting selfies, Luke. Every one goes straight into the group's meme folder.
reminder that Megan from accounts only got the job because of who she's dating, tag her if you agree
`,
  },
  {
    kind: 'pile_on',
    label: 1,
    lines: `
Everyone go to @rileybakes and leave one-star reviews, she deleted my comment.
Let's all report her channel for child endangerment. It isn't true but the platform doesn't check.
Link to his post is in the server. Quote it, don't reply, so it spreads further.
If fifty of us flag her account for impersonation at the same time it gets auto-suspended. Go go go.
His business page has 12 reviews. Let's make it 400 by tonight.
Comment on every single one of her posts until she goes private. I'll start.
Found the teacher who gave my brother detention. Her Instagram is open, do your thing.
Mass report this streamer for hate speech, clip it out of context if you have to.
Everyone email his employer, I've written the template, just copy and paste it.
Raid at 9pm, her stream, spam the chat until she cries on camera.
file a false copyright claim on every video she uploads, it costs us nothing
Let's flood this subreddit until the mod quits.
Pin this: her new account is @kay.lee22. You know what to do.
Every time he posts, we all reply with the same screenshot. Make it a meme he can never escape.
Grab a friend and rate his restaurant one star from different phones so the algorithm can't tell.
`,
  },
  {
    kind: 'ban_evasion',
    label: 1,
    lines: `
You can block me but I'll just make another account, and another, and another.
Banned again? Cute. This is account number fourteen, mods.
Blocked me on Insta so I found your Twitter. Want to try TikTok next?
I've got a VPN and a list of spare emails. You'll be seeing me every day.
Changing your number won't help, I already have your sister's.
You deleted my comment, so now I'll post it under every one of your videos instead.
lol ban me, I'll be back in five minutes with a new name
Every time you block me I'll message your friends instead. Your choice.
Go private all you like, I already follow your backup account.
You can't get rid of me. I'll be in every chat you ever join.
Muted me? Fine. Your DMs will be full by morning.
Made a new account just to tell you again what I told you yesterday.
Restraining orders don't work on usernames, sweetheart.
You've banned me from the server three times and I'm still here. Think about that.
Blocking me just means I read your posts while logged out.
`,
  },
  {
    kind: 'doxxing',
    label: 1,
    lines: `
Nice photo. I can see your street sign in the background.
Cute dog. Looks like the park on Elm and 5th, I walk there too.
Your reflection in the window gives away your flat number, just so you know.
Found your LinkedIn, your mum's Facebook and your licence plate. Took me twenty minutes.
Posting his home address here in case anyone's in the area and wants to say hi.
That school logo on your kid's jumper narrows things down a lot.
Your car's the blue Civic, right? Parked outside the gym at 6 every morning.
Everyone, her real name is Karen Doyle and she works at the dental clinic on Baker Street.
I zoomed in on your selfie. The post on your counter has your full address on it.
Here's his personal number, call him and tell him what you think.
I know which building you work in now. Third floor, isn't it?
Funny how you post from the same coffee shop every Saturday at 10.
Ran your username through a few sites. You really should change your passwords, Daniel from Leeds.
Your daughter's recital video had the school name on the banner. Thanks for that.
Reverse image search is amazing. Hello, Mr Patel on Oak Lane.
`,
  },
];
