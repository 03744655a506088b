// Invented articles of several paragraphs for the date of a statement that must come from elsewhere in the article
// (decision 0755): a day stated once for a speaker carried to that speaker's later words until another is stated
// (issue #9 item 4), a dateline against a weekday in the lede, live pages with day headings and time stamps, an
// interview published on a given day, a speech on a given day quoted over several paragraphs, an earlier remark told
// before the day's words, and words with no date at all (the publication's date, dateSource publication, as the dev
// annotators' notes a, b, c, g, i, l, m, w give it). Every sentence and name is invented.
// Calendar: 2025-03-12 is a Wednesday, 2024-07-11 a Thursday, 2024-06-03 a Monday, 2025-06-10 a Tuesday.
import type { DateCase } from "./datesAsAClass.cases";

const W = "2025-03-12";
const T = "2024-07-11";
const M = "2024-06-03";
const L = "2025-06-10";

const c = (group: string, published: string | null, paragraphs: string[], want: string | null, find: string): DateCase => ({ group, published, text: paragraphs.join("\n\n"), want, find });

const CARRIED = "a day stated once for a speaker, carried to the speaker's later words";
const DATELINE = "a dateline and a weekday in the lede";
const LIVE = "a live page: day headings and time stamps";
const INTERVIEW = "an interview published or broadcast on a given day";
const SPEECH = "a speech on a given day, quoted over several paragraphs";
const EARLIER = "an earlier remark told before the day's words";
const NONE = "no date stated at all";
const LEDE_FOR_EVERYONE = "the lede's day is given to every speaker's undated words (an earlier decision measured on dev); not changed blind";
const OTHER_SPEAKER_NOT_FOUND = "the other speaker's words (\"Her counterpart, John Sample, said …\") are not found as a statement, so their day reads as no one's and goes to the only speaker (a recall case)";
const open = (k: DateCase, why: string): DateCase => ({ ...k, open: why });

