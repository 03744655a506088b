// Invented report snippets for the date of a statement, as a class of constructions (decision 0735): datelines,
// weekdays, days counted back, events with and without a day, interviews published later, words reported months
// later, and dates of other events that are not the words' date. Each case gives the publication ("YYYY-MM-DD",
// "YYYY-MM" or null), the text, and the date the spec and the dev annotators' conventions give the words:
// "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year) or null. Every sentence and name is invented.
// Calendar: 2025-03-12 is a Wednesday, 2024-07-11 a Thursday, 2025-01-03 a Friday, 2024-06-03 a Monday,
// 2025-06-10 a Tuesday, 2023-11-30 a Thursday.

export interface DateCase {
  /** The construction the case stands for; failures are counted by it. */
  group: string;
  published: string | null;
  text: string;
  want: string | null;
  /** Words of the statement to score, when the snippet has more than one. */
  find?: string;
  /** Why the case is left failing (no statement is found: a recall case, not a date one). */
  open?: string;
}

const W = "2025-03-12";
const T = "2024-07-11";
const J = "2025-01-03";
const M = "2024-06-03";
const L = "2025-06-10";

const c = (group: string, published: string | null, text: string, want: string | null, find?: string): DateCase => ({ group, published, text, want, find });
const NO_STATEMENT = "the words are not found as a statement (a time set off by commas or brackets after the verb)";
const SCENE_DAY = "the day of a scene told in a sentence that reports no words (decision 0665: dropped on its test gate)";
const TRAILING_OCCASION = "the reported clause runs on over a trailing occasion (\", in remarks to … on Monday\"), so its date is not in the framing";
const SPAN_TAKES_RELATIVE = "the words' span after \"According to\" takes in the relative clause that dates them (a span case)";
const UNDECIDED = "no convention to follow: the annotators' notes do not say how to date it";
const open = (k: DateCase, why: string): DateCase => ({ ...k, open: why });

