// Invented reports for the date of the occasion against the publication's date (decision 0775): interviews and
// addresses published or broadcast on a day of their own, wire datelines, periods counted back from the publication
// ("earlier this week", "last month", "in March", "last year"), a day stated once and carried to the same speaker's
// later words until another is stated (issue #9 item 4), and no date at all (the spec: never invent a year). Every
// sentence and name is invented. Calendar: 2025-03-12 is a Wednesday, 2024-07-11 a Thursday, 2025-06-10 a Tuesday.
import type { DateCase } from "./datesAsAClass.cases";

const W = "2025-03-12";
const T = "2024-07-11";
const L = "2025-06-10";

const open = (k: DateCase, why: string): DateCase => ({ ...k, open: why });
const c = (group: string, published: string | null, paragraphs: string[], want: string | null, find: string): DateCase => ({ group, published, text: paragraphs.join("\n\n"), want, find });

const AIRED = "an interview or address published, aired or released on a day of its own";
const PERIOD = "a period counted back from the publication";
const CARRIED = "a day stated once, carried to the speaker's later words until another is stated";
const NONE = "no day to be had: the publication's precision, or none";
const DATELINE = "a wire dateline";
const TOLD_BEFORE = "words told first with no day, their occasion dated paragraphs later";
const NAMED_AGAIN = "an event dated once, named again by its noun where the words were said";
const NOT_NAMED_AGAIN = "an event dated once, not the occasion of the words";
const INSIDE_REPORT = "a date inside what a sentence reports, not the day of the saying";
const INTERVIEW_AFTER = "words told first with no day, the interview that gave them dated paragraphs later";
const NOT_THAT_DAY = "words told first with no day, a later day of another occasion";