/** Written before any rule of decision 0755, scored at the start and after. */
export const ARTICLES_FIRST: DateCase[] = [
  // ---- carried
  c(CARRIED, W, [
    "Defence Minister Jane Example said on Monday that her government would keep its soldiers away from the front.",
    "“We have been clear about this from the very start,” she told reporters in Sampleton.",
    "She added that the alliance should raise its spending target.",
  ], "2025-03-10", "clear about this"),
  c(CARRIED, W, [
    "Defence Minister Jane Example said on Monday that her government would keep its soldiers away from the front.",
    "“We have been clear about this from the very start,” she told reporters in Sampleton.",
    "She added that the alliance should raise its spending target.",
  ], "2025-03-10", "raise its spending"),
  c(CARRIED, W, [
    "Foreign Minister John Sample said on Monday that the ceasefire talks were close to collapse.",
    "Opposition leader Mara Test, speaking on Tuesday, said the government had misread the mood in the capital.",
    "“Nobody should be surprised if the envoys go home,” Sample added.",
  ], "2025-03-10", "envoys go home"),
  c(CARRIED, W, [
    "President Lena Probe said on Monday that she was open to a meeting with her counterpart.",
    "On Tuesday, Probe said the meeting could take place in a neutral country.",
    "“I am ready to travel wherever it takes,” Probe said.",
  ], "2025-03-11", "ready to travel"),
  c(CARRIED, T, [
    "Prime Minister John Sample told parliament on Tuesday that the brigade would stay in the east for another year.",
    "“Our soldiers are there because our allies asked us,” he said.",
    "“We will not leave before the job is done,” Sample said.",
  ], "2024-07-09", "before the job is done"),
  c(CARRIED, W, [
    "On March 3, General John Sample told a briefing in Sampleton that the air defences had held.",
    "“The shield worked as it was designed to,” Sample said.",
  ], "2025-03-03", "shield worked"),
  c(CARRIED, W, [
    "Interior Minister Kai Beispiel said on Monday that the border posts would be reinforced.",
    "The country joined the alliance in 2004 and has raised its defence budget every year since.",
    "“We are not going to wait for the next provocation,” Beispiel said.",
  ], "2025-03-10", "next provocation"),
  c(CARRIED, W, [
    "Defence Minister Jane Example said on Monday that the new tanks would arrive before the summer.",
    "Critics were unconvinced. “The ministry has promised this twice already,” said Mara Test, an opposition member of parliament.",
    "“This time the contracts are signed,” Example added.",
  ], "2025-03-10", "contracts are signed"),
  c(CARRIED, W, [
    "Chancellor Jane Example said yesterday that a peacekeeping force was not on the table for now.",
    "“We are talking about guarantees, not about soldiers,” she said.",
  ], "2025-03-11", "guarantees, not about soldiers"),
  c(CARRIED, M, [
    "The alliance's secretary general, John Sample, said on Friday that members would meet their spending pledges.",
    "“Every ally has a plan on the table,” he added.",
    "Sample also said the summit would agree a new industrial strategy.",
  ], "2024-05-31", "industrial strategy"),
  c(CARRIED, L, [
    "The Examplestan president said on Sunday that his forces would hold the line through the summer.",
    "“We have what we need for the coming months,” he said in a televised address.",
  ], "2025-06-08", "coming months"),
  c(CARRIED, W, [
    "Jane Example said last night that the government would table the mandate in parliament.",
    "“The vote will show where every party stands,” she said.",
  ], "2025-03-11", "where every party stands"),
  c(CARRIED, W, [
    "“We will not be pushed into a deal that rewards the aggressor,” Jane Example said.",
    "The foreign minister was speaking in Sampleton on Monday after meeting her counterparts.",
  ], "2025-03-10", "rewards the aggressor"),
  open(c(CARRIED, W, [
    "Foreign Minister Jane Example said on Monday that the sanctions would stay in place.",
    "Her counterpart, John Sample, said on Tuesday that some of them could be eased.",
    "“Easing them now would be a gift,” Example said.",
  ], "2025-03-10", "would be a gift"), OTHER_SPEAKER_NOT_FOUND),
  c(CARRIED, T, [
    "Defence Secretary Mara Test said on Wednesday that the frigates would sail to the region next month.",
    "Ships from three other navies will join them.",
    "“This is a signal to anyone who doubts our resolve,” Test said.",
    "She said the deployment would last at least six months.",
  ], "2024-07-10", "last at least six months"),
  // ---- dateline
  c(DATELINE, W, [
    "SAMPLETON, March 12 (Reuters) - Foreign Minister Jane Example said on Monday that the mission would be extended.",
    "“The mission has done what we asked of it,” she said.",
  ], "2025-03-10", "done what we asked"),
  c(DATELINE, "2025-03-11", [
    "SAMPLETON, March 10 (Reuters) - Foreign Minister Jane Example said on Monday that the mission would be extended.",
    "“The mission has done what we asked of it,” she said.",
  ], "2025-03-10", "done what we asked"),
  c(DATELINE, W, [
    "ANKARA (Anadolu) - The foreign minister, John Sample, said on Tuesday that his country would not block the request.",
    "“We have received the guarantees we asked for,” Sample told a news conference.",
  ], "2025-03-11", "received the guarantees"),
  c(DATELINE, W, [
    "BRUSSELS, March 12 (AFP) - Alliance ministers will discuss the plan today, its deputy chief Mara Test said.",
    "“No decision will be taken without Kyiv at the table,” Test said.",
  ], W, "without Kyiv at the table"),
  c(DATELINE, W, [
    "Sampleton, 12 March (Examplewire) - Defence Minister Kai Beispiel said on Monday that the country would buy more drones.",
    "On Tuesday, the ministry published the list of suppliers.",
    "“Speed matters more than perfection now,” Beispiel said.",
  ], "2025-03-10", "Speed matters"),
  c(DATELINE, W, [
    "SAMPLETON, March 12 (Reuters) - President Lena Probe said on Wednesday that she would veto the bill.",
    "“This law would tie the hands of our army,” she said in a statement.",
  ], W, "tie the hands"),
  c(DATELINE, W, [
    "WARSAW, March 12 (Reuters) - Prime Minister John Sample said on Monday that the country was ready to host allied troops.",
    "Parliament is due to vote on the budget on Thursday.",
    "“The door is open to any ally who wants to come,” Sample said.",
  ], "2025-03-10", "door is open"),
  c(DATELINE, T, [
    "WASHINGTON, July 11 (Examplewire) - Senator Mara Test said on Tuesday that the aid package would pass.",
    "“We have the votes, and we will use them,” she told reporters.",
  ], "2024-07-09", "the votes"),
  // ---- live pages
  c(LIVE, W, [
    "Live: allies meet in Sampleton",
    "Tuesday 11 March",
    "18:40",
    "Foreign Minister Jane Example said the allies would meet again within a month.",
    "Wednesday 12 March",
    "09:15",
    "Defence Minister John Sample said the first convoy had reached the border.",
  ], "2025-03-11", "meet again within a month"),
  c(LIVE, W, [
    "Live: allies meet in Sampleton",
    "Tuesday 11 March",
    "18:40",
    "Foreign Minister Jane Example said the allies would meet again within a month.",
    "Wednesday 12 March",
    "09:15",
    "Defence Minister John Sample said the first convoy had reached the border.",
  ], W, "first convoy"),
  c(LIVE, W, [
    "Examplestan war: live updates",
    "11 March 2025, 21:05 GMT",
    "“We will answer every strike,” President Lena Probe said in her evening address.",
    "12 March 2025, 08:30 GMT",
    "The governor of the region said overnight shelling had damaged two schools.",
  ], "2025-03-11", "answer every strike"),
  c(LIVE, W, [
    "Live updates",
    "14:05",
    "The alliance's deputy chief, Mara Test, said the talks had been constructive.",
    "13:20",
    "“We are not there yet,” Test said.",
  ], W, "not there yet"),
  c(LIVE, W, [
    "Live",
    "Monday, March 10",
    "22:10",
    "Foreign Minister John Sample said on Sunday that the embassy would reopen.",
  ], "2025-03-09", "embassy would reopen"),
  c(LIVE, W, [
    "As it happened",
    "Monday 10 March",
    "19:30 — Defence Minister Jane Example said the air defence systems would arrive this week.",
    "20:45 — “They are already on their way,” Example added.",
  ], "2025-03-10", "already on their way"),
  c(LIVE, W, [
    "Latest",
    "Posted 2h ago",
    "Foreign Minister John Sample said the sanctions list would be published later today.",
  ], W, "sanctions list"),
  c(LIVE, T, [
    "Summit live",
    "Wednesday, 10 July",
    "17:00 — The secretary general, Jane Example, said every ally had met the spending target.",
    "Thursday, 11 July",
    "10:15 — President Lena Probe said she would attend the dinner.",
  ], "2024-07-10", "spending target"),
  // ---- interviews
  c(INTERVIEW, W, [
    "In an interview published on Sunday, Foreign Minister Jane Example said the country would not accept a frozen conflict.",
    "“A frozen conflict is a war postponed,” she said.",
    "Asked about the sanctions, she said: “They are working, slowly but surely.”",
  ], "2025-03-09", "slowly but surely"),
  c(INTERVIEW, W, [
    "Defence Minister John Sample spoke to Example Weekly in an interview published on Sunday.",
    "“We need more air defence, and we need it now,” Sample said.",
    "He said the army had enough shells for the spring.",
  ], "2025-03-09", "enough shells"),
  c(INTERVIEW, W, [
    "President Lena Probe told Example TV in an interview broadcast on Saturday that she would not resign.",
    "“The people elected me to finish this job,” she said.",
    "“Elections will come when the guns are silent,” Probe added.",
  ], "2025-03-08", "guns are silent"),
  c(INTERVIEW, W, [
    "In an interview with Example News last week, the alliance's deputy chief, Mara Test, said the allies were united.",
    "“There is no daylight between us,” she said.",
  ], "2025-03", "no daylight"),
  c(INTERVIEW, W, [
    "In an interview on Monday with Example Radio, Interior Minister Kai Beispiel said the border would stay closed.",
    "“We will open it when it is safe, not before,” he said.",
  ], "2025-03-10", "when it is safe"),
  c(INTERVIEW, T, [
    "Speaking to Example Daily in an interview published on Wednesday, Prime Minister John Sample said the country would buy more jets.",
    "“Our pilots are ready,” he said.",
    "He added that training would start in the autumn.",
  ], "2024-07-10", "training would start"),
  c(INTERVIEW, W, [
    "In an interview with Example TV, Defence Minister John Sample said the reserves would be called up.",
    "“We hope we will not need them,” he said.",
  ], W, "not need them"),
  c(INTERVIEW, M, [
    "Foreign Minister Jane Example gave an interview to Example Post that was published on Saturday.",
    "In it, she said the alliance should open talks on membership.",
    "“The promise was made; now it must be kept,” she said.",
  ], "2024-06-01", "must be kept"),
  // ---- speeches
  c(SPEECH, W, [
    "Addressing the summit in Sampleton on Tuesday, Prime Minister Jane Example said Europe must arm itself.",
    "“We can no longer count on others to defend us,” she said.",
    "“Every year we wait makes the bill larger,” she said.",
    "“History will not forgive hesitation,” Example added.",
  ], "2025-03-11", "forgive hesitation"),
  c(SPEECH, W, [
    "At the summit on Tuesday, President Lena Probe said the alliance would stand by its partners.",
    "“Our support will last as long as it is needed,” she said.",
  ], "2025-03-11", "as long as it is needed"),
  c(SPEECH, W, [
    "In a speech at the Sample Institute on Monday, Foreign Minister John Sample warned against a hasty ceasefire.",
    "“A ceasefire without guarantees is an invitation,” he said.",
    "He said the allies should first agree on the guarantees.",
    "“Only then can we talk about lines on a map,” Sample said.",
  ], "2025-03-10", "lines on a map"),
  c(SPEECH, W, [
    "Standing beside his counterpart at a news conference in Sampleton on Monday, Defence Minister Kai Beispiel said the exercises would go ahead.",
    "“Nobody will dictate to us where we train,” Beispiel said.",
  ], "2025-03-10", "where we train"),
  c(SPEECH, W, [
    "Prime Minister John Sample delivered a speech to parliament on Tuesday.",
    "“This country will not abandon its friends,” he said.",
  ], "2025-03-11", "abandon its friends"),
  c(SPEECH, W, [
    "During Tuesday's debate, Defence Minister Jane Example said the mandate would be renewed.",
    "“Our soldiers deserve certainty,” she said.",
  ], "2025-03-11", "deserve certainty"),
  c(SPEECH, M, [
    "At the alliance summit on Saturday, the secretary general, John Sample, said the allies would deliver the promised systems.",
    "“What we promise, we deliver,” Sample said.",
  ], "2024-06-01", "we deliver"),
  c(SPEECH, W, [
    "“We are stronger together than apart,” Foreign Minister Jane Example said.",
    "The remarks came at a news conference in Sampleton on Monday.",
  ], "2025-03-10", "stronger together"),
  // ---- earlier remark, then the day's words
  c(EARLIER, W, [
    "Last week, Jane Example said the allies should consider sending trainers.",
    "On Wednesday, she said the idea was still on the table.",
    "“Nothing has been ruled out,” she said.",
  ], W, "Nothing has been ruled out"),
  c(EARLIER, W, [
    "Last week, Defence Minister John Sample said the country would not send troops.",
    "“My position has not changed,” Sample told reporters on Wednesday.",
  ], W, "position has not changed"),
  c(EARLIER, W, [
    "Last week, Defence Minister John Sample said the country would not send troops.",
    "“My position has not changed,” Sample told reporters on Wednesday.",
  ], "2025-03", "would not send troops"),
  c(EARLIER, W, [
    "Earlier this month, President Lena Probe said the war could end this year.",
    "Today, Probe said the talks had stalled.",
    "“The other side is not serious,” Probe said.",
  ], W, "not serious"),
  c(EARLIER, W, [
    "On Monday, Foreign Minister Jane Example said the sanctions would stay.",
    "On Wednesday, Example went further. “We will add more names to the list,” she said.",
  ], W, "more names to the list"),
  c(EARLIER, W, [
    "In January, Prime Minister John Sample said the country would double its aid.",
    "“We have kept our word,” Sample said on Tuesday.",
  ], "2025-03-11", "kept our word"),
  c(EARLIER, W, [
    "Foreign Minister Jane Example said on Wednesday that the embassy would remain open.",
    "She had said last month that the staff would be cut.",
    "“The staff stays,” Example said.",
  ], W, "The staff stays"),
  c(EARLIER, L, [
    "Two weeks ago, Interior Minister Kai Beispiel said the border would reopen.",
    "On Monday, he said the reopening would be delayed by a month.",
    "“Security comes first,” Beispiel said.",
  ], "2025-06-09", "Security comes first"),
  // ---- no date at all
  c(NONE, W, [
    "Foreign Minister Jane Example said the allies must stay united.",
    "“Division is what our adversary wants,” she said.",
  ], W, "Division is what"),
  c(NONE, "2025-03", [
    "Defence Minister John Sample said the new brigade would be ready next year.",
    "“We are on schedule,” he said.",
  ], "2025-03", "on schedule"),
  c(NONE, null, [
    "Defence Minister John Sample said the new brigade would be ready next year.",
    "“We are on schedule,” he said.",
  ], null, "on schedule"),
  c(NONE, W, [
    "The war began on 24 February 2022.",
    "“It has to end with justice, not just with silence,” President Lena Probe said.",
  ], W, "justice, not just"),
  c(NONE, W, [
    "Parliament will vote on the mandate on Friday.",
    "Defence Minister Jane Example said the vote would be close.",
  ], W, "vote would be close"),
  c(NONE, W, [
    "In 2022, the alliance agreed to double its forces in the east.",
    "“That decision is now being carried out,” the alliance's deputy chief, Mara Test, said.",
  ], W, "now being carried out"),
  open(c(NONE, W, [
    "Foreign Minister John Sample said on Monday that talks would resume in April.",
    "Opposition leader Mara Test said the government had been too slow.",
  ], W, "too slow"), LEDE_FOR_EVERYONE),
];

