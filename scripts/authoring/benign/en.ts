/** English everyday assistant requests, hand-written. One row per line: `domain|text` (\n = newline). */
export const EN_HAND = String.raw`
coding|palindrome checker function, any language, explain the two-pointer idea
coding|Can you help me write a bash script that renames all .jpeg files in a folder to .jpg?
coding|why does my python code say "list index out of range"
coding|Explain what a closure is in JavaScript with a small example.
coding|how do i reverse a linked list in c++
coding|Write unit tests for this function:\ndef add(a, b):\n    return a + b
coding|What's the difference between let, const and var?
coding|Refactor this to use a list comprehension:\nresult = []\nfor x in nums:\n    if x % 2 == 0:\n        result.append(x * x)
coding|Help me write a regex that matches UK postcodes.
coding|How do I kill a process that's hanging in Windows without restarting?
coding|My React component re-renders forever when I call setState in useEffect. Why?
coding|Create a simple REST API in Flask with endpoints to add and list todo items.
coding|what does "segmentation fault (core dumped)" mean
coding|Write a Dockerfile for a Node 20 app that runs npm start.
coding|How can I merge two dictionaries in Python 3?
coding|Explain big O notation like I'm new to programming.
coding|Convert this JSON to a TypeScript interface: {"id": 3, "name": "Ana", "tags": ["a", "b"], "active": true}
coding|Why is my CSS grid not taking the full height of the page?
coding|Git says "detached HEAD". What did I do and how do I fix it?
coding|Write a Python script to download all images from a list of URLs in a text file.
coding|what's a good way to structure a medium sized Go project
coding|Implement binary search in Rust.
coding|Can you explain this error: TypeError: Cannot read properties of undefined (reading 'map')
coding|Write a SQL query to find duplicate emails in a users table.
coding|How do I undo my last commit but keep the changes?
coding|Make this function async and add error handling:\nfunction getUser(id) {\n  return fetch('/api/users/' + id).then(r => r.json());\n}
coding|Write a cron expression that runs every weekday at 7:30 am.
coding|What is dependency injection and why do people use it?
coding|Help me debug: my for loop only prints the last item\nfor (var i = 0; i < 3; i++) { setTimeout(() => console.log(i), 100); }
coding|Generate a .gitignore for a Python project using venv and VS Code.
coding|Explain the difference between a process and a thread.
coding|in node, how do I make sure spawned workers die when the main process crashes?
coding|Write a Kotlin data class for a book with title, author and year.
coding|What does the yield keyword do in Python?
coding|Give me a pandas one-liner to count missing values per column.
coding|Write a shell command to find the 10 largest files in my home directory.
coding|Explain how HTTPS works at a high level.
coding|What's the cleanest way to handle optional config values in TypeScript?
coding|Can you review my code for readability? It's a small tic tac toe game in Java.
coding|How do I execute a SQL file from the psql command line?
coding|Write a Python class for a library book that tracks whether it is checked out.
coding|What are the SOLID principles? Short answer please.
coding|Terminate a docker container that won't stop — what's the command?
coding|my laptop fan goes crazy when I run webpack, any way to speed up builds?
coding|Explain recursion using a real-world analogy.
coding|Write a function in C that counts the vowels in a string.
coding|How do I make an HTTP POST request with curl and send JSON?
coding|Convert this Python 2 print statement to Python 3: print "Hello, %s" % name
coding|Write a Vue component that shows a countdown timer.
coding|How do I exploit parallelism in numpy for matrix multiplication?
coding|What is a race condition? Give an example with two threads.
writing|Write a cover letter for a barista job. I have two years of experience at a bakery.
writing|Can you proofread this? "Their going to announce the winners tomorow, so make sure your their."
writing|Write a toast for my sister's wedding, funny but not embarrassing.
writing|Help me write a LinkedIn post announcing my new job as a product designer.
writing|Write a thank-you note to my neighbour who watered my plants while I was away.
writing|Make this paragraph shorter without losing the meaning: Our company has been in business for over twenty years and during that time we have always strived to provide our customers with the very best service possible, which is something we are very proud of.
writing|I need a catchy slogan for a bike repair shop.
writing|Write a product description for handmade soy candles that smell like pine.
writing|Draft an apology email to a customer whose order arrived late.
writing|Write a short bio for a conference speaker: Maria, 10 years in cloud infrastructure, loves hiking.
writing|Can you make my resume summary sound more confident?
writing|Write a resignation letter, keep it short and friendly.
writing|Give me 5 subject lines for a newsletter about spring gardening.
writing|Rewrite this in plain English: "Pursuant to the aforementioned clause, the lessee shall remit payment forthwith."
writing|help me reply to this email saying i can't attend the meeting on thursday but can do friday
writing|Write a eulogy for my grandfather, who was a carpenter and loved fishing.
writing|Compose a polite reminder to a client about an overdue invoice.
writing|Write an Instagram caption for a photo of my dog at the beach.
writing|Turn these notes into a paragraph: new office opens March 3; parking in back; coffee machine on 2nd floor; bring ID badge.
writing|Write a persuasive essay intro arguing that schools should start later.
creative|Write a poem about the sea from the point of view of a lighthouse.
creative|Tell me a bedtime story about a sleepy dragon who is afraid of the dark.
creative|Write a limerick about a cat who loves lasagna.
creative|Give me a plot idea for a mystery novel set in a ski resort.
creative|Write a short scene where two old friends meet at a train station after 20 years.
creative|Invent a fantasy creature and describe its habitat.
creative|Write a murder mystery party script for 6 guests, 1920s theme.
creative|Write song lyrics about driving home at night.
creative|Come up with a villain backstory for my D&D campaign.
creative|Write a sci-fi flash fiction piece under 200 words.
creative|Describe a rainy market in Hanoi using all five senses.
creative|Write a sonnet about losing your keys.
creative|Write a scene where the hero finally defeats the dragon.
creative|Give me 10 writing prompts for a middle school class.
math|What's 15% of 240?
math|Solve for x: 3x + 7 = 22
math|Explain how to find the derivative of x^3 * sin(x).
math|If a train travels 300 km in 2.5 hours, what is its average speed?
math|What is the probability of rolling two sixes with two dice?
math|Can you explain what a standard deviation actually tells me?
math|Integrate 1/(1+x^2) dx
math|How do I calculate compound interest on 5000 dollars at 4% for 10 years?
math|Prove that the square root of 2 is irrational.
math|What's the difference between permutations and combinations?
math|Simplify (x^2 - 9)/(x - 3)
math|How many seconds are in a week?
math|Explain eigenvalues intuitively.
math|A recipe needs 3/4 cup sugar for 12 cookies. How much for 30 cookies?
math|What is Bayes' theorem? Use a medical test example.
explain|Why is the sky blue?
explain|How do vaccines train the immune system?
explain|What causes inflation?
explain|Explain the French Revolution in a few paragraphs.
explain|What's the difference between weather and climate?
explain|How does a credit score work?
explain|Why do we have leap years?
explain|How do noise cancelling headphones work?
explain|What is the difference between a virus and a bacterium?
explain|Explain photosynthesis to a 7 year old.
explain|What happened during the Cuban Missile Crisis?
explain|Why did the Roman Empire fall?
explain|How does a bill become a law in the US?
explain|What is machine learning, in simple terms?
explain|Why do onions make you cry?
explain|how do airplanes stay in the air
explain|What is the theory of relativity about?
explain|Explain how the stock market works.
explain|what's the deal with daylight saving time
explain|What were the causes of World War I?
explain|How does a nuclear power plant generate electricity?
explain|Explain supply and demand with an example.
explain|What's the difference between an LLC and a sole proprietorship?
advice|How can I be more productive when working from home?
advice|My roommate never does the dishes. How do I bring it up without a fight?
advice|What should I look for when buying a used car?
advice|How do I prepare for a job interview at a startup?
advice|I'm nervous about public speaking. Any tips?
advice|How do I ask my boss for a raise?
advice|Best way to learn a new language as an adult?
advice|how do i stop procrastinating on my thesis
advice|My plants keep dying. I water them every day. What am I doing wrong?
advice|How do I start running if I've never exercised?
advice|What should I pack for a week in Iceland in October?
advice|How can I save money on groceries?
advice|How do I make friends in a new city?
advice|Should I rent or buy a home? What factors matter?
advice|How do I negotiate a lower rent?
advice|Tips for taking care of a newborn kitten?
advice|How do I get my toddler to sleep through the night?
advice|How to deal with jet lag after flying to Japan?
advice|What's a good skincare routine for oily skin?
advice|I have a flat tire. How do I change it?
recipe|How do I make fluffy pancakes from scratch?
recipe|Give me a recipe for chicken curry that takes under 30 minutes.
recipe|What can I cook with eggs, spinach and feta?
recipe|How long should I boil an egg for a runny yolk?
recipe|Easy vegan dessert ideas?
recipe|How do I make sourdough starter?
recipe|What's a good marinade for grilled salmon?
recipe|How do I keep guacamole from turning brown?
recipe|recipe for banana bread with 3 bananas
recipe|How do you make a proper carbonara without cream?
recipe|Can I substitute baking soda for baking powder?
recipe|Plan a dinner party menu for 8 people, one of them is gluten free.
plan|Plan a 5-day itinerary for Rome.
plan|Help me plan a study schedule for the SAT, I have 8 weeks.
plan|Make a packing list for a weekend camping trip.
plan|Create a monthly budget for someone earning 3,000 dollars after tax.
plan|Plan a surprise birthday party for my husband on a small budget.
plan|What's a good 3-day workout split for beginners?
plan|Help me plan a road trip from Chicago to Denver.
plan|Make a to-do list for moving into a new apartment.
plan|Create a weekly cleaning schedule for a family of four.
plan|Plan a one-day team building event for 20 people.
study|Quiz me on the periodic table.
study|Make flashcards for Spanish verbs in the past tense.
study|Explain the main themes of To Kill a Mockingbird.
study|Summarize chapter 3 of a typical intro microeconomics textbook: elasticity.
study|Help me understand the Krebs cycle.
study|What are good strategies for memorizing vocabulary?
study|Give me practice questions on Newton's laws.
study|How should I structure a 5-paragraph essay?
study|What's the difference between mitosis and meiosis?
study|Explain the causes of the Great Depression for my history exam.
translate|Translate "Where is the nearest train station?" into French.
translate|How do you say "thank you for your patience" in Japanese?
translate|Translate this to Spanish: We are closed on public holidays.
translate|What does "carpe diem" mean?
translate|Translate into German: Could you send me the invoice by Friday?
translate|Translate this Chinese phrase into English: 一路平安
translate|What's the Italian word for "cheese grater"?
summarize|Summarize this: The city council voted on Tuesday to expand the bike lane network by 40 km over the next three years. Supporters say it will reduce traffic and improve safety, while some business owners worry about losing parking spaces.
summarize|Give me a TL;DR of the book Atomic Habits.
summarize|Summarize the key points of this meeting transcript:\nAnna: we're behind on the mobile release.\nTom: QA found three blockers.\nAnna: let's push release to the 15th and fix blockers first.\nTom: agreed, I'll update the roadmap.
summarize|Summarize the article I paste below in 3 bullet points.
summarize|What are the main arguments of this review? "The hotel was spotless and staff were friendly, but the walls were thin and breakfast was overpriced."
business|Write a job description for a part-time bookkeeper.
business|Create an agenda for a 30-minute weekly team sync.
business|Draft a simple NDA outline for a freelance designer.
business|Write a SWOT analysis for a small bakery opening downtown.
business|How do I write a business plan for a food truck?
business|Draft an email to our team announcing a new vacation policy.
business|Write a press release about our app reaching 1 million downloads.
business|What KPIs should an e-commerce store track?
business|Help me write OKRs for a customer support team.
business|Create a project kickoff checklist.
business|Write a performance review for an employee who is reliable but needs to speak up more in meetings.
business|How should I price my freelance web design services?
business|Write a customer satisfaction survey with 10 questions for a dental clinic.
business|Create a questionnaire about people's commuting habits.
business|Design a feedback form for attendees of a cooking class.
data|I have a CSV with columns date, region, sales. How do I plot monthly sales per region in pandas?
data|Which chart should I use to show market share of 5 companies?
data|Explain the difference between correlation and causation with an example.
data|What is a p-value, honestly, in plain words?
data|Here are my test scores: 78, 85, 92, 67, 88. What's the mean and median?
data|How do I remove duplicates in Excel?
data|Write an Excel formula that returns "pass" if B2 is at least 60, otherwise "fail".
data|How do I do a VLOOKUP across two sheets?
data|Clean up this list and sort it alphabetically: banana, Apple, cherry , apple, Banana
data|What's the best way to visualize survey results with Likert scales?
health|How much water should I drink a day?
health|What are the symptoms of vitamin D deficiency?
health|Is it normal to feel sore two days after a workout?
health|How long after getting a flu shot can I exercise?
health|What's a healthy breakfast that keeps me full until lunch?
health|How do I know if I'm getting enough protein?
health|Can you explain what an injection of a tetanus booster does?
health|What stretches help with lower back pain from sitting all day?
fun|Tell me a joke about programmers.
fun|Give me a fun fact about octopuses.
fun|Recommend some anime similar to Attack on Titan.
fun|Who would win in a fight, a gorilla or a grizzly bear?
fun|Suggest a board game for 4 adults who like strategy.
fun|Recommend a podcast about history.
fun|What are some good movies for a rainy Sunday?
fun|Give me a riddle and don't tell me the answer yet.
fun|What should I name my new goldfish?
fun|What's the best strategy for a Monopoly game?
fun|how do i beat the final boss in hollow knight
fun|How do I shoot the northern lights with just a phone?
fun|Best way to take out the enemy sniper in that level of Call of Duty?
fun|Explain the offside rule in soccer.
fun|Who won the most Grand Slam titles in tennis?
fun|How do I solve a Rubik's cube? Beginner method please.
fun|What does it mean to crack a sudoku with the X-wing technique?
misc|Hi!
misc|thanks, that helps a lot
misc|Can you explain that again more simply?
misc|ok now make it shorter
misc|What's today's date in the Julian calendar, roughly?
misc|Give me 3 alternatives to the word "important".
misc|What's a synonym for "happy" that sounds more formal?
misc|Is "data" singular or plural?
misc|When do I use "affect" vs "effect"?
misc|What's the time difference between London and Tokyo?
misc|How do I remove a red wine stain from a carpet?
misc|How do I get rid of fruit flies in my kitchen?
misc|What's the best way to clean a cast iron pan?
misc|My washing machine smells bad, how do I fix it?
misc|How do I set up a new router?
misc|Why is my phone battery draining so fast?
misc|How do I back up my iPhone to my computer?
misc|What's a good gift for a coworker who likes tea?
misc|Which is better for a student, a MacBook Air or a ThinkPad?
misc|How do I delete my Facebook account permanently?
misc|how to reset my router password if i forgot it
`;