/** Written before any rule of decision 0775, scored at the start and after. */
export const FIRST: DateCase[] = [
  // ---- aired, published, released
  c(AIRED, W, ["In a radio interview that aired on Sunday, Defence Minister Jane Example said the brigade would stay in the east."], "2025-03-09", "brigade would stay"),
  c(AIRED, W, ["Foreign Minister John Sample told Example Radio in an interview aired on Monday that the talks had stalled."], "2025-03-10", "talks had stalled"),
  c(AIRED, W, ["Speaking in an interview with Example TV that aired on Sunday, President Lena Probe said the alliance must stay united."], "2025-03-09", "alliance must stay united"),
  c(AIRED, W, ["In remarks published on Tuesday by the Example Daily, General John Sample said the air defences had held."], "2025-03-11", "air defences had held"),
  c(AIRED, W, ["In a video address released late on Monday, President Lena Probe said her country would not give up any land."], "2025-03-10", "would not give up"),
  c(AIRED, W, ["Prime Minister Kai Beispiel said in a TV interview aired on Sunday evening that sending soldiers was not on the table."], "2025-03-09", "sending soldiers"),
  c(AIRED, W, ["“We will not be rushed into a bad deal,” Jane Example said in an interview with Example Weekly published on Monday."], "2025-03-10", "rushed into a bad deal"),
  c(AIRED, T, ["In a podcast interview released on Tuesday, Senator Mara Test said the alliance should invite the country at the next summit."], "2024-07-09", "invite the country"),
  c(AIRED, T, ["Chancellor John Sample, in a phone-in programme broadcast on Sunday, said membership was a question for later."], "2024-07-07", "membership was a question"),
  c(AIRED, W, [
    "President Lena Probe gave an interview to Example TV that was broadcast on Sunday.",
    "“Nobody in this country wants to trade land for a piece of paper,” Probe said.",
  ], "2025-03-09", "trade land"),
  c(AIRED, W, [
    "Defence Minister Jane Example spoke to Example Radio in an interview aired on Monday.",
    "She said the new air defence systems would arrive before the summer.",
  ], "2025-03-10", "arrive before the summer"),
  // ---- periods
  c(PERIOD, W, ["Earlier this week, Foreign Minister John Sample said the envoys would meet again."], "2025-03", "envoys would meet"),
  c(PERIOD, W, ["Foreign Minister John Sample said last month that the envoys would meet again."], "2025-02", "envoys would meet"),
  c(PERIOD, L, ["In March, Defence Minister Jane Example said her country would double its air defence budget."], "2025-03", "double its air defence"),
  c(PERIOD, L, ["Defence Minister Jane Example said in April that her country would double its air defence budget."], "2025-04", "double its air defence"),
  c(PERIOD, L, ["Defence Minister Jane Example said last year that her country would double its air defence budget."], "2024", "double its air defence"),
  c(PERIOD, L, ["Last year, President Lena Probe told Example TV that the country would never join the bloc."], "2024", "never join the bloc"),
  c(PERIOD, W, ["President Lena Probe said last week that a ceasefire could come within days."], "2025-03", "ceasefire could come"),
  // ---- carried
  c(CARRIED, W, [
    "General John Sample told a briefing in Sampleton on Monday that the front had stabilised.",
    "The army has lost ground in the north over the winter, officials say.",
    "“Our lines are holding and will hold,” Sample said.",
    "He said fresh brigades were being trained abroad.",
  ], "2025-03-10", "fresh brigades"),
  c(CARRIED, W, [
    "Prime Minister Kai Beispiel said on Monday that the peace plan was a basis for talks.",
    "On Tuesday, Beispiel told parliament the plan needed changes.",
    "“We cannot sign it as it stands,” Beispiel said.",
  ], "2025-03-11", "sign it as it stands"),
  c(CARRIED, T, [
    "Speaking in Sampleton on Tuesday, Foreign Minister Mara Test said the invitation should come this year.",
    "“The door is open, and we intend to walk through it,” she said.",
    "Test also said her government would buy more air defence systems.",
  ], "2024-07-09", "buy more air defence"),
  // ---- no day to be had
  c(NONE, "2025-03", ["Defence Minister Jane Example said on Monday that the brigade would stay in the east."], "2025-03", "brigade would stay"),
  c(NONE, "2025", ["Defence Minister Jane Example said on Monday that the brigade would stay in the east."], "2025", "brigade would stay"),
  c(NONE, null, ["Defence Minister Jane Example said on Monday that the brigade would stay in the east."], null, "brigade would stay"),
  c(NONE, null, ["Defence Minister Jane Example said on March 3 that the brigade would stay in the east."], null, "brigade would stay"),
  c(NONE, null, ["Defence Minister Jane Example said last month that the brigade would stay in the east."], null, "brigade would stay"),
  c(NONE, null, ["Defence Minister Jane Example said on March 3, 2025, that the brigade would stay in the east."], "2025-03-03", "brigade would stay"),
  c(NONE, "2025-03", ["Defence Minister Jane Example said the brigade would stay in the east."], "2025-03", "brigade would stay"),
  // ---- datelines
  c(DATELINE, W, ["SAMPLETON, March 12 (Reuters) - Defence Minister Jane Example said on Tuesday the brigade would stay in the east."], "2025-03-11", "brigade would stay"),
  c(DATELINE, null, ["SAMPLETON, March 11 (Reuters) - Defence Minister Jane Example said the brigade would stay in the east."], null, "brigade would stay"),
  c(DATELINE, W, ["SAMPLETON, March 12 (Reuters) - Defence Minister Jane Example said the brigade would stay in the east."], "2025-03-12", "brigade would stay"),
];