const S = "2025-06-10";
const O = "2023-10-05";
// Calendar of the second set: 2025-06-10 is a Tuesday, 2023-10-05 a Thursday.

/** Written after the rules of decision 0755 and scored on them, not used to write them: other wording, speakers, pages. */
export const ARTICLES_SECOND: DateCase[] = [
  c(CARRIED, S, [
    "Speaking on Sunday, Navy chief Admiral Tomas Muster said the fleet would patrol the strait through the summer.",
    "“Our presence is the message,” the admiral said.",
    "Muster said two more frigates would join in July.",
  ], "2025-06-08", "two more frigates"),
  c(CARRIED, S, [
    "Ms Reva Placeholder, the economy minister, said yesterday the arms plant would double its output.",
    "The plant employs four thousand people and was founded in 1952.",
    "“We are hiring every week,” Placeholder said.",
  ], "2025-06-09", "hiring every week"),
  c(CARRIED, O, [
    "President Ilse Dummy told lawmakers on Tuesday that the aid would continue.",
    "Her rival, Senator Piet Fixture, said on Wednesday that it should be cut.",
    "“We do not abandon a friend in the middle of a fight,” Dummy said.",
  ], "2023-10-03", "abandon a friend"),
  c(CARRIED, O, [
    "On 2 October, Chief of Staff Bruno Mock said the reserves were ready.",
    "“Every unit has trained for this,” Mock said.",
    "“We will not be caught unprepared,” he added.",
  ], "2023-10-02", "caught unprepared"),
  c(DATELINE, S, [
    "OSLO, June 10 (NTB) - Defence Minister Siri Stub said on Monday the country would lease two more submarines.",
    "The lease will run for ten years.",
    "“The north is where our security begins,” Stub said.",
  ], "2025-06-09", "security begins"),
  c(DATELINE, O, [
    "PARIS, Oct 5 (Examplewire) - The French foreign minister, Luc Gabarit, said the envoys would meet in Geneva.",
    "“A meeting is not yet a peace,” Gabarit told reporters.",
  ], O, "not yet a peace"),
  c(LIVE, S, [
    "Ukraine talks: live",
    "Monday 9 June 2025",
    "21:40 BST",
    "Foreign Secretary Lena Pattern said the envoys had made progress.",
    "Tuesday 10 June 2025",
    "08:05 BST",
    "“We are closer than a week ago,” Pattern told Example Radio.",
  ], "2025-06-09", "envoys had made progress"),
  c(LIVE, S, [
    "Ukraine talks: live",
    "Monday 9 June 2025",
    "21:40 BST",
    "Foreign Secretary Lena Pattern said the envoys had made progress.",
    "Tuesday 10 June 2025",
    "08:05 BST",
    "“We are closer than a week ago,” Pattern told Example Radio.",
  ], S, "closer than a week ago"),
  c(LIVE, O, [
    "Live coverage",
    "Wednesday, October 4",
    "6:15 — Senator Piet Fixture said the vote would happen next week.",
    "7:02 — “I have the numbers,” Fixture told reporters.",
  ], "2023-10-04", "have the numbers"),
  c(LIVE, O, [
    "Rolling coverage",
    "4 October",
    "Prime Minister Hana Stand said the brigade would leave in spring.",
    "5 October",
    "Opposition leader Olaf Frame said the plan was reckless.",
  ], "2023-10-04", "leave in spring"),
  c(LIVE, O, [
    "Rolling coverage",
    "4 October",
    "Prime Minister Hana Stand said the brigade would leave in spring.",
    "5 October",
    "Opposition leader Olaf Frame said the plan was reckless.",
  ], O, "plan was reckless"),
  c(INTERVIEW, S, [
    "In an interview that Example Channel aired on Sunday, Defence Minister Siri Stub said the army needed more recruits.",
    "“We cannot defend a long border with a short army,” she said.",
    "She added that conscription was not on the agenda.",
  ], "2025-06-08", "conscription was not"),
  c(INTERVIEW, O, [
    "Chancellor Otto Muster gave an interview to the Example Gazette, published on Monday.",
    "He said the country would not deliver the long-range missiles.",
    "“The risk is too high,” Muster said.",
  ], "2023-10-02", "risk is too high"),
  c(SPEECH, S, [
    "In his address to the nation on Sunday evening, President Ivo Standin said the country would not cede land.",
    "“Not one village,” he said.",
    "“Our answer is the same as on the first day,” Standin said.",
  ], "2025-06-08", "first day"),
  c(SPEECH, O, [
    "Speaking at the defence forum in Sampleton on Tuesday, General Ada Marker said drones had changed the war.",
    "“The sky is now the front line,” Marker said.",
    "She said the alliance must buy cheaper interceptors.",
    "“We cannot shoot a cheap drone with an expensive missile forever,” she said.",
  ], "2023-10-03", "expensive missile"),
  c(SPEECH, S, [
    "On Monday, Prime Minister Hana Stand visited troops near the border.",
    "“You are the first line of our defence,” she told the soldiers.",
  ], "2025-06-09", "first line of our defence"),
  c(SPEECH, S, [
    "On June 6, Foreign Minister Luc Gabarit arrived in Sampleton for the talks.",
    "“We came here to listen,” he said.",
  ], "2025-06-06", "came here to listen"),
  c(EARLIER, S, [
    "Defence Minister Siri Stub said on Tuesday that the contract had been signed.",
    "She had warned in January that the delays could cost lives.",
    "“Now we can move quickly,” Stub said.",
  ], S, "move quickly"),
  c(EARLIER, S, [
    "Defence Minister Siri Stub said on Tuesday that the contract had been signed.",
    "She had warned in January that the delays could cost lives.",
    "“Now we can move quickly,” Stub said.",
  ], "2025-01", "delays could cost lives"),
  c(EARLIER, O, [
    "In September, Senator Piet Fixture said the aid should be halved.",
    "On Wednesday, Fixture said he would vote for the bill.",
    "“Circumstances have changed,” he said.",
  ], "2023-10-04", "Circumstances have changed"),
  c(EARLIER, O, [
    "Minister Reva Placeholder had promised earlier that the factory would open in spring.",
    "“The factory will open in spring,” Placeholder said on Thursday.",
  ], O, "factory will open in spring"),
  c(NONE, S, [
    "General Ada Marker said the drones had been shot down over the sea.",
    "“None of them reached the coast,” Marker said.",
    "The sea has been closed to shipping since 2022.",
  ], S, "None of them reached"),
  c(NONE, "2025-06", [
    "Foreign Minister Luc Gabarit said the envoys would meet again.",
    "“Diplomacy takes time,” he said.",
  ], "2025-06", "Diplomacy takes time"),
  c(NONE, O, [
    "The alliance was founded in 1949.",
    "“It has never been more needed,” Chancellor Otto Muster said.",
  ], O, "never been more needed"),
  c(NONE, S, [
    "The talks are set for Friday.",
    "Foreign Secretary Lena Pattern said she expected no breakthrough.",
  ], S, "no breakthrough"),
];

