// Invented short reports for direct-quote recall as a class of constructions (decision 0750): the layouts of wire
// copy, translated agency copy, broadcaster transcripts, live blogs, Q&A interviews and aggregator reposts with page
// junk. Each case lists the direct quotes the spec counts (a few words of each, and the speaker's canonical name or
// null) and nothing else: any other direct statement extracted is an extra. Every sentence is invented; the known
// people are the people data's own, the others invented names.

export interface DirectCase {
  /** The construction the case stands for; misses are counted by it. */
  group: string;
  text: string;
  /** [words the quote holds, speaker] for every direct quote the spec counts. */
  want: [string, string | null][];
  /** Words that may be extracted, but never as this speaker's (a quote of someone outside the story). */
  notBy?: [string, string];
  /** Why the case is left failing. */
  open?: string;
}

const HEAD = "Allies weigh next steps\n";
const c = (group: string, body: string, ...want: [string, string | null][]): DirectCase => ({ group, text: HEAD + body, want });
const raw = (group: string, text: string, ...want: [string, string | null][]): DirectCase => ({ group, text, want });

const open = (k: DirectCase, why: string): DirectCase => ({ ...k, open: why });
const NOT_ENGLISH = "the attribution is printed in the quote's own language (\"a déclaré Macron\", \"sagte Scholz\"): no English speech verb";
const ROLE_NAMED_LATER = "a role noun before the bracket (\"The minister (…)\") whose holder is named only in the next sentence";
const TWO_DASHES = "two dashed turns inside one sentence of the splitter's (\"— A, — he said. — B.\" on one line)";
const ONE_PLAIN_QUESTION = "one unlabelled question whose answer has no first person: too weak a sign of an interview (decision 0750)";

const R = "Mark Rutte";
const Z = "Volodymyr Zelensky";
const M = "Emmanuel Macron";
const P = "Vladimir Putin";
const K = "Keir Starmer";
const L = "Sergey Lavrov";
const T = "Donald Trump";

const S = "Andrii Sybiha";
const KK = "Kaja Kallas";
const H = "Pete Hegseth";
const O = "Viktor Orbán";
const D = "Dmitry Peskov";