export const FIRST_SET: DateCase[] = [
  // ---- datelines: they date the report, not the words
  c("dateline", "2025-03-03", "KYIV, March 3 (Reuters) - Foreign Minister Jane Example said on Monday that the talks had stalled over the border line.", "2025-03-03"),
  c("dateline", "2025-03-04", "KYIV, March 4 (Reuters) - Foreign Minister Jane Example said on Monday that the talks had stalled over the border line.", "2025-03-03"),
  c("dateline", W, "BRUSSELS, March 12 (AFP) - The alliance's deputy chief, John Sample, said the allies would not send troops to the front.", W),
  c("dateline", W, "Brussels, 12.03.2025 – Minister Jane Example stated that her government would keep its brigade in the Baltic states.", W),
  c("dateline", J, "WASHINGTON, Jan 3 (Reuters) - Senator John Sample said the aid package would pass before the spring.", J),
  c("dateline", "2025-03-13", "VILNIUS, March 12 (Reuters) - Defence Minister Jane Example said on Wednesday that the border fence would be finished by summer.", "2025-03-12"),
  c("dateline", W, "MOSCOW, March 12 (TASS) - Kremlin spokesman John Sample told reporters on Monday that Moscow saw no basis for a ceasefire.", "2025-03-10"),
  c("dateline", W, "ANKARA (Anadolu) - Foreign Minister Jane Example said Tuesday that Türkiye was ready to host another round of talks.", "2025-03-11"),
  c("dateline", W, "LONDON — Prime Minister Jane Example said Wednesday that Britain would put planes in the air to police any truce.", W),
  c("dateline", W, "KYIV, Ukraine (AP) — President John Sample said on Sunday that his army had pushed back an assault near the river.", "2025-03-09"),
  c("dateline", W, "Brussels, 12 March 2025 (ANSA) - Italian Defence Minister John Sample said Italy would not send soldiers to Ukraine.", W),
  c("dateline", W, "KYIV, March 12 (Reuters) - Jane Example, the chief of the presidential office, said on Sunday that the delegation would fly to Riyadh.", "2025-03-09"),
  c("dateline", "2025-03", "WARSAW (PAP) - Prime Minister John Sample said on Sunday that Poland would send no troops to Ukraine.", "2025-03"),
  c("dateline", T, "WASHINGTON, July 11 (Reuters) - The alliance's secretary general, Jane Example, said on Wednesday that Kyiv's path to membership was irreversible.", "2024-07-10"),
  c("dateline", W, "PARIS, March 12 (AFP) - French President John Sample said late on Tuesday that European troops could be deployed after a truce.", "2025-03-11"),

  // ---- weekdays counted from the publication
  c("weekday", W, "Chancellor Jane Example said on Tuesday that Germany would not take part in any mission without a ceasefire.", "2025-03-11"),
  c("weekday", W, "Chancellor Jane Example said Monday that Germany would not take part in any mission without a ceasefire.", "2025-03-10"),
  c("weekday", W, "Chancellor Jane Example said last Friday that Germany would not take part in any mission without a ceasefire.", "2025-03-07"),
  c("weekday", "2025-03-14", "Chancellor Jane Example said last Friday that Germany would not take part in any mission without a ceasefire.", "2025-03-07"),
  c("weekday", "2025-03-14", "Chancellor Jane Example said on Friday that Germany would not take part in any mission without a ceasefire.", "2025-03-14"),
  c("weekday", W, "Speaking on Monday evening, General John Sample said the front line had held through the winter.", "2025-03-10"),
  c("weekday", W, "General John Sample said on Monday night that the front line had held through the winter.", "2025-03-10"),
  c("weekday", W, "Early on Tuesday, General John Sample said the front line had held through the winter.", "2025-03-11"),
  c("weekday", W, "On Sunday, Defence Minister Jane Example told a party congress that the army needed ten more brigades.", "2025-03-09"),
  c("weekday", W, "Defence Minister Jane Example on Saturday told a party congress that the army needed ten more brigades.", "2025-03-08"),
  c("weekday", M, "In a speech on Saturday, Minister Jane Example said that peace could not be bought with territory.", "2024-06-01"),
  c("weekday", M, "Minister Jane Example said on Friday that peace could not be bought with territory.", "2024-05-31"),
  c("weekday", J, "President John Sample said on Monday that the new year would bring the first round of talks.", "2024-12-30"),
  c("weekday", J, "“We will not trade land for a signature,” President John Sample said on Tuesday.", "2024-12-31"),
  c("weekday", T, "“The door is open,” Jane Example told reporters Tuesday.", "2024-07-09"),
  c("weekday", "2025-03", "Minister Jane Example said on Thursday that the border would stay closed.", "2025-03"),
  c("weekday", W, "The president, John Sample, on Monday urged allies to send more air defence systems before the spring offensive.", "2025-03-10"),
  c("weekday", W, "“Nobody wants this war to go on,” General John Sample said in a televised address late on Sunday.", "2025-03-09"),

  // ---- days counted back: yesterday, today, last night, this morning
  c("counted back", W, "Minister Jane Example said yesterday that the aid would arrive within weeks.", "2025-03-11"),
  c("counted back", W, "Minister Jane Example told reporters today that the aid would arrive within weeks.", W),
  c("counted back", W, "Speaking last night, Minister Jane Example said the aid would arrive within weeks.", "2025-03-11"),
  c("counted back", W, "Minister Jane Example said this morning that the aid would arrive within weeks.", W),
  c("counted back", W, "“The aid will arrive within weeks,” Minister Jane Example told a radio station this afternoon.", W),
  c("counted back", W, "Yesterday, Minister Jane Example said the aid would arrive within weeks.", "2025-03-11"),
  c("counted back", W, "Minister Jane Example said two days ago that the aid would arrive within weeks.", "2025-03-10"),
  c("counted back", J, "Minister Jane Example said yesterday that the aid would arrive within weeks.", "2025-01-02"),

  // ---- periods: this week, last week, last month, this month, last year, earlier this year
  c("period", W, "Earlier this week, Minister Jane Example said that Examplestan would double its drone output.", "2025-03"),
  c("period", W, "Minister Jane Example said this week that Examplestan would double its drone output.", "2025-03"),
  c("period", W, "Minister Jane Example said last week that Examplestan would double its drone output.", "2025-03"),
  c("period", W, "Minister Jane Example said last month that Examplestan would double its drone output.", "2025-02"),
  c("period", W, "Minister Jane Example told a forum in Sampleton this month that Examplestan would double its drone output.", "2025-03"),
  c("period", W, "Earlier this month, Minister Jane Example said that Examplestan would double its drone output.", "2025-03"),
  c("period", W, "Minister Jane Example said last year that Examplestan would double its drone output.", "2024"),
  c("period", W, "Minister Jane Example said earlier this year that Examplestan would double its drone output.", "2025"),
  c("period", J, "Minister Jane Example said last month that Examplestan would double its drone output.", "2024-12"),
  c("period", W, "Late last month, Minister Jane Example said that Examplestan would double its drone output.", "2025-02"),
  c("period", W, "At the weekend, Minister Jane Example said that Examplestan would double its drone output.", "2025-03"),

  // ---- an event with its day
  c("event with day", W, "Speaking on the margins of a Sampleton summit on Monday, President John Sample said the guarantees had to be binding.", "2025-03-10"),
  c("event with day", W, "President John Sample said on the sidelines of the Sampleton summit on Monday that the guarantees had to be binding.", "2025-03-10"),
  c("event with day", W, "Speaking at a press conference after talks with his Examplestan counterpart on Monday, President John Sample said the guarantees had to be binding.", "2025-03-10"),
  c("event with day", W, "At a meeting of defence ministers in Brussels on Thursday, Minister Jane Example said her country would train more pilots.", "2025-03-06"),
  c("event with day", W, "During a visit to Sampleton on Tuesday, Minister Jane Example said her country would train more pilots.", "2025-03-11"),
  c("event with day", W, "After meeting the prime minister on Friday, Minister Jane Example said her country would train more pilots.", "2025-03-07"),
  c("event with day", W, "Minister Jane Example, addressing parliament on Tuesday, said her country would train more pilots.", "2025-03-11"),
  c("event with day", W, "Minister Jane Example told a news conference on Monday that her country would train more pilots.", "2025-03-10"),
  c("event with day", W, "Minister Jane Example said at Tuesday's press conference that her country would train more pilots.", "2025-03-11"),
  c("event with day", W, "In Sunday's televised address, President John Sample said the guarantees had to be binding.", "2025-03-09"),
  c("event with day", T, "At the summit in Washington on Wednesday, Chancellor Jane Example said the alliance had to spend more.", "2024-07-10"),
  c("event with day", W, "Minister Jane Example said at a briefing on 10 March that her country would train more pilots.", "2025-03-10"),

  // ---- an event with no day of its own
  c("event without day", T, "At the Washington summit, Chancellor Jane Example said the alliance had to spend more.", T),
  c("event without day", W, "During his visit to Sampleton last month, President John Sample said the guarantees had to be binding.", "2025-02"),
  c("event without day", W, "Speaking at a forum in Sampleton, President John Sample said the guarantees had to be binding.", W),
  c("event without day", "2025-03", "At a conference in Sampleton, President John Sample said the guarantees had to be binding.", "2025-03"),
  c("event without day", W, "On a visit to the front, President John Sample told soldiers that help was on its way.", W),

  // ---- interviews and texts published on another day
  c("interview", W, "In an interview published Sunday, Minister Jane Example said the sanctions were working.", "2025-03-09"),
  c("interview", W, "Minister Jane Example said in a radio interview which aired on Sunday that the sanctions were working.", "2025-03-09"),
  c("interview", W, "Minister Jane Example told Example TV in an interview aired Monday that the sanctions were working.", "2025-03-10"),
  c("interview", W, "In an interview with the Example Times published on Saturday, Minister Jane Example said the sanctions were working.", "2025-03-08"),
  c("interview", W, "Minister Jane Example told the Example Times in an interview that the sanctions were working.", W),
  c("interview", W, "“The sanctions are working,” Minister Jane Example told Example Radio on Tuesday.", "2025-03-11"),
  c("interview", W, "Minister Jane Example told Example Radio on Tuesday: “The sanctions are working.”", "2025-03-11"),
  c("interview", W, "In an op-ed published on Monday by the Example Herald, Minister Jane Example wrote that the sanctions were working.", "2025-03-10"),
  c("interview", "2025-03", "In an interview Example TV aired on Sunday, Minister Jane Example said the sanctions were working.", "2025-03"),
  c("interview", W, "Minister Jane Example wrote on Example Social on Monday that the sanctions were working.", "2025-03-10"),
  c("interview", W, "In a post on Example Social late on Sunday, Minister Jane Example said the sanctions were working.", "2025-03-09"),

  // ---- earlier / later on a named day
  c("earlier on a day", T, "Earlier on Thursday, Minister Jane Example said the alliance would open a liaison office in Kyiv.", T),
  c("earlier on a day", T, "Minister Jane Example said earlier on Thursday that the alliance would open a liaison office in Kyiv.", T),
  c("earlier on a day", T, "Later on Tuesday, Minister Jane Example said the alliance would open a liaison office in Kyiv.", "2024-07-09"),
  c("earlier on a day", T, "Minister Jane Example said earlier in the day that the alliance would open a liaison office in Kyiv.", T),
  c("earlier on a day", T, "Earlier on Wednesday, Minister Jane Example told reporters the alliance would open a liaison office in Kyiv.", "2024-07-10"),

  // ---- stated months, years and days, in a report written later
  c("stated later", L, "Minister Jane Example said in March that her government would not recognise the annexation.", "2025-03"),
  c("stated later", L, "In March, Minister Jane Example said that her government would not recognise the annexation.", "2025-03"),
  c("stated later", L, "Minister Jane Example told Example News in 2023 that her government would not recognise the annexation.", "2023"),
  c("stated later", L, "In 2023, Minister Jane Example said that her government would not recognise the annexation.", "2023"),
  c("stated later", L, "Minister Jane Example said in January 2024 that her government would not recognise the annexation.", "2024-01"),
  c("stated later", L, "Minister Jane Example wrote in a blog post in May that her government would not recognise the annexation.", "2025-05"),
  c("stated later", W, "Minister Jane Example said on March 3 that her government would not recognise the annexation.", "2025-03-03"),
  c("stated later", W, "Minister Jane Example said on 3 March that her government would not recognise the annexation.", "2025-03-03"),
  c("stated later", L, "Minister Jane Example said on March 3, 2024, that her government would not recognise the annexation.", "2024-03-03"),
  c("stated later", L, "Back in 2022, Minister Jane Example said that her government would not recognise the annexation.", "2022"),
  c("stated later", L, "In a 2023 interview, Minister Jane Example said her government would not recognise the annexation.", "2023"),
  c("stated later", W, "Minister Jane Example said on Feb. 27 that her government would not recognise the annexation.", "2025-02-27"),
  c("stated later", J, "Minister Jane Example said on Dec. 30 that her government would not recognise the annexation.", "2024-12-30"),
  c("stated later", J, "Minister Jane Example said on 30 December that her government would not recognise the annexation.", "2024-12-30"),
  c("stated later", W, "In mid-February, Minister Jane Example said that her government would not recognise the annexation.", "2025-02"),
  c("stated later", W, "Minister Jane Example said in late February that her government would not recognise the annexation.", "2025-02"),
  c("stated later", W, "At the end of February, Minister Jane Example said that her government would not recognise the annexation.", "2025-02"),
  c("stated later", L, "Minister Jane Example said in the spring of 2023 that her government would not recognise the annexation.", "2023"),
  c("stated later", L, "In November 2023, Minister Jane Example told Example News that her government would not recognise the annexation.", "2023-11"),
  c("stated later", L, "Minister Jane Example, speaking in 2022, said her government would not recognise the annexation.", "2022"),

  // ---- dates of other events, not the words' date
  c("other event", W, "Minister Jane Example said the war that began on 24 February 2022 had cost Examplestan a generation.", W),
  c("other event", W, "Speaking ahead of talks scheduled for Friday, Minister Jane Example said her side would not give up the port.", W),
  c("other event", W, "Ahead of talks on Friday, Minister Jane Example said her side would not give up the port.", W),
  c("other event", "2025-05-20", "Minister Jane Example, whose government faces a deadline of June 1, said her side would not give up the port.", "2025-05-20"),
  c("other event", "2024-07-05", "Ahead of the summit on July 9, Minister Jane Example said her side would not give up the port.", "2024-07-05"),
  c("other event", W, "Speaking days after the truce agreed on March 1, Minister Jane Example said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example, in office since January 2021, said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example, who met the envoy on Monday, said her side would not give up the port.", W),
  c("other event", W, "Recalling the talks of March 4, Minister Jane Example said her side would not give up the port.", W),
  open(c("other event", W, "Minister Jane Example said on Tuesday, a day after the drone strike on the port, that her side would not give up.", "2025-03-11"), NO_STATEMENT),
  c("other event", W, "Minister Jane Example, whose party won the election in February, said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example said her side would not give up the port, a position she has held since the invasion in February 2022.", W),
  c("other event", W, "In the run-up to the vote on March 20, Minister Jane Example said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example, who took office in January, said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example said her side would not give up the port, which was seized on 3 March.", W),
  c("other event", W, "Minister Jane Example, who will travel to Sampleton on Friday, said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example, who spoke to the envoy by phone on Monday, said on Tuesday that her side would not give up the port.", "2025-03-11"),
  c("other event", W, "Minister Jane Example, who spoke to reporters in Sampleton on Monday, said her side would not give up the port.", "2025-03-10"),
  c("other event", W, "Minister Jane Example said she would meet the envoy on Friday and that her side would not give up the port.", W, "her side would not give up"),
  c("other event", W, "Minister Jane Example, who chaired the talks in Sampleton on 2 March, said her side would not give up the port.", W),
  c("other event", W, "Since the ceasefire collapsed on Sunday, Minister Jane Example has said her side would not give up the port.", W),
  c("other event", T, "As leaders gathered for the summit that opened on Tuesday, Minister Jane Example said the alliance had to spend more.", T),
  c("other event", J, "Minister Jane Example said the election set for January 12 would go ahead.", J),
  c("other event", W, "With the vote set for Sunday, Minister Jane Example said her side would not give up the port.", W),
  c("other event", W, "Minister Jane Example said her side would not give up the port before the deadline of March 31.", W),

  // ---- no date stated at all
  c("unstated", W, "Minister Jane Example said her side would not give up the port.", W),
  c("unstated", "2025-03", "Minister Jane Example said her side would not give up the port.", "2025-03"),
  c("unstated", "2025", "Minister Jane Example said her side would not give up the port.", "2025"),
  c("unstated", null, "Minister Jane Example said her side would not give up the port.", null),
  c("unstated", null, "Minister Jane Example said on Tuesday that her side would not give up the port.", null),
  c("unstated", W, "“We will not give up the port,” Minister Jane Example told the Example Post.", W),
  c("unstated", W, "According to Minister Jane Example, her side will not give up the port.", W),

  // ---- live blogs and their time stamps
  c("live blog", W, "10:42 GMT\n\nMinister Jane Example told reporters in Sampleton that the convoy had crossed the border.", W),
  c("live blog", W, "Posted at 14:05\n\nMinister Jane Example said the convoy had crossed the border.", W),
  c("live blog", W, "Live updates\n\n09:15 — “The convoy has crossed the border,” Minister Jane Example said.", W),
  c("live blog", W, "Key points\n\n• Minister Jane Example said the convoy had crossed the border.\n• Talks resume on Friday.", W),
  c("live blog", W, "16:20 BST: Minister Jane Example said on Tuesday the convoy had crossed the border.", "2025-03-11"),

  // ---- weekday printed beside its date, and translated agency forms
  open(c("agency form", W, "Minister Jane Example said on Monday (March 10) that the convoy had crossed the border.", "2025-03-10"), NO_STATEMENT),
  c("agency form", W, "On Monday, 10 March, Minister Jane Example said that the convoy had crossed the border.", "2025-03-10"),
  c("agency form", W, "“The convoy has crossed the border and the second one is loading.” This was said on Friday by Minister Jane Example during a briefing in Sampleton.", "2025-03-07"),
  c("agency form", W, "“The convoy has crossed the border and the second one is loading,” Minister Jane Example stated this on Tuesday, answering journalists' questions.", "2025-03-11"),
  c("agency form", W, "As reported on March 10 by Example News, Minister Jane Example said the convoy had crossed the border.", "2025-03-10"),
  c("agency form", W, "On the 10th, Minister Jane Example said that the convoy had crossed the border.", "2025-03-10"),
  c("agency form", W, "Minister Jane Example said this on 11 March during a briefing: “The convoy has crossed the border.”", "2025-03-11"),
  c("agency form", W, "Minister Jane Example said on Tuesday (local time) that the convoy had crossed the border.", "2025-03-11"),
  c("agency form", W, "On 11 March, Minister Jane Example announced that the convoy had crossed the border.", "2025-03-11"),
  c("agency form", W, "Minister Jane Example announced on March 11 that the convoy had crossed the border.", "2025-03-11"),

  // ---- a date carried to the next words of the same speaker
  c("carried", W, "Minister Jane Example said on Monday that the convoy had crossed the border.\n\n“We will send another next week,” she added.", "2025-03-10", "We will send another"),
  c("carried", W, "Minister Jane Example spoke to reporters in Sampleton on Monday.\n\n“We will send another convoy next week,” she said.", "2025-03-10"),
  c("carried", W, "In an interview with Example TV on Sunday, Minister Jane Example said the convoy had crossed.\n\nShe also said that another would follow.", "2025-03-09", "another would follow"),
  c("carried", L, "Minister Jane Example said in March that the port would reopen.\n\nOn Monday, she said that it would stay closed.", "2025-06-09", "it would stay closed"),
  c("carried", W, "Minister Jane Example said last month that the port would reopen.\n\nShe said on Tuesday that it would stay closed.", "2025-03-11", "it would stay closed"),
];