const NAMED_AFTER = "the occasion named after the words, paragraphs later (\"X was speaking at … on Monday\")";
const Q = "2024-11-21";
// 2024-11-21 is a Thursday.

/**
 * A third probe, written before the rule for it: a sentence after the words, further on than the next paragraph, that
 * names the occasion they were given at ("Sample was speaking at a news conference on Monday", "The remarks came …").
 */
export const OCCASION_NAMED_AFTER: DateCase[] = [
  c(NAMED_AFTER, W, [
    "“We will not send troops to the front, whatever our allies decide,” Prime Minister John Sample said.",
    "The country has about twenty thousand soldiers under arms.",
    "Sample was speaking at a press conference on Monday.",
  ], "2025-03-10", "not send troops"),
  c(NAMED_AFTER, W, [
    "Foreign Minister Jane Example said the talks with the neighbouring government had reached a dead end.",
    "“They want everything and offer nothing,” she said.",
    "Her ministry has twice summoned the ambassador this year.",
    "Example was speaking to reporters in Sampleton on Tuesday.",
  ], "2025-03-11", "want everything"),
  c(NAMED_AFTER, Q, [
    "Defence Minister Kai Beispiel said the air force would receive its first batch of new jets next year.",
    "Pilots have been training abroad since the spring.",
    "Beispiel made the remarks on Tuesday during a visit to an air base.",
  ], "2024-11-19", "first batch"),
  c(NAMED_AFTER, Q, [
    "“Europe must learn to pay for its own defence, and quickly,” President Lena Probe said.",
    "Spending in the region rose sharply last year.",
    "The remarks came in a speech in Sampleton on Monday.",
  ], "2024-11-18", "pay for its own defence"),
  c(NAMED_AFTER, Q, [
    "Senator Mara Test said the long-delayed aid bill would pass both chambers before Christmas.",
    "“We have the votes,” she said.",
    "The bill has been stalled for months.",
    "Test spoke to Example Radio on Wednesday.",
  ], "2024-11-20", "have the votes"),
  c(NAMED_AFTER, W, [
    "“Nobody in this room wants a long war,” the alliance's deputy chief, Mara Test, said.",
    "The alliance has 32 members.",
    "Its next summit will be held in Sampleton on July 7.",
  ], W, "wants a long war"),
  c(NAMED_AFTER, W, [
    "“The border will stay closed for as long as the threat lasts,” Interior Minister Kai Beispiel said.",
    "Traffic at the crossing fell by half last month.",
    "On Tuesday, the opposition leader, Mara Test, was speaking at a rally in the capital.",
  ], W, "border will stay closed"),
  c(NAMED_AFTER, Q, [
    "Defence Minister Kai Beispiel said the new armoured brigade would deploy to the east in spring.",
    "Its soldiers will train with allied units first.",
    "Beispiel was speaking after meeting his counterpart, who visited the capital on Monday.",
  ], Q, "deploy to the east"),
];