/** Written with the rule for words told before their occasion's day (decision 0775), counter-cases included. */
export const TOLD_BEFORE_SET: DateCase[] = [
  c(TOLD_BEFORE, W, [
    "At a meeting of defence ministers, Jane Example said that Examplestan would send no soldiers to the front.",
    "The ministers discussed air defence and the training of new brigades.",
    "Officials said the talks lasted several hours.",
    "“We will help in every other way,” Example said at a news conference that was held on Monday in Sampleton.",
  ], "2025-03-10", "would send no soldiers"),
  c(TOLD_BEFORE, W, [
    "Prime Minister Kai Beispiel said the alliance needed a plan for the day after a ceasefire.",
    "Leaders from twelve countries took part, and several arrived late because of the weather.",
    "The host has called for a second round in the spring.",
    "Beispiel spoke at a summit in Sampleton on Tuesday, where he said the plan would be ready within weeks.",
  ], "2025-03-11", "plan for the day after"),
  c(TOLD_BEFORE, T, [
    "Foreign Minister Mara Test has said that the invitation should not wait until the fighting stops.",
    "The remarks drew a sharp reply from the neighbouring capital.",
    "Critics said the government was moving too fast.",
    "Speaking at a forum in Sampleton on Tuesday, Test said the country had met every condition.",
  ], "2024-07-09", "should not wait"),
  open(c(TOLD_BEFORE, W, [
    "General John Sample said after the summit that the air defences would be reinforced.",
    "The summit was held in Sampleton, with delegations from nine countries.",
    "Its final statement was shorter than expected.",
    "At a briefing on Monday, Sample said the first systems would arrive in April.",
  ], "2025-03-10", "air defences would be reinforced"), "\"said after the summit that …\" is not found as a statement (a recall case, not a date one)"),
  // ---- counter-cases: another occasion's day
  c(NOT_THAT_DAY, W, [
    "Defence Minister Jane Example said that Examplestan would send no soldiers to the front.",
    "The ministry did not give further details.",
    "Analysts said the position was not new.",
    "At a news conference on Monday, Example had said that the question was closed.",
  ], "2025-03-12", "would send no soldiers"),
  c(NOT_THAT_DAY, W, [
    "Defence Minister Jane Example told Example Radio that Examplestan would send no soldiers to the front.",
    "The ministry did not give further details.",
    "Analysts said the position was not new.",
    "At a news conference on Monday, Example said that the question was closed.",
  ], "2025-03-12", "would send no soldiers"),
  c(NOT_THAT_DAY, W, [
    "Defence Minister Jane Example said that Examplestan would send no soldiers to the front.",
    "The ministry did not give further details.",
    "Analysts said the position was not new.",
    "Earlier, at a news conference on Monday, Example said that the question was closed.",
  ], "2025-03-12", "would send no soldiers"),
  c(NOT_THAT_DAY, W, [
    "Defence Minister Jane Example said that Examplestan would send no soldiers to the front.",
    "The ministry did not give further details.",
    "Analysts said the position was not new.",
    "At a summit in Sampleton on February 20, Example said that the question was closed.",
  ], "2025-03-12", "would send no soldiers"),
  c(NOT_THAT_DAY, W, [
    "Defence Minister Jane Example said that Examplestan would send no soldiers to the front.",
    "The ministry did not give further details.",
    "Analysts said the position was not new.",
    "At a news conference on Monday, Foreign Minister John Sample said that the question was closed.",
  ], "2025-03-12", "would send no soldiers"),
];