// Calendar of the second set: 2024-02-15 is a Thursday, 2023-07-12 a Wednesday, 2025-09-29 a Monday, 2024-11-01 a
// Friday, 2025-12-02 a Tuesday, 2026-01-05 a Monday.
const F = "2024-02-15";
const V = "2023-07-12";
const S = "2025-09-29";
const N = "2024-11-01";
const D = "2025-12-02";
const Y = "2026-01-05";

/** A second set, written after the rules, to score them on wording they were not written against. */
export const SECOND_SET: DateCase[] = [
  // ---- datelines
  c("dateline", F, "RIGA, Feb 15 (Reuters) - Latvia's president, Anna Sample, said on Wednesday that the Baltic states would build a joint defence line.", "2024-02-14"),
  c("dateline", F, "TALLINN (AFP) - Prime Minister Karl Example told parliament on Tuesday that Estonia would raise defence spending to 3.4 percent.", "2024-02-13"),
  c("dateline", V, "VILNIUS, Lithuania (AP) — The alliance's chief, Tom Example, said Wednesday that Ukraine would be invited once conditions were met.", V),
  c("dateline", S, "Bucharest, 29.09.2025 — Romanian Defence Minister Ion Sample declared that drones had again entered the country's airspace.", S),
  c("dateline", S, "OTTAWA, Sept 28 (Reuters) - Canada's foreign minister, Lea Example, said on Sunday that Ottawa would keep funding the training mission.", "2025-09-28"),
  c("dateline", N, "BERLIN, Oct 31 (dpa) - Chancellor Otto Sample said on Thursday that Germany would deliver two more air defence systems.", "2024-10-31"),
  c("dateline", D, "ROME, December 1 (ANSA) - Deputy Prime Minister Marco Example said Italy would not send soldiers to any mission in Ukraine.", D),
  c("dateline", "2024-05", "HELSINKI (Yle) - President Mika Example said on Saturday that Finland was ready to host a summit.", "2024-05"),

  // ---- weekdays
  c("weekday", F, "Finland's president, Mika Example, said on Monday that the border crossings would stay closed.", "2024-02-12"),
  c("weekday", F, "“We are not at war with anyone,” Mika Example told a press conference on Wednesday afternoon.", "2024-02-14"),
  c("weekday", F, "Mika Example warned last Thursday that the border crossings would stay closed.", "2024-02-08"),
  c("weekday", S, "On Friday night, Defence Secretary Ann Sample told a radio show that more jets would be sent east.", "2025-09-26"),
  c("weekday", S, "Defence Secretary Ann Sample said Saturday that more jets would be sent east.", "2025-09-27"),
  c("weekday", N, "The envoy, Paul Example, said on Tuesday that he expected a ceasefire proposal within days.", "2024-10-29"),
  c("weekday", N, "The envoy, Paul Example, insisted on Friday that he expected a ceasefire proposal within days.", N),
  c("weekday", Y, "Foreign Minister Ida Sample said on Wednesday that the new year would test Europe's unity.", "2025-12-31"),
  c("weekday", Y, "Speaking on Friday, Foreign Minister Ida Sample said the new year would test Europe's unity.", "2026-01-02"),
  c("weekday", "2024-05", "Foreign Minister Ida Sample said on Wednesday that Europe's unity would be tested.", "2024-05"),

  // ---- counted back
  c("counted back", S, "The general, Lars Example, said yesterday that the drills would be extended.", "2025-09-28"),
  c("counted back", S, "Late last night, the general, Lars Example, said that the drills would be extended.", "2025-09-28"),
  c("counted back", S, "The general, Lars Example, told journalists this evening that the drills would be extended.", S),
  c("counted back", S, "Three days ago, the general, Lars Example, said the drills would be extended.", "2025-09-26"),
  c("counted back", Y, "Yesterday, the general, Lars Example, said the drills would be extended.", "2026-01-04"),

  // ---- periods
  c("period", F, "Foreign Minister Ida Sample said last week that the alliance would open a new training centre.", "2024-02"),
  c("period", F, "Earlier this week, Foreign Minister Ida Sample said that the alliance would open a new training centre.", "2024-02"),
  c("period", F, "Foreign Minister Ida Sample said earlier this month that the alliance would open a new training centre.", "2024-02"),
  c("period", F, "Foreign Minister Ida Sample said this month that the alliance would open a new training centre.", "2024-02"),
  c("period", F, "Last month, Foreign Minister Ida Sample said that the alliance would open a new training centre.", "2024-01"),
  c("period", Y, "Foreign Minister Ida Sample said last month that the alliance would open a new training centre.", "2025-12"),
  c("period", Y, "Foreign Minister Ida Sample said last year that the alliance would open a new training centre.", "2025"),
  c("period", S, "Over the weekend, Foreign Minister Ida Sample said that the alliance would open a new training centre.", "2025-09"),
  open(c("period", F, "Foreign Minister Ida Sample said ahead of talks later this month that the alliance would open a new training centre.", F), NO_STATEMENT),

  // ---- events with a day
  c("event with day", V, "Speaking at the summit's closing news conference on Wednesday, the alliance's chief, Tom Example, said the communiqué was clear.", V),
  open(c("event with day", V, "The alliance's chief, Tom Example, said at a joint press briefing with President Ann Sample on Tuesday that the door was open.", "2023-07-11"), NO_STATEMENT),
  c("event with day", V, "On the summit's sidelines on Tuesday, Prime Minister Karl Example told reporters that his country would send more shells.", "2023-07-11"),
  c("event with day", F, "At Wednesday's briefing, the spokesman, John Example, said the ministry saw no grounds for talks.", "2024-02-14"),
  c("event with day", F, "The spokesman, John Example, said during Monday's briefing that the ministry saw no grounds for talks.", "2024-02-12"),
  c("event with day", F, "In his Tuesday speech to parliament, Prime Minister Karl Example said the country would raise defence spending.", "2024-02-13"),
  c("event with day", N, "During a visit to the shipyard on Wednesday, Prime Minister Karl Example said the navy would get four new frigates.", "2024-10-30"),
  c("event with day", N, "Prime Minister Karl Example, who visited the shipyard on Wednesday, said the navy would get four new frigates.", N),
  c("event with day", D, "At a gathering of foreign ministers in Sampleton on 1 December, Minister Lea Example said the alliance must not blink.", "2025-12-01"),

  // ---- events without a day
  c("event without day", V, "At the summit in Vilnius, President Ann Sample said Ukraine's place was in the alliance.", V),
  c("event without day", F, "On a visit to Kyiv last week, Minister Lea Example said her government would fund demining.", "2024-02"),
  c("event without day", F, "During her trip to the Gulf earlier this month, Minister Lea Example said her government would fund demining.", "2024-02"),
  c("event without day", "2024-05", "Speaking at a security forum, Minister Lea Example said her government would fund demining.", "2024-05"),

  // ---- interviews
  c("interview", S, "In an interview that Example Radio aired on Sunday, Chancellor Otto Sample said he saw no quick end to the war.", "2025-09-28"),
  c("interview", S, "Chancellor Otto Sample told the Sample Zeitung in an interview published on Saturday that he saw no quick end to the war.", "2025-09-27"),
  c("interview", S, "“I see no quick end to this war,” Chancellor Otto Sample said in an interview broadcast late on Sunday.", "2025-09-28"),
  c("interview", S, "In Sunday's interview with Example Radio, Chancellor Otto Sample said he saw no quick end to the war.", "2025-09-28"),
  c("interview", S, "Chancellor Otto Sample, in an interview with the Example Post, said he saw no quick end to the war.", S),
  c("interview", "2024-05", "In an interview published on Monday, Chancellor Otto Sample said he saw no quick end to the war.", "2024-05"),
  c("interview", S, "Chancellor Otto Sample wrote in a column for the Example Gazette on Friday that he saw no quick end to the war.", "2025-09-26"),

  // ---- earlier / later on a day
  c("earlier on a day", F, "Earlier on Thursday, the spokesman, John Example, said the ministry saw no grounds for talks.", F),
  c("earlier on a day", F, "The spokesman, John Example, said later on Wednesday that the ministry saw no grounds for talks.", "2024-02-14"),
  c("earlier on a day", F, "The spokesman, John Example, said on Wednesday that talks were pointless.\n\nLater in the day, he said the ministry would still listen.", "2024-02-14", "the ministry would still listen"),

  // ---- stated months, years and days
  c("stated later", N, "The minister, Lea Example, said in September that the brigade would move to the border.", "2024-09"),
  c("stated later", N, "In early October, the minister, Lea Example, said that the brigade would move to the border.", "2024-10"),
  c("stated later", N, "The minister, Lea Example, told Example Radio in 2022 that the brigade would move to the border.", "2022"),
  c("stated later", N, "Back in 2021, the minister, Lea Example, said the brigade would move to the border.", "2021"),
  c("stated later", N, "In late 2023, the minister, Lea Example, said that the brigade would move to the border.", "2023"),
  c("stated later", N, "The minister, Lea Example, said on October 14 that the brigade would move to the border.", "2024-10-14"),
  c("stated later", N, "On 14 October, the minister, Lea Example, said that the brigade would move to the border.", "2024-10-14"),
  c("stated later", N, "The minister, Lea Example, said on Oct. 14, 2023, that the brigade would move to the border.", "2023-10-14"),
  c("stated later", Y, "On December 29, the minister, Lea Example, said that the brigade would move to the border.", "2025-12-29"),
  c("stated later", Y, "In December, the minister, Lea Example, said that the brigade would move to the border.", "2025-12"),
  c("stated later", N, "In mid-September, the minister, Lea Example, said that the brigade would move to the border.", "2024-09"),
  c("stated later", N, "In a 2022 speech, the minister, Lea Example, said the brigade would move to the border.", "2022"),
  c("stated later", N, "The minister, Lea Example, said in March 2023 that the brigade would move to the border.", "2023-03"),

  // ---- other events
  c("other event", S, "The minister, Lea Example, said the drones that crossed the border on Saturday had been Russian.", S),
  c("other event", S, "Ahead of a vote on Thursday, the minister, Lea Example, said her party would back the mission.", S),
  c("other event", S, "The minister, Lea Example, speaking before the vote set for Thursday, said her party would back the mission.", S),
  c("other event", S, "The minister, Lea Example, said her party would back the mission, which parliament approved on Friday.", S),
  c("other event", S, "Hours after the attack on the port on Sunday, the minister, Lea Example, said her party would back the mission.", S),
  c("other event", S, "Since the strike on Friday, the minister, Lea Example, has said the mission must go ahead.", S),
  c("other event", S, "The minister, Lea Example, in power since March 2022, said her party would back the mission.", S),
  c("other event", S, "Weeks after the election on 14 September, the minister, Lea Example, said her party would back the mission.", S),
  c("other event", S, "Commenting on the agreement signed in Geneva in August, the minister, Lea Example, said her party would back the mission.", S),
  c("other event", S, "The minister, Lea Example, said her party would back the mission before the deadline on October 15.", S),
  c("other event", S, "With the summit due to open on 8 October, the minister, Lea Example, said her party would back the mission.", S),
  c("other event", N, "The minister, Lea Example, whose coalition collapsed in September, said her party would back the mission.", N),
  c("other event", N, "Two days after the vote in the assembly on Tuesday, the minister, Lea Example, said her party would back the mission.", N),
  c("other event", N, "As the talks that began on Monday entered a fifth day, the minister, Lea Example, said her party would back the mission.", N),
  c("other event", N, "The minister, Lea Example, said the invasion of February 2022 had changed everything.", N),
  c("other event", N, "Responding to questions about the talks scheduled for Monday, the minister, Lea Example, said her party would back the mission.", N),

  // ---- unstated
  c("unstated", D, "The minister, Lea Example, believes the mission must go ahead, according to her spokesman.", D),
  c("unstated", "2024-05", "“The mission must go ahead,” the minister, Lea Example, told the Example Post.", "2024-05"),
  c("unstated", null, "The minister, Lea Example, said on 3 May that the mission must go ahead.", null),

  // ---- live blogs
  c("live blog", D, "Updated 09:12 GMT\n\nThe minister, Lea Example, said the mission must go ahead.", D),
  c("live blog", D, "2 December 2025, 11:40\n\n“The mission must go ahead,” the minister, Lea Example, told reporters.", D),
  c("live blog", D, "Summary\n\n• The minister, Lea Example, said on Monday that the mission must go ahead.\n• Talks continue in Sampleton.", "2025-12-01"),

  // ---- agency forms
  c("agency form", D, "“The mission must go ahead.” This was stated on Monday by the minister, Lea Example, at a briefing.", "2025-12-01"),
  open(c("agency form", D, "As the minister, Lea Example, noted on 1 December, the mission must go ahead.", "2025-12-01"), NO_STATEMENT),
  c("agency form", D, "On the 1st, the minister, Lea Example, said that the mission must go ahead.", "2025-12-01"),
  c("agency form", D, "The minister, Lea Example, said on Monday, December 1, that the mission must go ahead.", "2025-12-01"),
  open(c("agency form", D, "According to the minister, Lea Example, who spoke on Sunday (local time), the mission must go ahead.", "2025-11-30"), SPAN_TAKES_RELATIVE),

  // ---- carried, and the lede's day for other speakers
  c("carried", F, "Minister Lea Example said on Tuesday that the mission must go ahead.\n\n“There is no other way,” she said.", "2024-02-13", "There is no other way"),
  open(c("carried", F, "Leaders met in Sampleton on Tuesday to discuss the mission.\n\n“There is no other way,” Minister Lea Example said.", "2024-02-13"), SCENE_DAY),
  c("carried", F, "Minister Lea Example told reporters on Tuesday that the mission must go ahead. General Tom Sample, speaking at the same event, said the troops were ready.", "2024-02-13", "the troops were ready"),
  c("carried", F, "In an interview with Example TV on Sunday, Minister Lea Example said the mission must go ahead.\n\nOn Wednesday, she said the troops were ready.", "2024-02-14", "the troops were ready"),
  c("carried", F, "Minister Lea Example said last month that the mission must go ahead.\n\nShe added that the troops were ready.", "2024-01", "the troops were ready"),
];