const DATELINE_DAY = "relative words counted from the dateline's day, a day or two before the publication's";
// 2025-03-13 is a Thursday; 2024-07-12 a Friday.

/** A fourth probe, written before its rule: copy filed on its dateline's day and published a day or two later. */
export const DATELINE_ANCHOR: DateCase[] = [
  c(DATELINE_DAY, "2025-03-13", [
    "VILNIUS, March 12 (Reuters) - Lithuania's deputy defence minister, Jane Example, said yesterday that the border fence would be finished by summer.",
    "“We are ahead of schedule,” she said.",
  ], "2025-03-11", "ahead of schedule"),
  c(DATELINE_DAY, "2025-03-13", [
    "VILNIUS, March 12 (Reuters) - Lithuania's deputy defence minister, Jane Example, said today that the border fence would be finished by summer.",
  ], "2025-03-12", "border fence"),
  c(DATELINE_DAY, "2025-03-13", [
    "SAMPLETON, March 12 (AFP) - The alliance's deputy chief, John Sample, said on Thursday that the allies had agreed on a new air policing rota for the region.",
  ], "2025-03-06", "air policing"),
  c(DATELINE_DAY, "2024-07-12", [
    "WASHINGTON, July 11 (Examplewire) - Senator Mara Test said on Tuesday that the aid package would pass the chamber before the August recess.",
    "“The votes are there,” she said.",
  ], "2024-07-09", "votes are there"),
  c(DATELINE_DAY, "2024-07-12", [
    "WASHINGTON, July 11 (Examplewire) - Senator Mara Test said late on Wednesday night that the aid package would pass the chamber before the recess.",
  ], "2024-07-10", "aid package"),
  c(DATELINE_DAY, "2024-07-12", [
    "WASHINGTON, July 11 (Examplewire) - Senator Mara Test said last night that the aid package would pass the chamber before the August recess.",
  ], "2024-07-10", "aid package"),
  c(DATELINE_DAY, "2025-03-13", [
    "Foreign Minister Jane Example said yesterday that her country would keep its brigade in the Baltic states for another year.",
    "The brigade has been there since 2017.",
  ], "2025-03-12", "keep its brigade"),
  c(DATELINE_DAY, "2025-03-13", [
    "BRUSSELS, March 13 (AFP) - Foreign Minister Jane Example said yesterday that her country would keep its brigade in the Baltic states.",
  ], "2025-03-12", "keep its brigade"),
];

