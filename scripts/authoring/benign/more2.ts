/**
 * Hand-written requests in the shapes of instruction datasets and chat logs: classify, extract,
 * rewrite, brainstorm, closed QA over a pasted passage, open QA, follow-ups (`domain|text`).
 */
export const EN_MORE_2 = `
classify|Classify each of these as a fruit or a vegetable: tomato, carrot, apple, zucchini, mango.
classify|Is the sentiment of this review positive, negative or neutral? "The battery lasts forever but the screen scratches easily."
classify|Which of these are programming languages: Python, Cobra, Java, Sumatra, Ruby, Emerald?
classify|Sort these cities by population, largest first: Paris, Lagos, Oslo, Jakarta.
classify|Tell me which of these animals can fly: penguin, bat, ostrich, eagle, flying fish.
classify|Identify the odd one out: violin, cello, flute, viola.
classify|Label each sentence as fact or opinion: "Water boils at 100 °C at sea level." "Summer is the best season."
classify|Is this email spam or not? "Congratulations, you have been selected for a free cruise, reply with your address."
classify|Group these words by part of speech: run, happy, quickly, table, blue, sing.
classify|Which of these countries are in South America: Peru, Spain, Chile, Ghana, Uruguay?
extract|Extract all the dates from this text: "The contract starts on 3 March 2025 and the first review is on 1 September 2025."
extract|Pull out the names of people mentioned: "Maria met Tom and his sister Ana at the café before the concert."
extract|From this job ad, list the required skills: "We need someone with Excel, basic SQL, strong writing skills and a driving licence."
extract|Get the ingredients out of this paragraph as a list: "Mix two eggs with a cup of flour, a pinch of salt and some milk until smooth."
extract|What's the phone number and the address in this message? "Call us at 555-0142 or visit 12 Elm Street, Springfield."
extract|Given this text, how many employees does the company have? "Founded in 1998, Northwind now employs 1,200 people across four countries."
extract|Based on the passage, when was the bridge completed? "Construction began in 1932 and the bridge opened to traffic in May 1937."
extract|Read this and tell me who won: "In the final, Lee beat Okafor 6-4, 3-6, 7-5 after nearly three hours."
rewrite|Rewrite this sentence in the passive voice: The committee approved the new budget.
rewrite|Make this sentence more concise: "At this point in time we are not in a position to offer a refund."
rewrite|Change this to past tense: "She walks to the station and buys a coffee."
rewrite|Paraphrase: "The early bird catches the worm."
rewrite|Rewrite this tweet to sound professional: "omg our new app is out, go download it rn!!!"
rewrite|Turn this list into a sentence: milk, eggs, bread, two lemons.
rewrite|Rewrite the following in British English: "I parked the truck near the apartment and went to the movies."
rewrite|Make this sound more enthusiastic: "The event was fine."
rewrite|Simplify this for a child: "Photosynthesis converts light energy into chemical energy."
rewrite|Rewrite this paragraph without using the letter e. Just kidding — can you rewrite it without any jargon? "We leverage synergies to optimize cross-functional deliverables."
brainstorm|My son is 12 and needs a science fair project that costs under 20 dollars. Ideas?
brainstorm|List some low-cost hobbies I can do at home.
brainstorm|Brainstorm names for a podcast about personal finance for young people.
brainstorm|What are some ways to reuse glass jars?
brainstorm|Give me 5 ideas for a team icebreaker on Zoom.
brainstorm|Suggest themes for a school prom.
brainstorm|List ten things to do on a rainy day with kids.
brainstorm|What are some conversation starters for a networking event?
brainstorm|Ideas for a 5-minute presentation topic for an English class?
brainstorm|Give me some gift ideas for a dad who likes fishing and grilling.
brainstorm|What could I do with leftover rice?
brainstorm|Suggest blog post ideas for a travel blog focused on trains.
openqa|Who painted The Starry Night?
openqa|Which is higher, Kilimanjaro or Mont Blanc?
openqa|How many bones are in the human body?
openqa|When did the first iPhone come out?
openqa|What language is spoken in Brazil?
openqa|Who wrote One Hundred Years of Solitude?
openqa|What is the boiling point of water in Fahrenheit?
openqa|What's the largest ocean on Earth?
openqa|Which planet has the most moons?
openqa|What does DNA stand for?
openqa|What is the main ingredient in hummus?
openqa|Who was the first woman to win a Nobel Prize?
openqa|Why is Pluto no longer a planet?
openqa|What year did the Berlin Wall fall?
openqa|How far is the Moon from the Earth?
followup|Can you make it rhyme?
followup|Great, now translate that into Spanish.
followup|Shorter please, max 50 words.
followup|Can you add a section about costs?
followup|Make the tone more casual.
followup|Give me another version, less formal.
followup|That's not quite right, the deadline is Friday not Thursday. Can you fix it?
followup|continue
followup|Now put that in a table.
followup|Explain step 3 in more detail.
followup|Can you give an example?
followup|Use simpler words.
followup|Add emojis to it.
followup|Write it as a numbered list instead.
compare|iPhone or Android for my mom who is 70?
compare|What's the difference between a Roth IRA and a traditional IRA?
compare|Compare Python and R for data analysis.
compare|Kindle vs paper books, pros and cons?
compare|Should I learn Spanish or French first?
compare|Heat pump vs gas furnace — which is cheaper to run?
compare|What's the difference between a crocodile and an alligator?
compare|Compare renting a car vs taking trains around Italy.
compare|Difference between baking and roasting?
compare|Electric vs manual toothbrush, is it worth it?
home|How do I fix a leaky faucet?
home|What's the best way to paint a room without streaks?
home|How often should I water a snake plant?
home|How do I get rid of aphids on my roses?
home|How do I hang a heavy mirror on drywall?
home|When should I plant tomatoes in zone 6?
home|How do I descale my kettle?
home|My fridge is making a buzzing noise. Should I worry?
home|What's the right way to season a wok?
home|How can I make my small apartment feel bigger?
car|How often should I change my car's oil?
car|What does the check engine light usually mean?
car|How do I jump start a car?
car|Is it worth buying an electric car if I can't charge at home?
car|How do I teach my teenager to parallel park?
pets|How much should I feed a 10-week-old puppy?
pets|Why does my dog eat grass?
pets|How do I introduce a new cat to my older cat?
pets|What's a good first pet for a 7-year-old?
pets|How do I trim my rabbit's nails?
music|What's an easy song to learn on ukulele?
music|Explain what a key signature is.
music|How do I practice piano scales without getting bored?
music|Recommend albums similar to Norah Jones.
art|How do I draw realistic eyes?
art|What supplies do I need to start watercolour painting?
art|Give me feedback on my logo idea: a fox made of leaves for an outdoor gear shop.
art|Explain the difference between Baroque and Renaissance art.
language|What's the difference between "ser" and "estar" in Spanish?
language|How do I use "since" and "for" correctly?
language|Give me 10 common Japanese phrases for travellers.
language|Correct my French: "Je suis allé au magasin hier et j'ai acheté des pommes rouge."
language|What does the idiom "bite the bullet" mean?
language|Is it correct to say "less people" or "fewer people"?
language|How do I pronounce "Worcestershire"?
philosophy|What is the trolley problem and why do philosophers care about it?
philosophy|Summarize Kant's categorical imperative in plain English.
philosophy|What did Confucius say about friendship?
philosophy|Is free will compatible with determinism? Give both sides.
law|What's the difference between a will and a trust?
law|My landlord kept my deposit without explanation. What are my usual options?
law|What is fair use in copyright, in simple terms?
law|Do I need a lawyer to set up a small LLC?
finance|How does a credit card grace period work?
finance|What's a good emergency fund size?
finance|Explain dollar-cost averaging.
finance|How do I read a balance sheet?
finance|What is a 401(k) match and why does it matter?
parenting|How do I explain death of a pet to a 5-year-old?
parenting|My 3-year-old throws tantrums at the supermarket. Tips?
parenting|Good books to read aloud to a 6-year-old?
parenting|How much screen time is okay for a toddler?
tech|How do I free up space on my Mac?
tech|My printer says it's offline but it's connected. What can I try?
tech|How do I make a strong password I can remember?
tech|How do I turn on two-factor authentication for Gmail?
tech|Why is my laptop so slow after the update?
tech|How do I transfer photos from Android to my PC?
tech|Is RAM the same thing as my SSD? My dad thinks so.
tech|Which VPN is good for watching shows while travelling?
longer|I run a small yoga studio with about 120 members. Attendance drops every summer. I'd like to try a summer challenge to keep people coming — maybe a punch card or a themed month. Can you suggest three concrete ideas with rough costs and how I'd promote each one?
longer|I'm writing my first fantasy novel. The main character is a cartographer who discovers that the maps she draws change the land itself. I'm stuck on the middle of the book — she has learned her power but doesn't know what to do with it. Can you suggest a few directions the plot could take?
longer|Here's my weekly schedule: work 9-5 Mon-Fri, gym Tue and Thu at 6 pm, kids' swimming on Saturday morning. I want to fit in 5 hours a week to study for a certification. Where could those hours go realistically?
longer|My grandmother turns 90 next month. The family wants to make a photo book with messages from everyone. Could you help me write a short introduction page for it that's warm but not too sentimental?
longer|We are a team of four developers and our standups always run 30+ minutes. People go into technical details and others zone out. How can we restructure the meeting so it stays under 15 minutes?
longer|Please explain to me, as someone who has never invested before, how a simple portfolio of index funds works, what fees I should watch out for, and how often I should look at it. I'm 30 and live in the UK.
`;

