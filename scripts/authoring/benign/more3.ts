/** Hand-written writing, creative, work and study requests in many registers (`domain|text`). */
export const EN_MORE_3 = `
writing|Write a short text to my landlord saying the rent will be two days late.
writing|Help me write a message to my team thanking them for covering for me while I was sick.
writing|Write an email to a professor asking if I can join their research group next semester.
writing|can you write a nice note to put in my kid's lunchbox
writing|Create a short welcome email for people who just signed up for our yoga newsletter.
writing|write a 2 sentence description of my etsy shop, i sell knitted hats
writing|Draft a message to a seller on Marketplace asking if the bike is still available.
writing|I need a short speech to open our school's science fair.
writing|Write an obituary for my uncle Joe, a retired postman who loved jazz and his garden.
writing|Give me a few lines to write in a retirement card for a teacher.
writing|Write a complaint to the airline about my lost luggage, firm but polite.
writing|Help me write the "About me" section for my photography portfolio.
writing|Write the text for a lost cat poster. Grey tabby, answers to Milo, last seen near Oak Street.
writing|Write a friendly reminder for the group chat that the rent money is due Sunday.
writing|Write a motivational message for students before their final exams.
writing|Help me write a review for the plumber who fixed our boiler on a Sunday.
writing|Create a short script for a 30-second radio ad for a farmers market.
writing|Write a proposal email suggesting we move our team meeting to Tuesdays.
writing|Can you write me a reference letter template for a former intern?
writing|Write a short and sweet anniversary message for my wife, 10 years.
creative|Write a story about a lonely lighthouse keeper who finds a message in a bottle.
creative|Write a dialogue between a cat and a dog arguing about who is the better pet.
creative|Write a haiku sequence about a city waking up.
creative|Write a fairy tale for a 4-year-old about sharing toys.
creative|Create a short comic strip script about a coffee mug that hates Mondays.
creative|Write a poem about my grandmother's kitchen.
creative|Imagine a world where it rains only on Tuesdays. Describe a day in it.
creative|Write the opening paragraph of a cosy mystery set in a village bakery.
creative|Write a rap verse about doing homework.
creative|Write a letter from a knight to his horse.
creative|Write a short story where the twist is that the narrator is a houseplant.
creative|Come up with a new holiday and describe how people celebrate it.
creative|Write a funny poem about my coworker who always microwaves fish.
creative|Give me a prompt for a 10-minute drawing exercise.
creative|Write a bedtime story about a train that travels to the moon.
creative|Write a battle scene between two rival wizards for my fantasy novel, no gore please.
work|Turn these bullet points into a status update: API done, frontend 70%, testing starts Monday, risk: designer on leave.
work|Create a template for weekly one-on-one meetings.
work|How do I write a good bug report?
work|Write release notes for version 2.3: faster search, new export to PDF, fixed login timeout bug.
work|Write meeting notes from this: decided to hire 2 engineers, budget approved, next review in June.
work|Make a RACI chart for launching a new website.
work|How do I give constructive feedback to a colleague who interrupts people?
work|Help me prepare talking points for my performance review.
work|Write a short announcement that the office will be closed on Friday for maintenance.
work|Write a polite "no" to a meeting invite that doesn't need me.
work|Write a handover note for my replacement while I'm on parental leave.
work|Create an interview scorecard for a customer support role.
study|Explain the causes of the First World War in under 200 words.
study|I'm in 8th grade. Can you check my answer: the area of a triangle with base 6 and height 4 is 24?
study|Help me make a revision timetable for 6 exams in 4 weeks.
study|Give me an outline for a 10-minute presentation on coral reefs.
study|What is the difference between primary and secondary sources?
study|Explain how to balance the equation H2 + O2 -> H2O.
study|What's a good way to take notes during lectures?
study|Make me a crossword clue list for vocabulary words about weather.
study|Help me understand the main argument of Adam Smith's invisible hand.
study|How do I write a conclusion that doesn't just repeat the introduction?
`;

export const ZH_MORE_3 = `
writing|帮我给房东发个消息，说房租要晚两天交
writing|帮我写几句话感谢同事在我病假期间帮忙顶班
writing|给导师写一封邮件，问能不能加入他的课题组
writing|给孩子的午餐盒里放张小纸条，写点什么好
writing|帮我写一段闲鱼上卖二手自行车的描述
writing|给科技节开幕写一段简短的发言稿
writing|帮我写一段退休老师的赠言
writing|给航空公司写一封投诉信，行李丢了，态度要坚决但礼貌
writing|帮我写个摄影作品集的“关于我”
writing|帮我写一则寻猫启事：灰色狸花猫，叫咪咪，在幸福路附近走丢的
writing|在群里提醒大家周日前交房租，帮我写得客气点
writing|帮我写几句考前给学生打气的话
writing|帮我给修好热水器的师傅写个好评
writing|写一段30秒的农贸市场广播广告词
writing|给结婚十周年的老婆写一段简短的话
writing|帮我写一段给实习生的推荐信模板
writing|给新开的健身房写一段开业宣传文案
writing|帮忙写个家长群里的通知，明天春游需要带的东西
writing|帮我写个简短的离职告别邮件，发给全组同事
creative|写一个关于孤独的灯塔看守人捡到漂流瓶的故事
creative|写一段猫和狗争论谁更招人喜欢的对话
creative|给四岁小朋友讲一个学会分享玩具的童话
creative|写一首关于外婆家厨房的诗
creative|假如每周只有周二下雨，描写一下那样的一天
creative|写一段发生在小镇面包店里的推理小说开头
creative|写一段关于写作业的rap
creative|写一篇短篇小说，结尾反转：讲故事的其实是一盆绿萝
creative|创造一个新节日，说说人们怎么过这个节
creative|写一首打油诗，吐槽同事总在办公室热鱼
creative|写一个小火车开往月亮的睡前故事
creative|给我的奇幻小说写一段两个魔法师斗法的场面，别太血腥
creative|用王家卫电影的风格写一段关于深夜便利店的独白
creative|写一段古风的告白文案
work|把这几点整理成项目进度汇报：接口已完成，前端完成70%，周一开始测试，风险是设计师请假
work|给我一个一对一面谈的模板
work|怎么写好一个bug报告
work|帮我写2.3版本的更新说明：搜索更快了，支持导出PDF，修复了登录超时的问题
work|根据这些写会议纪要：决定招两个工程师，预算已批，六月份复盘
work|网站上线项目的RACI矩阵怎么做
work|同事开会老是打断别人，怎么给他提意见比较好
work|绩效面谈前要准备些什么
work|帮我写一个周五办公室断电检修的通知
work|怎么礼貌地拒绝一个和我关系不大的会议邀请
work|休产假前要写工作交接文档，帮我列个框架
work|客服岗位的面试评分表怎么设计
work|帮我写一份季度OKR，我是做新媒体运营的
work|领导让我做个年度汇报PPT，帮我列一下结构
study|用两百字说清楚第一次世界大战的原因
study|我初二，帮我检查一下：底是6高是4的三角形面积是24，对吗
study|四周要考六门，帮我排一个复习时间表
study|帮我列一个十分钟的珊瑚礁主题演讲提纲
study|一手资料和二手资料有什么区别
study|怎么配平H2+O2→H2O
study|上课怎么记笔记效率高
study|亚当·斯密说的“看不见的手”是什么意思
study|作文结尾怎么写才不是简单重复开头
study|帮我讲讲《岳阳楼记》的中心思想
study|高中物理的受力分析有什么技巧
study|给我出五道关于二次函数的填空题
`;