/** Written after the rule for words told before their occasion's day, scored on it, not used to write it. */
export const TOLD_BEFORE_HELD_OUT: DateCase[] = [
  c(TOLD_BEFORE, L, [
    "Chancellor Lena Probe has ruled out sending combat units, saying the priority is air defence.",
    "Her coalition partners have pressed for a firmer line for months.",
    "Probe made the remarks at a press conference in Sampleton on Sunday.",
    "“Our soldiers will not be deployed there,” Probe told the press conference on Sunday.",
  ], "2025-06-08", "ruled out sending combat units"),
  c(TOLD_BEFORE, L, [
    "President Kai Beispiel said peace talks could start before the autumn.",
    "The statement raised hopes in the region.",
    "A spokesman for the rival government declined to comment.",
    "Beispiel was speaking at a news conference on Monday after talks with the visiting envoy.",
    "“There is a window, and we should use it,” he said at the news conference.",
  ], "2025-06-09", "could start before the autumn"),
  c(TOLD_BEFORE, W, [
    "Defence Minister Jane Example warned that the eastern flank was not ready for a long war.",
    "Stocks of ammunition have fallen over the winter.",
    "Industry leaders have asked for longer contracts.",
    "In a speech on Tuesday at the military academy in Sampleton, Example said the budget would rise by a third.",
  ], "2025-03-11", "eastern flank was not ready"),
  c(TOLD_BEFORE, T, [
    "Foreign Minister John Sample said the invitation would come when allies agree.",
    "Twelve allies have backed an early invitation.",
    "Others have asked for more reforms first.",
    "Sample told a news conference in Sampleton on Wednesday that the door remained open.",
  ], "2024-07-10", "when allies agree"),
  c(NOT_THAT_DAY, T, [
    "Foreign Minister John Sample said the invitation would come when allies agree.",
    "Twelve allies have backed an early invitation.",
    "Others have asked for more reforms first.",
    "Last week, Sample told a news conference in Sampleton on Wednesday that the door remained open.",
  ], "2024-07-11", "when allies agree"),
  open(c(NOT_THAT_DAY, T, [
    "Foreign Minister John Sample said in an interview with Example Weekly that the invitation would come when allies agree.",
    "Twelve allies have backed an early invitation.",
    "Others have asked for more reforms first.",
    "Sample told a news conference in Sampleton on Wednesday that the door remained open.",
  ], "2024-07-11", "when allies agree"), "\"Example Weekly\" is not read as an outlet (an outlets case), so the words seem to have no interview of their own"),
  c(NOT_THAT_DAY, T, [
    "Foreign Minister John Sample said in an interview with Example TV that the invitation would come when allies agree.",
    "Twelve allies have backed an early invitation.",
    "Others have asked for more reforms first.",
    "Sample told a news conference in Sampleton on Wednesday that the door remained open.",
  ], "2024-07-11", "when allies agree"),
  c(NOT_THAT_DAY, T, [
    "Foreign Minister John Sample said the invitation would come when allies agree.",
    "Twelve allies have backed an early invitation.",
    "Others have asked for more reforms first.",
    "At a news conference in Sampleton in May, Sample said that the door remained open.",
  ], "2024-07-11", "when allies agree"),
  c(NOT_THAT_DAY, null, [
    "Foreign Minister John Sample said the invitation would come when allies agree.",
    "Twelve allies have backed an early invitation.",
    "Others have asked for more reforms first.",
    "Sample told a news conference in Sampleton on Wednesday that the door remained open.",
  ], null, "when allies agree"),
];

/** Written before the rule for an event named again (decision 0775), scored at the start and after. */
export const NAMED_AGAIN_SET: DateCase[] = [
  c(NAMED_AGAIN, W, [
    "Defence ministers gathered in Sampleton on Tuesday to discuss a reassurance force.",
    "Jane Example told the gathering that her country would provide aircraft but no soldiers.",
  ], "2025-03-11", "would provide aircraft"),
  c(NAMED_AGAIN, W, [
    "Foreign ministers met in Sampleton on Monday to prepare the summit.",
    "Speaking on the sidelines of the meeting, John Sample said the invitation could not wait.",
  ], "2025-03-10", "invitation could not wait"),
  c(NAMED_AGAIN, W, [
    "The alliance's defence ministers convened in Sampleton on Tuesday.",
    "Addressing the session, Jane Example said the eastern flank needed more air defence.",
  ], "2025-03-11", "eastern flank needed"),
  c(NAMED_AGAIN, W, [
    "Leaders held a summit in Sampleton on Monday on the future of the mission.",
    "Prime Minister Kai Beispiel told the summit that his country would extend its mandate.",
  ], "2025-03-10", "extend its mandate"),
  c(NAMED_AGAIN, W, [
    "A conference on rebuilding the country's power grid opened in Sampleton on Tuesday.",
    "In her address to the conference, Jane Example said the alliance must not tire.",
  ], "2025-03-11", "must not tire"),
  c(NAMED_AGAIN, W, [
    "Parliament held a debate on the training mission on Tuesday.",
    "During the debate, Defence Minister Jane Example said the country would keep its soldiers at home.",
  ], "2025-03-11", "keep its soldiers at home"),
  c(NAMED_AGAIN, W, [
    "Leaders of the coalition held a video call on Monday.",
    "On the call, President Lena Probe said a ceasefire had to come first.",
  ], "2025-03-10", "ceasefire had to come first"),
  c(NAMED_AGAIN, W, [
    "About thirty countries took part in a meeting in Sampleton on Monday on the planned force.",
    "The talks were closed to the press.",
    "Jane Example told the meeting that the planning was well advanced.",
  ], "2025-03-10", "planning was well advanced"),
  c(NAMED_AGAIN, T, [
    "The alliance's leaders gathered in Sampleton on Tuesday for a two-day summit.",
    "At the gathering, Foreign Minister John Sample said the path to membership was irreversible.",
  ], "2024-07-09", "path to membership"),
  c(NAMED_AGAIN, T, [
    "Ministers assembled in Sampleton on Tuesday for a session on air defence.",
    "“We need more systems, and we need them now,” Mara Test told the session.",
  ], "2024-07-09", "need them now"),
  // ---- counter-cases
  c(NOT_NAMED_AGAIN, W, [
    "Foreign ministers met in Sampleton on Monday to prepare the summit.",
    "John Sample said on Wednesday that the meeting had been useful.",
  ], "2025-03-12", "meeting had been useful"),
  c(NOT_NAMED_AGAIN, W, [
    "Foreign ministers will meet in Sampleton on Friday to prepare the summit.",
    "Ahead of the meeting, John Sample said the invitation could not wait.",
  ], "2025-03-12", "invitation could not wait"),
  c(NOT_NAMED_AGAIN, W, [
    "Foreign ministers met in Sampleton in January to prepare the summit.",
    "John Sample said the invitation could not wait.",
  ], "2025-03-12", "invitation could not wait"),
  c(NOT_NAMED_AGAIN, W, [
    "Leaders held a video call on Monday.",
    "In an interview with Example TV, President Lena Probe said a ceasefire had to come first.",
  ], "2025-03-12", "ceasefire had to come first"),
];

