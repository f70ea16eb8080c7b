/**
 * English non-toxic hard negatives (label 0) with heat but no target identity: angry complaints about
 * referees, service and policies, blunt critique of work, and caring warnings that read like threats.
 */
import type { Block } from './types.js';

export const EN_SAFE_HEAT: Block[] = [
  {
    kind: 'safe_complaint_sports',
    label: 0,
    lines: `
That referee should be stood down for a year. Three penalty calls, all wrong, all one way.
VAR took four minutes to decide a toenail was offside. I've aged a decade watching this.
Our defending tonight was a disgrace. Paid millions and they can't mark a man at a corner.
I'm furious. Same coach, same tactics, same second-half collapse every single week.
That umpire has been terrible all series, how is he still getting finals?
Absolute robbery. The judges scored that bout for the wrong boxer and everyone watching knows it.
Watching my team throw away a three goal lead sent my blood pressure through the roof.
The line judge needs glasses. Ball was a foot in and he called it out.
Sell the club. The owners have run it into the ground and the fans deserve better.
I've never been so angry at a substitution. Why take off your only striker at 1-0 down?!
Worst officiating I've seen all season, both teams got robbed at different points.
honestly our keeper played like he'd never seen a football before tonight, brutal
Ticket prices up 20 percent and they sold our best player. Thanks for nothing, board.
The commentators were so biased today I muted them within ten minutes.
`,
  },
  {
    kind: 'safe_complaint_service',
    label: 0,
    lines: `
Waited 90 minutes for a table we'd booked, then the food came out cold. Worst dinner of the year.
Customer service put me on hold four times and hung up on the fifth. I'm done with this airline.
Ordered a sofa in March, it's July, and they keep telling me "next week". Completely unacceptable.
The hotel photos were clearly taken ten years ago. Mouldy bathroom, broken lift, rude front desk.
Third time my parcel was marked delivered while I was sitting at home. Where do these drivers go?
Do not rent from this landlord. Heating broken all winter and he didn't answer a single message.
The bank charged me a fee for calling to ask about a fee. I'm speechless.
Our internet has dropped out every evening for two weeks and the provider keeps blaming my router.
One star. The repair shop kept my laptop for a month and returned it with a brand new scratch.
Train cancelled, replacement bus full, and the app said everything was running normally.
Terrible experience at the clinic: they lost my referral twice and nobody apologised.
This app update is a disaster. Half the buttons moved and the other half don't work.
Overpriced, undercooked, and the waiter argued with us about the bill. Never again.
I'm so angry I could scream. The removal company broke my grandmother's mirror and denies it.
traffic on the ring road this morning was a joke, 50 minutes to go 3 miles
`,
  },
  {
    kind: 'safe_complaint_policy',
    label: 0,
    lines: `
The council's new parking scheme is a shambles and whoever signed off on it should explain themselves.
This government's housing policy has failed a whole generation. Build more homes, it isn't complicated.
I'm fed up with politicians promising to fix the health service and then cutting nurse training places.
The senator's vote on that bill was cowardly, and I'll be saying so at the town hall.
Whoever planned these roadworks deserves a stern letter. Three lanes closed at rush hour.
Cutting rural bus routes to save money is short-sighted. Older people out here can't get to the doctor.
I disagree with the mayor on almost everything, but the new cycle lanes are genuinely good.
The visa backlog is a bureaucratic mess that hurts families and employers alike.
The school board cutting the music programme is infuriating. Show up to the meeting on Tuesday.
Tax cuts at the top and a freeze on benefits. I'm honestly livid about this budget.
Another consultation nobody asked for. Just fix the potholes.
The minister dodged every single question in that interview. Answer the question!
Raising the pension age again without asking anyone is a terrible policy.
The new accessibility rules are a good idea with a terrible rollout; shops got two weeks' notice.
`,
  },
  {
    kind: 'safe_critique',
    label: 0,
    lines: `
This essay repeats the same point four times and never answers the question. It needs a full rewrite.
The film's plot has holes you could drive a bus through, and the ending felt rushed.
Your pull request breaks the login flow. Please add tests before asking for another review.
Honestly this argument is weak: one anecdote isn't evidence, and the numbers don't back it up.
The album is overproduced and forgettable, which is a shame because their first one was brilliant.
Their new menu is bland. Everything tastes like it was seasoned by a committee.
That presentation was forty slides too long and the key number was on slide 38.
The study's sample is far too small to say anything about men in nursing in general.
The author clearly didn't interview a single rural resident before writing about rural life.
Respectfully, your plan ignores the budget entirely. Where does the money come from?
The translation is clunky and misses most of the jokes. Read the original if you can.
The last patch made the servers worse. Devs, please fix the basics before selling new skins.
This report on immigration cherry-picks one year of data. Show the full trend.
The sequel took everything I loved about the first book and threw it away.
`,
  },
  {
    kind: 'safe_caring_warning',
    label: 0,
    lines: `
I know where you work, so I'll drop your charger off at reception at lunch.
Drive safe going home tonight, the roads are icy.
Lock your doors tonight, there have been a few break-ins on our street lately.
You're going home with a bag of leftovers whether you like it or not.
Text me when you get home, it's late and that bus stop is dark.
Don't let me catch you skipping breakfast before an exam again 😤
Watch out on the way back, the bridge is closed so take the long road.
Your car's back window is open, you might want to close it before it rains.
I'll be waiting by the car park after the match, we're getting burgers.
Make sure your insurance covers storm damage, the forecast for this weekend looks awful.
Next time you're in town you're staying at mine. No hotel, no arguing.
If I see you at the gym at 6am I'm making you do burpees with me.
Be careful on your walk home, there's a lot of construction on Main Street.
sleep well, big day tomorrow
`,
  },
];