/** A third set: several sentences, as stories run (the lede's day, carried days, a day stated after the words). */
export const THIRD_SET: DateCase[] = [
  open(c("story", W, "Allies clashed over the plan on Tuesday as ministers met in Sampleton.\n\n“We cannot wait for a truce,” said Minister Jane Example.\n\nHer counterpart, John Sample, said the plan needed more work.", "2025-03-11", "the plan needed more work"), SCENE_DAY),
  c("story", W, "“We cannot wait for a truce,” Minister Jane Example said.\n\nThe remarks came at a news conference in Sampleton on Monday.", "2025-03-10"),
  c("story", W, "“We cannot wait for a truce,” Minister Jane Example told reporters.\n\nShe spoke on Monday after meeting the envoy.", "2025-03-10"),
  c("story", W, "Kremlin spokesman John Sample told reporters on Tuesday that Moscow had received the proposal.\n\nAccording to him, the proposal would be studied carefully.", "2025-03-11", "would be studied"),
  c("story", W, "Kremlin spokesman John Sample told reporters on Tuesday that Moscow had received the proposal.\n\n“We will study it carefully,” he said.\n\nHe added that no date had been set for a reply.", "2025-03-11", "no date had been set"),
  c("story", W, "In his nightly video address on Sunday, President John Sample said the army had held the line.\n\n“Every day counts,” he said.", "2025-03-09", "Every day counts"),
  c("story", W, "Minister Jane Example said on Monday that the talks were over.\n\nOn Tuesday, General John Sample said the army was ready.", "2025-03-11", "the army was ready"),
  c("story", W, "Minister Jane Example's comments came a day after General John Sample said the army was ready.", "2025-03-11", "the army was ready"),
  c("story", W, "Minister Jane Example said on Monday that the talks were over.\n\nGeneral John Sample, who commands the northern group, said the army was ready.", W, "the army was ready"),
  c("story", W, "The ministry said on Monday that the talks were over.\n\n“We are ready for anything,” General John Sample told Example TV.", W),
  c("story", W, "Speaking to reporters in Sampleton on Monday, Minister Jane Example said the talks were over.\n\n“We have done what we could,” she said.\n\n“Now it is up to them.”", "2025-03-10", "Now it is up to them"),
  c("story", "2025-03", "Minister Jane Example said on Monday, March 10, that the talks were over.\n\n“We have done what we could,” she said.", "2025-03-10", "We have done"),
  c("story", W, "Minister Jane Example has repeatedly said that the talks are over.", W),
  c("story", W, "Minister Jane Example told the Example Times last week that the talks were over.\n\n“We have done what we could,” she told the paper.", "2025-03", "We have done"),
  c("story", L, "Minister Jane Example said in March that the talks were over.\n\nShe told reporters on Monday that the army was ready.", "2025-06-09", "the army was ready"),
  c("story", W, "NATO defence ministers gathered in Brussels on Thursday.\n\nMinister Jane Example said at the meeting that her country would send more jets.", "2025-03-06"),
  c("story", W, "At the meeting in Brussels on Thursday, ministers agreed to pool their stocks.\n\nAfter the meeting, Minister Jane Example said her country would send more jets.", "2025-03-06"),
  open(c("story", W, "Minister Jane Example said the army was ready, in remarks to state television broadcast on Monday.", "2025-03-10"), TRAILING_OCCASION),
  open(c("story", W, "Minister Jane Example said the army was ready, state television reported on Monday.", "2025-03-10"), TRAILING_OCCASION),
  c("story", W, "Minister Jane Example said the army was ready, according to a statement released on Monday.", "2025-03-10"),
  c("story", W, "Minister Jane Example, quoted by Example News on Monday, said the army was ready.", "2025-03-10"),
  c("story", W, "Example News quoted Minister Jane Example as saying on Monday that the army was ready.", "2025-03-10"),
  c("story", W, "“The army is ready,” Minister Jane Example wrote on Example Social late Monday.", "2025-03-10"),
  c("story", W, "Minister Jane Example said on March 10 that the army was ready.\n\nTwo days later, General John Sample said the reserves had been called up.", "2025-03-12", "reserves had been called up"),
];

