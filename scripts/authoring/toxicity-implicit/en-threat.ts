/** English threats (label 1) without violent vocabulary, and threats against property, pets or business. */
import type { Block } from './types.js';

export const EN_THREAT: Block[] = [
  {
    kind: 'threat',
    label: 1,
    lines: `
Keep talking. You're going home in an ambulance.
I know where you work. I know when your shift ends.
Say that again at the match on Saturday. I'll be waiting by the car park.
You won't be smiling like that for much longer.
Enjoy your walk home tonight. It's a long one.
I'd double check your locks tonight if I were you.
Your family seems nice. Would be a shame if something happened to them.
We'll see how brave you are when there's no screen between us.
I've got your address and a free weekend.
Don't let me see you outside the school gates on Monday.
Sleep light tonight. Just a friendly tip.
You'll regret posting that before the week is out. Count on it.
Pretty sure your own mum won't recognise you when I'm done.
Tell your kids I said hello. They get out at 3:15, right?
Next time you won't be walking away from it.
It's a small town. You'll run into me eventually, and you won't like it.
Keep reporting me and see how safe you feel at night.
Hope your health insurance is paid up.
`,
  },
  {
    kind: 'property_threat',
    label: 1,
    lines: `
Nice car you've got. Be a shame if the windows went missing tonight.
Keep posting and your shop won't be standing by next week.
One more bad review and I'll burn that little restaurant of yours to the ground.
I know which house is yours. Hope your insurance covers fire.
Your tyres are going to be flat every morning until you apologise.
Walked past your place last night. Looks very easy to get into. Just saying.
Smash your car, smash your windows, it's all on the table if you keep this up.
That food truck of yours would go up fast, wouldn't it.
Your garden gnomes won't be the only thing broken if you call the council on us again.
Cancel my order one more time and see what your shopfront looks like tomorrow.
Your dog spends a lot of time alone in that yard.
Paint stripper works wonders on new cars, just so you know. Yours is parked right outside.
Every window in your office, one at a time, until you pay up.
Your little bakery has a lot of glass out front. Think about that.
Report me again and your bike won't be where you left it. Neither will your letterbox.
`,
  },
];