/** Written after the rule for an event named again, scored on it, not used to write it. */
export const NAMED_AGAIN_HELD_OUT: DateCase[] = [
  c(NAMED_AGAIN, L, [
    "Energy ministers from the region gathered in Sampleton on Friday.",
    "Minister Kai Beispiel told the gathering that the pipeline would not reopen before the winter.",
  ], "2025-06-06", "pipeline would not reopen"),
  c(NAMED_AGAIN, L, [
    "The bloc's foreign ministers met in Sampleton on Monday.",
    "On the sidelines of the meeting, Mara Test said the sanctions would stay in place.",
  ], "2025-06-09", "sanctions would stay"),
  c(NAMED_AGAIN, L, [
    "Parliament debated the deployment on Sunday in a late sitting.",
    "Lena Probe, addressing the debate, said the mission had a clear mandate.",
  ], "2025-06-08", "clear mandate"),
  c(NAMED_AGAIN, L, [
    "Delegations from twenty countries attended a forum on reconstruction in Sampleton on Monday.",
    "In his speech to the forum, John Sample said private investors were ready to help.",
  ], "2025-06-09", "private investors were ready"),
  c(NAMED_AGAIN, L, [
    "The two presidents held a phone call on Saturday.",
    "During the call, President Kai Beispiel said a prisoner exchange should come first.",
  ], "2025-06-07", "prisoner exchange"),
  c(NAMED_AGAIN, L, [
    "An emergency session of the security council convened on Monday in Sampleton.",
    "“This attack must not go unanswered,” Jane Example told the emergency session.",
  ], "2025-06-09", "must not go unanswered"),
  c(NOT_NAMED_AGAIN, L, [
    "The bloc's foreign ministers are due to meet in Sampleton on Friday.",
    "Before the meeting, Mara Test said the sanctions would stay in place.",
  ], "2025-06-10", "sanctions would stay"),
  c(NOT_NAMED_AGAIN, L, [
    "The bloc's foreign ministers met in Sampleton in April.",
    "Mara Test said on Tuesday that the next meeting would decide on the sanctions.",
  ], "2025-06-10", "next meeting would decide"),
];

/** A date inside the words a sentence reports (after "said that"), carried to the speaker's other words (decision 0775). */
export const INSIDE_REPORT_SET: DateCase[] = [
  c(INSIDE_REPORT, W, [
    "President Lena Probe said on Tuesday that her country was ready for talks without preconditions.",
    "Probe also said that she had discussed the plan with her neighbours earlier this week.",
    "“We will not wait for others to decide for us,” Probe said.",
  ], "2025-03-11", "wait for others"),
  c(INSIDE_REPORT, W, [
    "Foreign Minister John Sample told reporters on Monday that the envoys would meet again.",
    "Sample added that he had spoken with his counterpart last week.",
    "“The door is still open,” he said.",
  ], "2025-03-10", "door is still open"),
  c(INSIDE_REPORT, W, [
    "Defence Minister Jane Example said on Monday that the brigade would stay in the east.",
    "She confirmed that the first trucks had left the depot on Saturday.",
    "“Our soldiers are ready,” Example said.",
  ], "2025-03-10", "soldiers are ready"),
  c(INSIDE_REPORT, W, [
    "Prime Minister Kai Beispiel said on Tuesday that a ceasefire was within reach.",
    "Beispiel also said that the two sides had exchanged prisoners last month.",
    "“The guns must fall silent,” he said.",
  ], "2025-03-11", "guns must fall silent"),
];