export const ZH_MORE_2 = `
classify|判断下面这句话的情感是正面还是负面：这家店的菜量太少了，价格还贵。
classify|把下面的词按词性分类：跑步、美丽、快速地、桌子、唱歌、蓝色
classify|下面哪些是哺乳动物：鲸鱼、企鹅、蝙蝠、鳄鱼、海豚
classify|以下城市哪些是省会：苏州、南京、青岛、济南、厦门、福州
classify|判断对错：水在任何条件下都是100度沸腾。
classify|找出不同类的一项：苹果、香蕉、白菜、葡萄
classify|这条短信是不是诈骗短信？“您的包裹地址有误，请点击链接重新填写”
classify|把这些书按类别分一下：《三体》《平凡的世界》《人类简史》《小王子》
extract|从这段话里提取时间、地点和人物：明天上午九点，张老师在三楼会议室给新生开见面会。
extract|把这段话里提到的所有数字找出来：今年公司营收增长12%，新增客户300家，员工达到1500人。
extract|根据下面的材料回答：这座桥是哪一年建成的？“大桥于1968年12月全面建成通车，是我国自行设计建造的第一座双层铁路公路两用桥。”
extract|从这个招聘信息里提炼岗位要求：熟练使用Excel，有两年以上财务经验，持有会计证，能适应出差。
extract|帮我从这段菜谱描述里列出所需食材：两个鸡蛋，一勺白糖，少许盐，再加半碗牛奶搅匀。
rewrite|把这句话改成被动句：老师表扬了小明。
rewrite|把这句话改写得更简洁：关于这个问题，我们目前暂时还没有办法给出一个明确的答复。
rewrite|把下面这句白话翻译成文言文：我很久没有见到你了，很想念你。
rewrite|这段话太口语了，帮我改成书面语：这个东西吧，其实挺好用的，就是有点贵。
rewrite|把“早起的鸟儿有虫吃”换一种说法
rewrite|把这段改成适合小朋友听的话：地球绕着太阳转，一年转一圈。
rewrite|这句广告语能不能改得更有吸引力：本店水果新鲜便宜。
rewrite|把这条通知改得温和一点：禁止在楼道堆放杂物，违者后果自负。
brainstorm|给初中生想十个科技小制作的点子
brainstorm|有哪些在家就能做的低成本爱好
brainstorm|帮我给一个理财播客起几个名字
brainstorm|玻璃瓶可以怎么废物利用
brainstorm|线上团建有哪些好玩的破冰游戏
brainstorm|下雨天在家带娃能玩些什么
brainstorm|给喜欢钓鱼的爸爸送什么礼物好
brainstorm|剩米饭可以做什么
brainstorm|想开个讲火车旅行的公众号，帮我想几个选题
brainstorm|公司年会有哪些有意思的节目形式
openqa|《星空》是谁画的
openqa|中国最长的河流是哪条
openqa|人体有多少块骨头
openqa|第一部iPhone是哪一年发布的
openqa|巴西人说什么语言
openqa|《百年孤独》的作者是谁
openqa|太阳系里哪颗行星的卫星最多
openqa|冥王星为什么不算行星了
openqa|月球离地球有多远
openqa|“三十而立”出自哪里
followup|能押韵吗
followup|再翻译成英文
followup|短一点，五十字以内
followup|语气再随意一点
followup|不对，截止日期是周五不是周四，改一下
followup|继续
followup|做成表格
followup|第三步能再详细讲讲吗
followup|举个例子
followup|用更简单的话说
followup|换成分点列出来
followup|再来一版，正式一点的
compare|给七十岁的妈妈买手机，苹果还是安卓好
compare|Python和R做数据分析哪个好
compare|Kindle和纸质书各有什么优缺点
compare|先学日语还是先学韩语
compare|空调和地暖哪个更省电
compare|鳄鱼和短吻鳄有什么区别
compare|去意大利旅游租车还是坐火车方便
compare|电动牙刷和普通牙刷差别大吗
compare|考公和考编有什么区别
compare|定期存款和国债哪个更划算
home|水龙头漏水怎么修
home|刷墙怎么刷才不留刷痕
home|虎皮兰多久浇一次水
home|月季长蚜虫了怎么办
home|石膏板墙上怎么挂重的镜子
home|烧水壶里的水垢怎么去除
home|冰箱嗡嗡响正常吗
home|小户型怎么装修显得大
home|新房装修完多久能入住
car|汽车多久保养一次
car|发动机故障灯亮了是什么原因
car|车没电了怎么搭电
car|家里不能装充电桩，还值得买电车吗
car|侧方停车有什么技巧
pets|十周的小狗一天喂几次
pets|狗为什么吃草
pets|家里新来一只猫，怎么和老猫相处
pets|适合小学生养的宠物有哪些
pets|兔子的指甲怎么剪
music|尤克里里入门学什么歌比较简单
music|乐理里的调号是什么意思
music|练钢琴音阶太枯燥了怎么办
music|推荐几首类似陈奕迅风格的歌
art|怎么画出逼真的眼睛
art|学水彩需要准备哪些工具
art|帮我看看这个logo创意怎么样：用树叶拼成一只狐狸，给户外用品店用
art|书法入门先练楷书还是行书
language|英语里since和for怎么区分
language|去日本旅游常用的日语有哪些
language|帮我改一下这句英文：I am very interesting in this job.
language|“差强人意”是什么意思，是褒义还是贬义
language|粤语的“唔该”和“多谢”有什么区别
philosophy|什么是电车难题
philosophy|用大白话讲讲王阳明的心学
philosophy|庄子说的“无用之用”是什么意思
law|遗嘱需要公证才有效吗
law|房东不退押金怎么办
law|劳动合同到期公司不续签，有补偿吗
law|网上买到假货怎么维权
finance|信用卡的免息期是怎么算的
finance|应急备用金存多少比较合适
finance|什么是基金定投
finance|怎么看懂公司的资产负债表
finance|个人养老金账户值得开吗
parenting|怎么跟五岁的孩子解释宠物去世了
parenting|三岁孩子在超市撒泼打滚怎么办
parenting|适合六岁孩子的睡前绘本推荐
parenting|孩子几岁开始学英语比较好
tech|Mac存储空间不够了怎么清理
tech|打印机显示脱机怎么办
tech|怎么设置一个好记又安全的密码
tech|微信怎么开启两步验证
tech|电脑更新后变得很卡
tech|安卓手机的照片怎么传到电脑上
tech|电脑的内存条和固态硬盘分别管什么
poetry|写一首藏头诗，藏“新年快乐”四个字
poetry|帮我对个下联：上联是“春风得意马蹄疾”
poetry|“春眠不觉晓”的下一句是什么，这首诗表达了什么
poetry|写一副新房乔迁的对联
poetry|仿照《静夜思》写一首关于加班的打油诗
poetry|成语接龙：一心一意
poetry|帮我续写这个故事：那天放学，我在校门口捡到一只会说话的猫……
longer|我在小区开了一家瑜伽馆，会员一百二十人左右，每年暑假来上课的人都会变少。想搞个夏季打卡活动留住会员，能不能给我三个具体方案，说一下大概成本和怎么宣传？
longer|我在写一本奇幻小说，女主是个地图绘制师，她画的地图会改变真实的地形。现在卡在中间部分：她已经知道自己的能力，但不知道接下来要干什么。能帮我想几个剧情走向吗？
longer|我平时周一到周五朝九晚六上班，周二周四晚上去健身，周六上午送孩子学游泳。想每周挤出五个小时备考一个证书，时间从哪里挤比较现实？
longer|我们组四个开发，每天站会都要开半个多小时，总有人讲技术细节讲个没完，别人在旁边走神。怎么调整能让站会控制在十五分钟以内？
longer|奶奶下个月九十大寿，家里想做一本相册，每个人都写几句话。帮我写一段放在相册开头的序言，温馨一点但别太煽情。
longer|我完全没接触过理财，今年三十岁，手里有十万块闲钱。能不能给我讲讲指数基金大概怎么配置、要注意哪些费用、多久看一次比较好？
`;