/** Single sentences of further wire forms, written after the first rules (same calendar as the first set). */
export const WIRE_FORMS: DateCase[] = [
  c("wire form", W, "In a statement dated March 10, Minister Jane Example said the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said in a statement issued late Monday that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example, in a speech marking the anniversary on Monday, said the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said during a phone call with her counterpart on Monday that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said on the eve of the summit that the army was ready.", W),
  open(c("wire form", W, "Minister Jane Example said over the phone on Monday that the army was ready.", "2025-03-10"), NO_STATEMENT),
  c("wire form", W, "Minister Jane Example told lawmakers Monday that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said in a televised interview on the evening of March 10 that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said a week ago that the army was ready.", "2025-03"),
  c("wire form", W, "Minister Jane Example said two weeks ago that the army was ready.", "2025"),
  c("wire form", W, "Minister Jane Example said in the early hours of Tuesday that the army was ready.", "2025-03-11"),
  c("wire form", W, "On Monday evening local time, Minister Jane Example said the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said earlier in March that the army was ready.", "2025-03"),
  c("wire form", W, "Minister Jane Example said in remarks published on Monday that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said at a rally on Saturday that the army was ready.", "2025-03-08"),
  c("wire form", W, "In a Monday statement, Minister Jane Example said the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said Monday night that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said earlier today that the army was ready.", W),
  c("wire form", W, "Minister Jane Example said on the 10th of March that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said on March 10th that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said on 2025-03-10 that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said this past weekend that the army was ready.", "2025-03"),
  c("wire form", W, "Minister Jane Example said this past Sunday that the army was ready.", "2025-03-09"),
  c("wire form", W, "Minister Jane Example posted on Example Social on Monday that the army was ready.", "2025-03-10"),
  c("wire form", W, "Minister Jane Example said in February last year that the army was ready.", "2024-02"),
  open(c("wire form", W, "Minister Jane Example said on 10/03/2025 that the army was ready.", "2025-03-10"), UNDECIDED),
  open(c("wire form", W, "Minister Jane Example said last summer that the army was ready.", "2024"), UNDECIDED),
];