const MORE_FIRST: DirectCase[] = [
  // ---- wire attribution, more verbs, orders and outlets
  c("wire", "“The allies are not shopping for excuses,” Rutte told the Financial Times in an interview published on Sunday.", ["shopping for excuses", R]),
  c("wire", "“We are counting the days, not the months,” Zelensky told CNN.", ["counting the days", Z]),
  c("wire", "“There can be no security in Europe without Ukraine,” Macron insisted.", ["no security in Europe", M]),
  c("wire", "“Let me be clear: the deadline is real,” Trump warned reporters aboard Air Force One.", ["deadline is real", T]),
  c("wire", "“Every delay is paid for in lives,” Zelensky added later in the evening.", ["paid for in lives", Z]),
  c("wire", "Peskov told reporters on a conference call: “The Kremlin has seen no invitation.”", ["seen no invitation", D]),
  c("wire", "“Nothing has been agreed until everything is agreed,” Kallas said as she arrived for the meeting.", ["until everything is agreed", KK]),
  c("wire", "“We will not trade territory for a photo,” Sybiha said at a briefing in Kyiv.", ["trade territory for a photo", S]),
  c("wire", "“Europe has to pay for its own defence now,” Hegseth said in Brussels, “and it knows that.”", ["pay for its own defence", H], ["it knows that", H]),
  c("wire", "“I do not see the point of more sanctions,” Orbán told state radio on Friday morning.", ["point of more sanctions", O]),
  c("wire", "Asked about troops, Starmer said: “Boots on the ground is on the table if there is a deal.”", ["Boots on the ground", K]),
  c("wire", "“It is not about if, it is about when,” the Secretary General said of the new members.\nMark Rutte was speaking in The Hague.", ["not about if", R]),
  c("wire", "Speaking to reporters, Lavrov said: “Western guarantees are worth nothing to us.”", ["worth nothing to us", L]),
  c("wire", "“We want peace, but not at any price,” Zelensky was quoted as saying by the agency.", ["not at any price", Z]),
  c("wire", "Rutte, asked whether he was worried, replied: “Worried, no. Alert, yes.”", ["Worried, no", R]),
  c("wire", "Macron told the conference that “Europe cannot be a spectator in its own future.”"), // a quoted clause after "that": indirect (spec)
  c("wire", "According to Zelensky, “the next package will decide the spring.”", ["next package will decide", Z]),
  // ---- split, more forms
  c("split", "“I spoke to the president,” Trump said, “and he wants a deal. Everybody wants a deal.”", ["spoke to the president", T], ["he wants a deal", T]),
  c("split", "‘The goal is clear,’ said Starmer. ‘A fair and durable peace, backed by guarantees.’", ["goal is clear", K], ["fair and durable peace", K]),
  c("split", "«This is a provocation», Lavrov said. «And we will answer it.»", ["provocation", L], ["answer it", L]),
  c("split", "„We are ready“, Zelensky said, „for any format that brings real peace.“", ["We are ready", Z], ["any format", Z]),
  c("split", "\"The first shipment has landed,\" Rutte said on Monday. \"More will follow this month, and next month too.\"", ["first shipment has landed", R], ["More will follow", R]),
  // ---- over paragraphs, more
  c("paragraphs", "Macron spoke for twenty minutes.\n“We must be honest with ourselves. The threat is at our door.\n“And we must act as if it will stay there for years,” the president said.", ["honest with ourselves", M], ["act as if it will stay", M]),
  c("paragraphs", "“The plan has three parts,” Starmer said.\n“First, a ceasefire. Second, guarantees. Third, a force to back them.”", ["plan has three parts", K], ["First, a ceasefire", K]),
  c("paragraphs", "Lavrov said the West had misread Moscow.\n«They think we are bluffing.\nWe are not bluffing,» he said.", ["think we are bluffing", L]),
  // ---- nested, more
  c("nested", "“My colleague told me, ‘Do not expect miracles,’ and he was right,” Rutte said.", ["he was right", R]),
  c("nested", "Zelensky said: “When people ask me ‘when will it end?’, I say: when Russia stops.”", ["when Russia stops", Z]),
  // ---- single marks, more
  c("single", "‘The question is not whether we help, but how fast,’ Rutte told the assembly.", ["not whether we help", R]),
  c("single", "Zelensky said: ‘Our people did not choose this war. Russia did.’", ["did not choose this war", Z]),
  c("single", "‘Britain’s commitment is unwavering,’ Starmer said, ‘and it will stay so.’", ["commitment is unwavering", K], ["stay so", K]),
  c("single", "The minister said the talks had gone well. ‘We have a basis to work on,’ Sybiha told the press.", ["basis to work on", S]),
  // ---- guillemets / low-high, more
  c("guillemets", "Peskov: «Moscow does not comment on rumours about the summit.»", ["does not comment on rumours", D]),
  open(c("guillemets", "« Nous sommes prêts », a dit le président. Macron then said in English: « We are ready to help secure the peace. »", ["ready to help secure", M], ["Nous sommes prêts", M]), NOT_ENGLISH),
  c("guillemets", "The Russian foreign minister said: «Kyiv has to accept the realities on the ground.» Lavrov spoke in Ankara.", ["realities on the ground", L]),
  c("low-high", "„Putin only understands strength“, said Kallas in Tallinn.", ["only understands strength", KK]),
  c("low-high", "Zelensky: „Today we have a signal that the partners heard us.“", ["partners heard us", Z]),
  c("low-high", "The minister wrote: „We thank our friends for the air defence“. Sybiha was in Vienna.", ["thank our friends", S]),
  // ---- dashes, more
  c("dash", "Peskov was asked about the troops.\n– This is a dangerous idea, and Europe knows it, – Peskov said.", ["dangerous idea", D]),
  c("dash", "Zelensky was asked when the talks could start.\n- As soon as Russia stops shooting, - Zelensky replied.", ["As soon as Russia stops", Z]),
  c("dash", "Lavrov, asked about the guarantees:\n— They are meaningless without us at the table.", ["meaningless without us", L]),
  c("not-a-quote", "Rutte was asked about the plan. He said the allies agree on three parts:\n— more air defence for the front;\n— more shells from European plants;\n— more money for both."),
  open(c("dash", "Putin spoke briefly after the call. — We discussed everything, — he said. — Including the nuclear plant.", ["discussed everything", P], ["Including the nuclear plant", P]), TWO_DASHES),
  // ---- colons, more
  c("colon", "Zelensky's message to the summit: “Do not negotiate about us without us.”", ["without us", Z]),
  c("colon", "Rutte's answer was one line: \"We will do all it takes, for however long it takes.\"", ["all it takes", R]),
  c("colon", "Trump, in a brief statement to the pool: “We are very close. Very, very close.”", ["very close", T]),
  c("colon", "Kallas summed it up: ‘Russia is not interested in peace, it is interested in time.’", ["not interested in peace", KK]),
  // ---- parentheses, more
  c("parentheses", "Zelensky thanked the allies (“You have saved thousands of lives”) before turning to the front line.", ["saved thousands of lives", Z]),
  c("parentheses", "Rutte repeated the figure (“five per cent, and I mean it”) at the end of the press conference.", ["five per cent, and I mean it", R]),
  // ---- pronoun or role noun later, more
  c("pronoun-later", "Volodymyr Zelensky met soldiers near the front.\nHe listened for an hour.\nThen he turned to the cameras.\n“They need shells, not speeches,” the Ukrainian leader said.", ["shells, not speeches", Z]),
  c("pronoun-later", "Vladimir Putin spoke at the forum in St Petersburg.\n“We never refused talks,” the Russian president said. “It was the other side.”", ["never refused talks", P], ["other side", P]),
  c("pronoun-later", "Kaja Kallas arrived at the meeting early.\n“I have one message for Moscow,” she said. “We are not going anywhere.”", ["one message for Moscow", KK], ["not going anywhere", KK]),
  c("pronoun-later", "Pete Hegseth met his counterparts in Brussels.\n“The era of free riding is over,” the US defence secretary said.", ["era of free riding", H]),
  c("pronoun-later", "Keir Starmer flew to Kyiv overnight.\nIt was his third visit.\n“We are with you for the long haul,” he told Zelensky.", ["long haul", K]),
  c("pronoun-later", "Rutte and Zelensky held a joint press conference.\n“We agree on the goal,” Rutte said. “We agree on the means,” Zelensky said.", ["agree on the goal", R], ["agree on the means", Z]),
  // ---- posted, more
  c("posted", "Sybiha wrote on X: “Russia answered the peace offer with missiles. Again.”", ["answered the peace offer", S]),
  c("posted", "In his nightly video address, Zelensky said: “Every partner who helps today shortens the war.”", ["shortens the war", Z]),
  c("posted", "Writing on social media, Kallas said: “The pressure on Moscow must grow, not ease.”", ["must grow, not ease", KK]),
  c("posted", "Trump posted:\n“Good talks with Putin today. Much progress!”", ["Much progress", T]),
  c("posted", "Zelensky on Telegram:\n\"The enemy hit the power grid again. Repairs are under way.\"", ["hit the power grid", Z]),
  c("posted", "The secretary general wrote in a post on X: “Strong meeting with @ZelenskyyUa. NATO stands with Ukraine.”\nRutte was in Kyiv.", ["Strong meeting", R]),
  // ---- Q&A, more
  c("qa", "Interview with Andriy Sybiha.\nQ: Is Ukraine ready for a ceasefire?\nA: We are ready for a real one, not a pause for Russia to rearm.", ["Is Ukraine ready", null], ["ready for a real one", S]),
  c("qa", "Kaja Kallas spoke to us in Brussels.\nQ. Can Europe do this alone?\nA. It has to be ready to, because the alternative is worse.", ["Can Europe do this alone", null], ["has to be ready to", KK]),
  c("qa", "We spoke to Mark Rutte.\n— Will Ukraine ever join NATO?\n— The path is irreversible, and the allies agree on that.", ["Will Ukraine ever join", null], ["path is irreversible", R]),
  open(c("qa", "Zelensky answered questions from readers.\nWhen will the war end?\nWhen Russia understands it cannot win. Not before.", ["When will the war end", null], ["cannot win", Z]), ONE_PLAIN_QUESTION),
  // ---- transcripts, more
  c("transcript", "Here is a transcript of the interview.\nQUESTION: Mr Zelensky, are you tired?\nZELENSKY: Everybody is tired. But we do not have the right to stop.", ["Everybody is tired", Z]),
  c("transcript", "From the broadcast.\nInterviewer: Did the call go well?\nTrump: It went very well. He wants to make a deal.", ["went very well", T]),
  c("transcript", "PRESENTER: Mr Lavrov, is Russia ready to talk?\nLAVROV: We have always been ready. The question is to the other side.", ["always been ready", L]),
  // ---- live blogs, more
  c("live", "Live updates\n09:15 GMT\nZelensky says Ukraine will not withdraw\n“We will not give up our land,” Zelensky said in a video message.", ["give up our land", Z]),
  c("live", "As it happened\n16:32\nRutte: “We have agreed the new target. It is a historic day.”", ["agreed the new target", R]),
  c("live", "Key events\n3 min ago Lavrov speaks in Moscow\n«The proposal is unacceptable in its current form», Lavrov said.", ["unacceptable in its current form", L]),
  c("live", "LIVE\nUpdated 11:02\nStarmer: ‘A deal must be backed by real guarantees.’\nUpdated 10:48", ["backed by real guarantees", K]),
  // ---- junk, more
  c("junk", "Skip to content\nMenu\nHome > World > Europe\n“We have to produce more, faster,” Rutte said on Wednesday.\nTags: NATO, defence\nShare on Facebook", ["produce more, faster", R]),
  c("junk", "Listen to this article\n3 min\n“Russia will pay for every strike,” Zelensky said on Saturday.\nMost read\n1. Ceasefire talks stall", ["pay for every strike", Z]),
  c("junk", "Photo: Reuters\n\"We do not accept any ultimatum,\" Peskov said.\nFollow us on Telegram", ["any ultimatum", D]),
  c("junk", "This piece first appeared on the agency and is republished here.\nMacron said: “Europe will not look away.”\nComments (12)", ["not look away", M]),
  // ---- unnamed, more
  c("unnamed", "“Nobody expects a breakthrough this week,” a European diplomat said.", ["breakthrough this week", null]),
  c("unnamed", "“The numbers are not there yet,” said one official familiar with the talks.", ["numbers are not there", null]),
  // ---- unmarked, more
  c("unmarked", "We cannot keep asking our people to wait, Zelensky said in the address.", ["keep asking our people", Z]),
  // ---- headlines
  raw("headline", "Rutte: ‘Russia is the long-term threat’\nMark Rutte said on Monday that Russia remained the main threat. “Russia is the long-term threat, and it will stay so,” he told the assembly.", ["long-term threat, and it will stay", R]),
  raw("headline", "'We are ready,' says Zelensky\nVolodymyr Zelensky said Ukraine was ready for talks on a ceasefire.", ),
  // ---- precision, more
  c("not-a-quote", "Zelensky called the proposal “unacceptable” and left the room.", ),
  c("not-a-quote", "Rutte said the allies had agreed on a “path” for Ukraine but gave no date.", ),
  c("not-a-quote", "The Kremlin's “special military operation” entered its fourth year, Peskov said.", ),
  c("not-a-quote", "Starmer was speaking on the BBC's “Sunday Politics Hour” programme.", ),
  c("not-a-quote", "The talks at the “Ritz-Carlton” hotel lasted four hours, Lavrov said afterwards.", ),
  c("not-a-quote", "Macron described the plan as “serious” and “realistic” in a call with Starmer.", ),
  c("not-a-quote", "The so-called ‘reassurance force’ would stay away from the front, Starmer said.", ),
  c("not-a-quote", "Lavrov referred to the “Istanbul agreements” of 2022 several times.", ),
  c("not-a-quote", "The report, “NATO at Seventy-Five”, was published on Tuesday; Rutte wrote the foreword.", ),
  c("outside-story", "Zelensky recalled a soldier who had told him: “Do not make peace for us, make it with us.”\n“I think of him every day,” Zelensky said.", ["think of him every day", Z], ["Do not make peace for us", null]),
  { ...c("outside-story", "The ambassador read a line of Shevchenko: “Fight and you will prevail.”\n“That is our answer,” Sybiha said.", ["That is our answer", S]), notBy: ["Fight and you will prevail", S] },
];