/** Written before extending the rule to an interview named later (decision 0775). */
export const INTERVIEW_AFTER_SET: DateCase[] = [
  c(INTERVIEW_AFTER, W, [
    "Defence Minister Jane Example said the brigade would stay in the east until the spring.",
    "The brigade has been stationed near the border since last summer.",
    "Its commander has asked for more air defence.",
    "Example spoke to Example Radio on Monday.",
  ], "2025-03-10", "brigade would stay"),
  c(INTERVIEW_AFTER, W, [
    "President Lena Probe said a ceasefire had to come before any talks on borders.",
    "Her rivals in parliament have called for early elections.",
    "The government's majority is three seats.",
    "Probe was speaking to Example TV on Tuesday.",
  ], "2025-03-11", "ceasefire had to come"),
  c(INTERVIEW_AFTER, T, [
    "Foreign Minister John Sample said the invitation should be issued at the summit.",
    "Diplomats expect a compromise in the final text.",
    "Several allies remain opposed.",
    "Sample gave the interview to Example News on Tuesday.",
  ], "2024-07-09", "invitation should be issued"),
  c(NOT_THAT_DAY, T, [
    "Foreign Minister John Sample told reporters in Sampleton that the invitation should be issued at the summit.",
    "Diplomats expect a compromise in the final text.",
    "Several allies remain opposed.",
    "Earlier, Sample told Example News on Monday that the door remained open.",
  ], "2024-07-11", "invitation should be issued"),
  c(NOT_THAT_DAY, T, [
    "Foreign Minister John Sample told reporters in Sampleton that the invitation should be issued at the summit.",
    "Diplomats expect a compromise in the final text.",
    "Several allies remain opposed.",
    "On Monday, Sample told Example News that the door remained open.",
  ], "2024-07-11", "invitation should be issued"),
];

/** Written after the rule for an interview named later, scored on it, not used to write it. */
export const INTERVIEW_AFTER_HELD_OUT: DateCase[] = [
  c(INTERVIEW_AFTER, L, [
    "“The alliance cannot be a bystander,” Chancellor Kai Beispiel said.",
    "His party has lost ground in recent polls.",
    "A vote on the mission is expected next month.",
    "Beispiel was speaking in an interview with Example TV on Sunday.",
  ], "2025-06-08", "cannot be a bystander"),
  c(INTERVIEW_AFTER, L, [
    "Senator Mara Test said the country should be invited before the end of the war.",
    "The remarks are likely to anger the government's coalition partners.",
    "Test told Example Radio on Monday that she would raise the issue in the committee.",
  ], "2025-06-09", "invited before the end"),
  c(INTERVIEW_AFTER, L, [
    "General Carl Sample warned that the air defences would not last the summer.",
    "Officials have not commented.",
    "Stocks of missiles are a closely guarded secret.",
    "Sample made the comments to Example News on Saturday.",
  ], "2025-06-07", "air defences would not last"),
  c(NOT_THAT_DAY, L, [
    "Senator Mara Test told a rally in Sampleton that the country should be invited before the end of the war.",
    "The remarks are likely to anger the government's coalition partners.",
    "Test told Example Radio on Monday that she would raise the issue in the committee.",
  ], "2025-06-10", "invited before the end"),
  c(NOT_THAT_DAY, L, [
    "Senator Mara Test said the country should be invited before the end of the war.",
    "The remarks are likely to anger the government's coalition partners.",
    "Last month, Test told Example Radio on a Monday that she would raise the issue in the committee.",
  ], "2025-06-10", "invited before the end"),
];