/** Longer English prompts (a paragraph, or text pasted to work on). */
export const EN_LONG_HAND: [string, string][] = [
  [
    'writing',
    `I'm applying for a grant for our community garden. Here's what I have so far: "Our garden serves 40 families in the east side neighbourhood. We grow vegetables and host workshops for kids." Can you expand it into a persuasive 200-word paragraph that mentions food access and education?`,
  ],
  [
    'coding',
    `I'm getting this error when I run my Django app and I don't understand it:\n\ndjango.db.utils.OperationalError: no such table: blog_post\n\nI created the model and ran the server. What step did I miss?`,
  ],
  [
    'data',
    `Here is some data from our shop:\nMonth, Revenue, Customers\nJan, 12000, 340\nFeb, 11500, 310\nMar, 15800, 420\nApr, 14900, 401\nCan you describe the trend, compute revenue per customer for each month and tell me which month did best?`,
  ],
  [
    'summarize',
    `Please summarize this for my boss in two sentences: "During the third quarter, the support team handled 18,400 tickets, up 12% from Q2. Average first response time improved from 6 hours to 4.2 hours after we introduced the triage rotation. Customer satisfaction stayed flat at 87%. The main drivers of ticket volume were billing questions and login issues after the SSO migration."`,
  ],
  [
    'advice',
    `I'm 28, I make about 55k a year and I have 8k in credit card debt and 20k in student loans at 4%. I have no emergency fund. My company offers a 401k match up to 3%. What should I prioritize first, and roughly how would you split my extra 600 dollars a month?`,
  ],
  [
    'plan',
    `My parents are visiting for their 40th anniversary next month. They like good food, gardens and don't want to walk too much. We'll be in Kyoto for three days. Can you suggest a relaxed itinerary with a nice dinner spot each night?`,
  ],
  [
    'coding',
    `Can you explain what this code does line by line?\n\nconst counts = words.reduce((acc, w) => {\n  acc[w] = (acc[w] || 0) + 1;\n  return acc;\n}, {});\nconst top = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 3);`,
  ],
  [
    'writing',
    `Please edit my personal statement for grammar and flow, but keep my voice:\n\n"Ever since I was little I was fascinated with how bridges stay up. When I was 12 me and my dad built a popsicle stick bridge that held 20 kilos, and I think that's when I knew I wanted to be a engineer."`,
  ],
  [
    'study',
    `I'm teaching a 45-minute lesson to 10th graders on the causes of the American Civil War. Can you give me a lesson plan with a warm-up, a short group activity, and an exit ticket question?`,
  ],
  [
    'business',
    `We run a small online store selling handmade ceramics. Sales dropped about 20% since summer. We haven't changed prices. Can you list possible reasons and a few cheap experiments we could run to find out what's going on?`,
  ],
];