export const FIRST_SET: DirectCase[] = [
  // ---- plain wire attribution, after and before, inverted
  c("wire", "“The door stays open for every partner,” Mark Rutte told reporters in Brussels.", ["door stays open", R]),
  c("wire", "Mark Rutte told reporters: “The door stays open for every partner.”", ["door stays open", R]),
  c("wire", "“We will keep the supply lines running through the winter,” said Volodymyr Zelensky.", ["supply lines running", Z]),
  c("wire", "\"Nobody in this room wants a frozen conflict,\" Macron said on Tuesday.", ["frozen conflict", M]),
  c("wire", "Keir Starmer said: \"Britain is ready to lead the planning work.\"", ["ready to lead the planning", K]),
  // ---- split by the attribution
  c("split", "“The alliance is calm,” Rutte said, “but it is not naive.”", ["alliance is calm", R], ["not naive", R]),
  c("split", "“We have heard the offer,” Lavrov said. “It contains nothing new.”", ["heard the offer", L], ["nothing new", L]),
  c("split", "\"Our answer is simple,\" Zelensky said. \"Give us the systems and we will hold the line.\"", ["answer is simple", Z], ["Give us the systems", Z]),
  c("split", "“This is a serious moment,” the French president said, adding: “Europe must carry more of the weight.”\nMacron spoke after the meeting.", ["serious moment", M], ["carry more of the weight", M]),
  // ---- over paragraphs
  c("paragraphs", "Rutte was blunt.\n“The numbers do not lie. Production has to triple.\n“If we wait, the bill will be higher,” he said.", ["numbers do not lie", R], ["bill will be higher", R]),
  c("paragraphs", "“There is a deal on the table,” Donald Trump said on Friday.\n“Both sides know what it looks like. Now they have to sign it.”", ["deal on the table", T], ["Both sides know", T]),
  c("paragraphs", "Zelensky said the partners had been clear.\n“They told us the shipments will come.\nThey also told us the timing depends on parliaments.”", ["shipments will come", Z]),
  // ---- nested quotes
  c("nested", "“When the minister told me ‘we cannot send more’, I asked him to look at the map,” Zelensky said.", ["look at the map", Z]),
  c("nested", "Rutte said: “Putin keeps saying ‘NATO is at war with us’. That is simply false.”", ["simply false", R], ["NATO is at war", P]),
  // ---- single marks (UK house style)
  c("single", "‘We will not be rushed into a bad settlement,’ Starmer said.", ["rushed into a bad settlement", K]),
  c("single", "Starmer told MPs: ‘The coalition is ready and the planning is serious.’", ["planning is serious", K]),
  c("single", "'There will be no pause in our support,' Rutte said in Vilnius.", ["no pause in our support", R]),
  // ---- guillemets and low-high marks (translated copy)
  open(c("guillemets", "«Nous ne laisserons pas tomber l'Ukraine», a déclaré Macron.\nIn English: «We will not drop Ukraine», Macron told the press.", ["We will not drop Ukraine", M], ["Nous ne laisserons", M]), NOT_ENGLISH),
  c("guillemets", "Lavrov said: «The West is playing with fire and it knows it.»", ["playing with fire", L]),
  c("guillemets", "«Any foreign contingent will be a legitimate target», Lavrov told a press conference in Moscow.", ["legitimate target", L]),
  c("low-high", "„We have done our homework on air defence“, Zelensky said in Berlin.", ["homework on air defence", Z]),
  c("low-high", "Rutte said: „The budget line must rise again next year.“", ["budget line must rise", R]),
  open(c("low-high", "„Diese Frage stellt sich nicht“, sagte Scholz. Olaf Scholz then added in English: „This question does not arise for us.“", ["does not arise for us", "Olaf Scholz"], ["Diese Frage", "Olaf Scholz"]), NOT_ENGLISH),
  // ---- dashes introducing speech (translated copy)
  c("dash", "Zelensky answered the journalists briefly.\n– We need the systems before the winter, not after it, – the president said.", ["need the systems before the winter", Z]),
  c("dash", "Lavrov was asked about the summit.\n— Nobody has invited us, and we are not asking, — the minister said.", ["Nobody has invited us", L]),
  c("dash", "Putin spoke to reporters after the visit.\n— The talks are possible, but only on the basis of reality, — Putin said.", ["talks are possible", P]),
  // ---- colons
  c("colon", "Rutte on the spending plan: “Three and a half per cent is the floor, not the ceiling.”", ["floor, not the ceiling", R]),
  c("colon", "The message from Zelensky was short: “We are still here and we are still fighting.”", ["still here", Z]),
  c("colon", "Macron, speaking in Paris: \"Europe has woken up, and it will not go back to sleep.\"", ["woken up", M]),
  // ---- quotes in parentheses
  c("parentheses", "Rutte rejected the idea (“This is not on the table and it never was,” he said) and moved on to the budget.", ["never was", R]),
  open(c("parentheses", "The minister (“We are not at war with anyone”) repeated the line twice. Lavrov spoke in Moscow.", ["not at war with anyone", L]), ROLE_NAMED_LATER),
  // ---- pronoun or role noun later
  c("pronoun-later", "Emmanuel Macron arrived late in Brussels.\n“The first step is a ceasefire in the air and at sea,” he said.", ["ceasefire in the air", M]),
  c("pronoun-later", "Mark Rutte spent the morning at the factory.\nHe walked along the line and met the workers.\n“This is what deterrence looks like,” the secretary general said.", ["what deterrence looks like", R]),
  c("pronoun-later", "Starmer hosted the leaders at Lancaster House.\n“This is a turning point for our continent,” the prime minister told them.", ["turning point for our continent", K]),
  c("pronoun-later", "Sergey Lavrov gave a long news conference.\n“Our position has not changed in any way,” the Russian diplomat said.", ["has not changed in any way", L]),
  // ---- wrote / posted / on X
  c("posted", "Zelensky wrote on Telegram: “Another night of drones. Another morning of repairs.”", ["Another night of drones", Z]),
  c("posted", "Rutte posted on X: “Good call with the president. We stand together.”", ["Good call with the president", R]),
  c("posted", "Posting on Truth Social late at night, Trump wrote: “The war must end now, and it will!”", ["war must end now", T]),
  c("posted", "Macron on X: “Europe will be there on the day after the ceasefire.”", ["day after the ceasefire", M]),
  c("posted", "Zelensky posted: \"Thank you to every partner who answered the call tonight.\"", ["answered the call tonight", Z]),
  // ---- Q&A interviews
  c("qa", "Volodymyr Zelensky spoke to the paper in Kyiv. The interview has been edited for length.\nQ: Will Ukraine join the alliance this decade?\nA: That is for the allies to decide, and I hope they decide soon.", ["Will Ukraine join", null], ["for the allies to decide", Z]),
  c("qa", "Mark Rutte answered our questions in Brussels.\nQuestion: Is a ceasefire close?\nRutte: I would not put a date on it. The work is hard.", ["not put a date", R]),
  c("qa", "Keir Starmer sat down with the paper on Monday.\nHow many troops would Britain send?\nWe have not decided numbers yet. The planning comes first.", ["How many troops", null], ["not decided numbers", K]),
  // ---- broadcaster transcripts
  c("transcript", "Transcript, edited.\nANCHOR: Secretary General, thank you for joining us.\nRUTTE: Thank you for having me. The alliance is united on this.", ["alliance is united", R]),
  c("transcript", "Excerpt from the programme.\nHOST: Prime Minister, will you send troops?\nSTARMER: We are prepared to, yes, as part of a coalition.", ["prepared to, yes", K]),
  // ---- live blogs
  c("live", "Live updates\n10:42 — Rutte arrives at the summit venue\n“I expect a good and focused meeting today,” Rutte told reporters on arrival.", ["good and focused meeting", R]),
  c("live", "Live\n14:05 Zelensky: “We will sign the minerals deal when it is fair.”\n14:20 The session resumes.", ["minerals deal", Z]),
  // ---- aggregator reposts with junk
  c("junk", "Share this article\nAdvertisement\n“The allies have to move faster on shells,” Rutte said on Thursday.\nRead more: Spending plans explained\nSubscribe to our newsletter", ["faster on shells", R]),
  c("junk", "Copy link\n“We will hold every village,” Zelensky said in his nightly address. Related: Drone strikes overnight\nAdvertisement", ["every village", Z]),
  // ---- attribution by a role noun only, unnamed (speaker null)
  c("unnamed", "“We are watching the border closely,” a senior NATO official said on condition of anonymity.", ["watching the border closely", null]),
  c("unnamed", "“There was no agreement on the map,” one diplomat told the agency.", ["no agreement on the map", null]),
  // ---- unmarked first-person speech
  c("unmarked", "Rutte said: We cannot let Putin win this war, and we will not.", ["cannot let Putin win", R]),
  // ---- precision: scare quotes, titles, documents, people outside the story
  c("not-a-quote", "Lavrov dismissed the so-called “peace plan” as a Western trick.", ),
  c("not-a-quote", "The allies signed the “Vilnius Declaration” on Wednesday, Rutte said.", ),
  c("not-a-quote", "Zelensky again described the offer as a ‘ceasefire in name only’ during the call.", ),
  c("not-a-quote", "Macron told reporters the “coalition of the willing” would gather again in Paris.", ),
  c("not-a-quote", "The film “The Long Winter” opened in Kyiv on Friday, as Zelensky thanked the allies for the shells.", ),
  c("not-a-quote", "Rutte read from the report, titled “Readiness in a Changed World”, at the start of the session.", ),
  { ...c("outside-story", "As Churchill once said, “Never give in.” Rutte quoted the line to the assembly.\n“We will not give in either,” Rutte said.", ["not give in either", R]), notBy: ["Never give in", R] },
  ...MORE_FIRST,
];