/**
 * Rules decision 0755 wrote for these cases, then reverted together on its test gate (the test part's date fell with
 * them, 0.853 → 0.845, and one aggregate reading cannot tell which of them did it). The cases stay, marked open, so
 * each rule can be brought back and measured alone: each reason names the commit that holds it. Cases are named by
 * their `find` or by words of their text (`marks`).
 */
const REVERTED: { reason: string; finds?: string[]; marks?: string[] }[] = [
  {
    reason: "a live page's day headings date the entries under them: rule in c4bfb9c and ba1e132, reverted on the test gate",
    finds: ["meet again within a month", "answer every strike", "already on their way", "spending target", "envoys had made progress", "have the numbers", "leave in spring"],
  },
  {
    reason: "a sentence opening on its day before its subject's words gives them that day: rule in 195f581 and be55118, reverted on the test gate",
    marks: ["Example went further", "visited troops near the border", "arrived in Sampleton for the talks"],
  },
  { reason: "words reported in the pluperfect keep their date to themselves: rule in 195f581, reverted on the test gate", marks: ["She had said last month"] },
  // The occasion named after the words ("was speaking at a press conference on Monday", "made the remarks on Tuesday",
  // "The remarks came in a speech", "spoke to Example Radio on Wednesday") is decided again by decision 0775's rule
  // (words told before any day of their speaker's take the first day stated later for an occasion of theirs).
  {
    reason: "relative words count from the day of a wire dateline filed before publication: rule in d5a2054, reverted on the test gate",
    marks: ["said yesterday that the border fence", "said today that the border fence", "said on Thursday that the allies had agreed", "said last night that the aid package"],
  },
];

/** The case, marked open when its rule was reverted (`REVERTED`). */
export function openWhereReverted(k: DateCase): DateCase {
  if (k.open) return k;
  const reverted = REVERTED.find((r) => r.finds?.includes(k.find ?? "") || r.marks?.some((m) => k.text.includes(m)));
  return reverted ? { ...k, open: reverted.reason } : k;
}