const SC = "Olaf Scholz";
const ME = "Giorgia Meloni";
const TU = "Donald Tusk";
const RU = "Marco Rubio";

/** Written after the rules, in other words and layouts; scored once on them. */
export const SECOND_SET: DirectCase[] = [
  // ---- transcripts of one exchange, labels of other kinds
  c("transcript", "The following is a partial transcript.\nMODERATOR: Chancellor, what is your red line?\nSCHOLZ: No German soldier will fight in this war.", ["No German soldier", SC]),
  c("transcript", "Host: Mr Rubio, is the deal close?\nRubio: It is closer than it was a week ago, but it is not done.", ["closer than it was", RU]),
  c("transcript", "Interview transcript\nJOURNALIST: Prime Minister, will Italy send troops?\nMELONI: Italian soldiers will not go there, and we have said so many times.", ["Italian soldiers will not go", ME]),
  c("transcript", "ANCHOR: Do you trust the Russian side?\nTUSK: Nobody in Poland trusts them. Why would we?", ["Nobody in Poland trusts", TU]),
  // ---- Q&A with unlabelled or dashed questions
  c("qa", "Donald Tusk gave an interview to the weekly.\nWill Poland send troops to Ukraine?\nWe are not planning that. Our job is to guard our own border.\nAnd the eastern shield?\nIt is being built, and we will finish it.", ["Will Poland send troops", null], ["not planning that", TU], ["And the eastern shield", null], ["being built", TU]),
  c("qa", "Marco Rubio spoke with the radio station on Friday.\n— Is a ceasefire realistic this spring?\n— It is possible if both sides want it. We are pushing hard.", ["Is a ceasefire realistic", null], ["possible if both sides", RU]),
  c("qa", "The newspaper interviewed Giorgia Meloni in Rome.\nQ. What does Italy offer?\nA. We offer training and air defence, and we keep our word.", ["What does Italy offer", null], ["offer training and air defence", ME]),
  // ---- low-high marks with the stop inside
  c("low-high", "Scholz told the Bundestag: „Germany will stay the largest supporter in Europe.“", ["largest supporter in Europe", SC]),
  c("low-high", "„We need a ceasefire first“, Tusk said. „Then we can talk about guarantees.“", ["ceasefire first", TU], ["talk about guarantees", TU]),
  c("low-high", "Meloni: „Our support does not depend on the news cycle.“", ["news cycle", ME]),
  // ---- short dashed turns with an attribution
  c("dash", "Lavrov was asked about the deadline.\n– There is no deadline, – he said.", ["no deadline", L]),
  c("dash", "Peskov was asked whether Putin would go.\n— Not at this stage, — Peskov answered.", ["Not at this stage", D]),
  // ---- brackets
  c("parentheses", "Tusk dismissed the offer (“This is theatre, not diplomacy”) and moved to the sanctions.", ["theatre, not diplomacy", TU]),
  c("parentheses", "Meloni praised the soldiers (“They are the best of us”) before the cabinet met.", ["best of us", ME]),
  // ---- precision: names of works, sayings from the past, words told by an unnamed person
  c("not-a-quote", "The strategy, “Ready Europe 2030”, was presented on Wednesday, Kallas said.", ),
  c("not-a-quote", "Scholz spoke at the launch of the book, “Twenty Years of Drift”, in Berlin.", ),
  c("not-a-quote", "The exercise, “Steadfast Shield”, begins on Monday; Rutte will attend.", ),
  { ...c("outside-story", "As Roosevelt famously said, “The only thing we have to fear is fear itself.” Tusk repeated it.\n“Poland is not afraid,” Tusk said.", ["Poland is not afraid", TU]), notBy: ["only thing we have to fear", TU] },
  c("outside-story", "Meloni recalled a mother who had told her: “Bring my son home before winter.”\n“I promised to try,” Meloni said.", ["Bring my son home", null], ["promised to try", ME]),
  // ---- constructions the first set held, reworded
  c("wire", "“The sanctions will stay until Russia pulls back,” Tusk told reporters in Warsaw.", ["sanctions will stay", TU]),
  c("wire", "Rubio said: “We are not going to negotiate in public.”", ["negotiate in public", RU]),
  c("wire", "“Italy has done its part and will keep doing it,” said Meloni.", ["done its part", ME]),
  c("split", "“We are listening,” Scholz said, “but we are not naive either.”", ["We are listening", SC], ["not naive either", SC]),
  c("split", "‘There is a window,’ Rubio said. ‘It will not stay open for ever.’", ["There is a window", RU], ["stay open for ever", RU]),
  c("paragraphs", "Tusk spoke after the summit.\n“The east of Europe has warned for years. Nobody listened.\n“Now everybody listens,” he said.", ["warned for years", TU], ["everybody listens", TU]),
  c("nested", "“The chancellor said to me, ‘We will do it together,’ and we did,” Tusk said.", ["and we did", TU]),
  c("single", "‘We will not let the grid fail this winter,’ Zelensky told the nation.", ["grid fail this winter", Z]),
  c("guillemets", "«There is nothing to discuss with Brussels», Peskov told journalists.", ["nothing to discuss", D]),
  c("colon", "Meloni's reply was short: “Italy keeps its word.”", ["keeps its word", ME]),
  c("pronoun-later", "Donald Tusk met the border guards at dawn.\nHe shook every hand.\n“You are our first line,” the Polish prime minister told them.", ["first line", TU]),
  c("pronoun-later", "Marco Rubio landed in Riyadh late on Sunday.\n“We are here to listen to both sides,” he said.", ["listen to both sides", RU]),
  c("posted", "Tusk wrote on X: “Europe must be able to defend itself. Full stop.”", ["defend itself", TU]),
  c("posted", "Scholz on social media: “Good talks in Kyiv today. Germany stands firm.”", ["Germany stands firm", SC]),
  c("live", "Live updates\n12:30\nMeloni: “Italy will host the next conference.”\n12:10 Leaders arrive", ["host the next conference", ME]),
  c("junk", "Advertisement\nShare\n“We are building a wall of drones,” Tusk said on Tuesday.\nRead more: Border plans\nFollow us", ["wall of drones", TU]),
  c("unnamed", "“The mood in the room was grim,” one participant said.", ["mood in the room", null]),
  c("not-a-quote", "Rubio called the plan “a starting point” for the talks.", ),
  c("not-a-quote", "Tusk read the so-called “twenty points” aloud in the Sejm.", ),
  c("not-a-quote", "Meloni appeared on the talk show “Five Minutes” on Wednesday.", ),
  c("headline", "Tusk: ‘We will not be a transit corridor for threats’\nDonald Tusk spoke in Rzeszów on Friday. “We will not be a transit corridor for threats,” he said.", ["transit corridor", TU]),
];
export const EXTRA: DirectCase[] = [raw("headline", "‘We will not blink,’ says Rutte\nMark Rutte spoke in Brussels on Monday. “We will not blink,” he said.", ["not blink", R])];
