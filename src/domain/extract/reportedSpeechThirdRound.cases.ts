// Decision 0765: reported speech, third round. Invented sentences (names from the people data, every sentence my own)
// for the classes the dev misses grouped into: what something was called ("which X described as “…”", "an attack X
// calls “…”", "by calling A “B”"), a person's words put as a noun inside another's report ("Y said he agreed with X's
// statement that …"), participles of manner ("responded by urging", "took to social media urging"), requests with a
// person and an infinitive ("told the allies to …", "advised X to …"), a stance named as a noun ("expressed his
// opposition to …"), more words after a quote ("…,” she said, adding he would …"; "…,” and said that …"), two
// speakers in one sentence (", and X said …"), hedged verbs ("appeared to acknowledge that"), and a participle of
// saying opening the sentence ("Noting that A, X said B"). Marks as in 0730/0745: the reported words between ⟦ and ⟧,
// and for each its speaker; every other statement extracted is listed as "extra: <quote>" (an outer report around a
// nested one, for instance). Decoys list nothing and must give nothing.

export type Row = [construction: string, marked: string, expected: (string | null)[]];

/** Set 1: written before any rule of this round (two probe slips fixed: a direct quote and a praise left unmarked). */
export const SET_1: Row[] = [
  ["called", "Foreign Minister Andrii Sybiha called ⟦the overnight strikes “a deliberate attack on civilians,”⟧ and demanded more air defence.", ["Andrii Sybiha"]],
  ["called", "On Monday the Ukrainian president called ⟦the proposal “a dead end”⟧.", ["Volodymyr Zelensky"]],
  ["called", "Kremlin spokesman Dmitry Peskov described ⟦the new sanctions as “economic warfare”⟧, according to state media.", ["Dmitry Peskov"]],
  ["called", "Mark Rutte has described ⟦the drone incursions as reckless and dangerous⟧.", ["Mark Rutte"]],
  ["called", "Emmanuel Macron responded by calling ⟦the ultimatum “unacceptable”⟧.", ["Emmanuel Macron"]],
  ["called", "Kaja Kallas had reacted to the vote by calling ⟦the outcome “a victory for democracy,”⟧ drawing praise from allies.", ["Kaja Kallas"]],
  ["called", "The strike hit a hospital, which Volodymyr Zelensky described as ⟦“a crime against humanity.”⟧", ["Volodymyr Zelensky"]],
  ["called", "Officials discussed the shelling of the port, an attack Kaja Kallas calls ⟦“pure terror”⟧.", ["Kaja Kallas"]],
  ["called", "Boris Pistorius eventually softened his tone, describing ⟦the talks as “productive.”⟧", ["Boris Pistorius"]],
  ["called", "Keir Starmer dismissed ⟦the Russian offer as a stunt⟧.", ["Keir Starmer"]],
  ["called", "Friedrich Merz rejected ⟦the criticism as unfounded⟧.", ["Friedrich Merz"]],
  ["accused", "Sergey Lavrov accused ⟦the West of prolonging the war⟧.", ["Sergey Lavrov"]],
  ["accused", "Sybiha condemned the strike. Andrii Sybiha then accused ⟦Moscow of using winter as a weapon⟧.", ["Andrii Sybiha"]],
  ["accused", "Andrii Sybiha called the attack ⟦“another night of terror,”⟧ accusing ⟦Russia of targeting power stations⟧.", ["Andrii Sybiha", "Andrii Sybiha"]],
  ["accused", "Earlier, Boris Pistorius admitted ⟦the delays in ammunition deliveries⟧ and accused ⟦the Russian navy of reckless manoeuvres⟧.", ["Boris Pistorius", "Boris Pistorius"]],
  ["accused", "Vladimir Putin blamed ⟦Western capitals for the conflict⟧ in a speech on Tuesday.", ["Vladimir Putin"]],
  ["accused", "Volodymyr Zelensky quickly blamed ⟦Moscow⟧ while his foreign minister called for calm.", ["Volodymyr Zelensky"]],
  ["accused", "Recep Tayyip Erdoğan said ⟦he would block the bid⟧ and further accused ⟦the two applicants of sheltering militants⟧.", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"]],
  ["noun-that", "Dmitry Peskov said he agreed with Marco Rubio’s statement that ⟦the war had reached a stalemate⟧.", ["Marco Rubio", "extra: he agreed with Marco Rubio’s statement that the war had reached a stalemate"]],
  ["noun-that", "Her remarks answered Erdoğan’s statement on Monday that ⟦Ankara would veto the bid⟧.", ["Recep Tayyip Erdoğan"]],
  ["noun-that", "The plan echoes Emmanuel Macron’s earlier suggestion that ⟦European troops could be sent after a ceasefire⟧.", ["Emmanuel Macron"]],
  ["noun-that", "Mark Rutte disagreed with Donald Trump's claim that ⟦Europe was not paying its share⟧.", ["Donald Trump"]],
  ["noun-that", "The ministers discussed Zelensky’s warning that ⟦Russia was massing troops in the north⟧.", ["Volodymyr Zelensky"]],
  ["noun-that", "Kaja Kallas rejected Sergey Lavrov’s assertion that ⟦the sanctions had failed⟧.", ["Sergey Lavrov", "extra: rejected Sergey Lavrov’s assertion that the sanctions had failed"]],
  ["request", "Volodymyr Zelensky urged ⟦western allies to approve the plan⟧.", ["Volodymyr Zelensky"]],
  ["request", "Volodymyr Zelensky has since called on ⟦donor countries to speed up air defence deliveries⟧.", ["Volodymyr Zelensky"]],
  ["request", "Gitanas Nausėda advised ⟦the allies to ignore the threats from Moscow⟧.", ["Gitanas Nausėda"]],
  ["request", "Donald Trump took to social media on Sunday urging ⟦the two sides to halt the fighting⟧.", ["Donald Trump"]],
  ["request", "Keir Starmer told ⟦European leaders to spend more on defence⟧.", ["Keir Starmer"]],
  ["after-quote", "“⟦We need more⟧,” Volodymyr Zelensky said, adding ⟦he would raise the issue with Trump⟧.", ["Volodymyr Zelensky", "Volodymyr Zelensky"]],
  ["participle", "Mark Rutte praised ⟦the budget plan⟧, noting ⟦most allies now spend two percent⟧.", ["Mark Rutte", "Mark Rutte"]],
  ["participle", "Mark Rutte cited the figures, mentioning that ⟦Moscow spends a third of its budget on arms⟧.", ["Mark Rutte"]],
  ["noun-object", "Dmytro Kuleba has again pressed for ⟦a clear invitation to the alliance⟧.", ["Dmytro Kuleba"]],
  ["noun-object", "Volodymyr Zelensky continued by pushing for ⟦direct talks with the Kremlin⟧.", ["Volodymyr Zelensky"]],
  ["noun-object", "In an interview, David Cameron voiced ⟦his opposition to a training mission inside Ukraine⟧.", ["David Cameron"]],
  ["noun-object", "Donald Trump has repeatedly expressed ⟦his intention to end the war quickly⟧.", ["Donald Trump"]],
  ["noun-object", "Anita Anand has promised ⟦to send more ammunition from Canadian stocks⟧.", ["Anita Anand"]],
  ["decoy", "Andrii Sybiha called the minister on Monday.", []],
  ["decoy", "The court accused the company of fraud.", []],
  ["decoy", "Mark Rutte's statement was published on the alliance website.", []],
  ["decoy", "Donald Trump's claim drew criticism from Democrats.", []],
  ["decoy", "Keir Starmer called Emmanuel Macron after the meeting.", []],
  ["decoy", "Volodymyr Zelensky raised the flag at the ceremony.", []],
];

/** Set 2: held out, written after the rules for what was called, nouns and manner, before the others; scored once. */
export const SET_2: Row[] = [
  ["called", "The drone attack hit a school, which Andrii Sybiha described as ⟦“an act of pure barbarism.”⟧", ["Andrii Sybiha"]],
  ["called", "Ministers debated the blockade, a step Kaja Kallas calls ⟦“economic blackmail”⟧.", ["Kaja Kallas"]],
  ["called", "Donald Trump reacted on Friday by calling ⟦the ruling “a disgrace”⟧.", ["Donald Trump"]],
  ["called", "Sergey Lavrov answered by calling ⟦the summit declaration “a provocation,”⟧ Russian media reported.", ["Sergey Lavrov"]],
  ["called", "Mark Rutte dubbed ⟦the new strategy “a wake-up call”⟧ during the meeting.", ["Mark Rutte"]],
  ["called", "The ceasefire collapsed within hours, an outcome Emmanuel Macron termed ⟦“deeply regrettable”⟧.", ["Emmanuel Macron"]],
  ["called", "Dmitry Peskov replied by calling ⟦the idea “absurd”⟧ and refused to comment further.", ["Dmitry Peskov"]],
  ["noun-that", "Volodymyr Zelensky said he did not accept Donald Trump's claim that ⟦Ukraine had started the war⟧.", ["Donald Trump", "extra: he did not accept Donald Trump's claim that Ukraine had started the war"]],
  ["noun-that", "Kaja Kallas said she welcomed Keir Starmer’s pledge that ⟦British troops would stay as long as needed⟧.", ["Keir Starmer", "extra: she welcomed Keir Starmer’s pledge that British troops would stay as long as needed"]],
  ["noun-that", "The move contradicts Sergey Lavrov’s earlier assurances that ⟦Russia had no plans to attack Moldova⟧.", ["Sergey Lavrov"]],
  ["noun-that", "Analysts recalled Vladimir Putin’s prior comments last month that ⟦Russia was open to talks⟧.", ["Vladimir Putin"]],
  ["manner", "Volodymyr Zelensky responded by urging ⟦the allies to send more air defence systems⟧.", ["Volodymyr Zelensky"]],
  ["manner", "Keir Starmer opened the summit by warning that ⟦Europe faced a generational challenge⟧.", ["Keir Starmer"]],
  ["manner", "Emmanuel Macron took to X on Sunday urging ⟦European leaders to stay united⟧.", ["Emmanuel Macron"]],
  ["manner", "Andrii Sybiha has since called on ⟦the partners to tighten the oil price cap⟧.", ["Andrii Sybiha"]],
  ["request", "Mark Rutte advised ⟦member states to speed up their orders⟧.", ["Mark Rutte"]],
  ["request", "Volodymyr Zelensky told ⟦the allies to stop waiting for Moscow⟧.", ["Volodymyr Zelensky"]],
  ["noun-object", "Keir Starmer expressed ⟦his determination to keep supporting Kyiv⟧.", ["Keir Starmer"]],
  ["noun-object", "Friedrich Merz expressed ⟦his readiness to send German peacekeepers⟧ on Tuesday.", ["Friedrich Merz"]],
  ["after-quote", "“⟦The door is open⟧,” Mark Rutte said, adding ⟦he hoped the talks would resume soon⟧.", ["Mark Rutte", "Mark Rutte"]],
  ["decoy", "The blast hit a depot, which Andrii Sybiha visited on Monday.", []],
  ["decoy", "Kaja Kallas called the meeting to order.", []],
  ["decoy", "Emmanuel Macron opened the summit by greeting the guests.", []],
  ["decoy", "Donald Trump took to the stage to loud applause.", []],
  ["decoy", "Mark Rutte's statement was read out by a spokesperson.", []],
  ["decoy", "Keir Starmer expressed his thanks to the hosts.", []],
  ["decoy", "The report, called “Europe Rearmed,” was published on Monday.", []],
];

/** Set 3: more classes from the dev misses, written before their rules. */
export const SET_3: Row[] = [
  ["after-quote", "Speaking in Tallinn, Boris Johnson said “⟦We will stay out of the fight⟧,” and said that ⟦British jets would keep to allied airspace⟧.", ["Boris Johnson", "Boris Johnson"]],
  ["after-quote", "“⟦We need more than ten years⟧,” Volodymyr Zelensky said, adding ⟦he would count it a success if the partners agreed⟧.", ["Volodymyr Zelensky", "Volodymyr Zelensky"]],
  ["after-quote", "“⟦The door stays open⟧,” Mark Rutte told reporters, adding ⟦the allies would decide in June⟧.", ["Mark Rutte", "Mark Rutte"]],
  ["two-speakers", "Dmitry Peskov also said that ⟦the summit would change nothing for Moscow⟧, and Mark Rutte said ⟦he hopes the summit will send a clear signal⟧.", ["Dmitry Peskov", "Mark Rutte"]],
  ["two-speakers", "Kaja Kallas said ⟦the bloc would keep the sanctions⟧, while Sergey Lavrov claimed ⟦they had already failed⟧.", ["Kaja Kallas", "Sergey Lavrov"]],
  ["fronted-participle", "While pointing out that ⟦the winter would slow the fighting⟧, Mark Milley said ⟦the talks could start soon⟧.", ["Mark Milley", "Mark Milley"]],
  ["fronted-participle", "Noting that ⟦the front had barely moved in months⟧, Mark Rutte said ⟦Europe should get ready for years of fighting⟧.", ["Mark Rutte", "Mark Rutte"]],
  ["subordinate", "After Mark Milley suggested that ⟦the winter offered a window for talks⟧, the White House moved to reassure Kyiv.", ["Mark Milley"]],
  ["subordinate", "When Mark Rutte warned that ⟦Russia could attack within five years⟧, several ministers agreed.", ["Mark Rutte"]],
  ["appeared", "Volodymyr Zelensky appeared to acknowledge that ⟦some allies saw the end of the war differently⟧.", ["Volodymyr Zelensky"]],
  ["appeared", "Mark Rutte seemed to suggest that ⟦the guarantees would come only after a deal⟧.", ["Mark Rutte"]],
  ["explained-why", "The Finnish president Alexander Stubb explained why ⟦the three principles could not be traded away⟧.", ["Alexander Stubb"]],
  ["apposition-told", "Rustem Umerov, who leads the Ukrainian delegation, told reporters ⟦the team expected little from the first day⟧.", ["Rustem Umerov"]],
  ["after-subordinate", "When the host asked about guarantees, Mark Rutte sidestepped the question, indicating that ⟦such guarantees would matter only after a deal⟧.", ["Mark Rutte"]],
  ["decoy", "While pointing at the map, Mark Rutte walked to the door.", []],
  ["decoy", "Volodymyr Zelensky appeared to be tired after the trip.", []],
  ["decoy", "After Mark Rutte arrived, the meeting began.", []],
];

/** Set 4: held out, written after every rule of this round, scored once (22 of 23 marks right when first scored). */
export const SET_4: Row[] = [
  ["called", "Shelling destroyed the bridge, which Rustem Umerov described as ⟦“a blow to the whole region.”⟧", ["Rustem Umerov"]],
  ["called", "The envoys discussed the grain corridor, a route Recep Tayyip Erdoğan calls ⟦“a lifeline for millions”⟧.", ["Recep Tayyip Erdoğan"]],
  ["called", "Friedrich Merz replied by calling ⟦the Russian note “pure propaganda”⟧.", ["Friedrich Merz"]],
  ["called", "Giorgia Meloni termed ⟦the compromise “a step forward”⟧ after the vote.", ["Giorgia Meloni"]],
  ["accused", "Dmitry Peskov said ⟦the talks had stalled⟧ and further accused ⟦Kyiv of stalling on purpose⟧.", ["Dmitry Peskov", "Dmitry Peskov"]],
  ["noun-that", "Andrii Sybiha said he rejected Sergey Lavrov’s claim that ⟦Ukraine was preparing an attack⟧.", ["Sergey Lavrov", "extra: he rejected Sergey Lavrov’s claim that Ukraine was preparing an attack"]],
  ["noun-that", "The minister’s plan follows Keir Starmer’s recent pledge that ⟦British jets would patrol the Baltic⟧.", ["Keir Starmer"]],
  ["manner", "Kaja Kallas responded by warning that ⟦the bloc would not lift a single sanction⟧.", ["Kaja Kallas"]],
  ["request", "Mark Rutte told ⟦the defence ministers to double their orders for shells⟧.", ["Mark Rutte"]],
  ["request", "Emmanuel Macron advised ⟦his partners to keep their options open⟧.", ["Emmanuel Macron"]],
  ["noun-object", "Olaf Scholz voiced ⟦his reluctance to send long-range missiles⟧.", ["Olaf Scholz"]],
  ["noun-object", "Donald Tusk expressed ⟦his readiness to host the next round of talks⟧.", ["Donald Tusk"]],
  ["after-quote", "“⟦We are ready⟧,” Volodymyr Zelensky said, adding ⟦the partners would hear the details on Friday⟧.", ["Volodymyr Zelensky", "Volodymyr Zelensky"]],
  ["after-quote", "Mark Rutte said “⟦we stand together⟧” and said that ⟦the alliance would meet again in June⟧.", ["Mark Rutte", "Mark Rutte"]],
  ["two-speakers", "Sergey Lavrov said that ⟦Moscow saw no basis for talks⟧, and Andrii Sybiha said ⟦Kyiv would not beg for them⟧.", ["Sergey Lavrov", "Andrii Sybiha"]],
  ["appeared", "Keir Starmer appeared to concede that ⟦the force would need American support⟧.", ["Keir Starmer"]],
  ["fronted-participle", "Insisting that ⟦Ukraine must decide its own future⟧, Friedrich Merz said ⟦Germany would keep its support⟧.", ["Friedrich Merz", "Friedrich Merz"]],
  ["decoy", "The convoy crossed the bridge, which Rustem Umerov inspected on Monday.", []],
  ["decoy", "Giorgia Meloni opened the session by thanking the staff.", []],
  ["decoy", "Mark Rutte told the story of his first summit.", []],
  ["decoy", "Olaf Scholz expressed his gratitude to the hosts.", []],
  ["decoy", "Noting the time, Donald Tusk closed the meeting.", []],
  ["decoy", "Keir Starmer appeared to be in good spirits.", []],
];

/** Set 5: written with their rules (not held out): a title possessing the words, joined verbs, quoted fragments. */
export const SET_5: Row[] = [
  ["noun-that", "Mark Rutte spoke on Monday. The plan follows the NATO chief’s earlier warning that ⟦the allies must spend more⟧.", ["Mark Rutte"]],
  ["noun-that", "Kaja Kallas met the envoys. Diplomats recalled the EU foreign policy chief’s recent remarks that ⟦the bloc would not recognise the annexation⟧.", ["Kaja Kallas"]],
  ["decoy", "Mark Rutte spoke on Monday. The NATO chief’s plane landed late.", []],
  // A second verb joined by "and" closes the first report; "said A “verb …”" reads a short subject and quoted words.
  ["joined", "Sergey Lavrov called ⟦the new sanctions “pointless”⟧ and said ⟦future contacts “depend on Washington.”⟧", ["Sergey Lavrov", "Sergey Lavrov"]],
  ["joined", "Kaja Kallas said ⟦the next package “comes in March.”⟧", ["Kaja Kallas"]],
  ["decoy", "Kaja Kallas said “Hello” to the guards.", []],
];

/** Known gaps: each still reads otherwise (the test asserts it, so fixing one fails its row on purpose). */
export const GAPS: Row[] = [
  // A platform of two words after "took to" (the manner pattern takes one capitalised word or "social media").
  ["manner", "Donald Trump took to Truth Social urging ⟦Congress to pass the aid bill⟧.", ["Donald Trump"]],
  // "cited A as B", "branded A a B" with a time after it, a passive "was hailed as “…” by X": no rule tried.
  ["called", "Mark Rutte cited ⟦the rise in Russian arms output as proof of the danger⟧.", ["Mark Rutte"]],
  ["called", "Donald Trump branded ⟦the talks a failure⟧ on Sunday.", ["Donald Trump"]],
  ["called", "⟦The second day of negotiations in Riyadh was hailed as “useful”⟧ by Ukrainian Defence Minister Rustem Umerov.", ["Rustem Umerov"]],
  // "X's view that …": "view" is not among the speech nouns (it names an opinion the possessor may never have voiced).
  ["noun-that", "Mark Rutte said he shared Friedrich Merz’s view that ⟦Europe must build up its own defences⟧.", ["Friedrich Merz", "extra: he shared Friedrich Merz’s view that Europe must build up its own defences"]],
  // Acts named with a noun object whose report status the spec does not settle.
  ["noun-object", "Micheál Martin also raised ⟦the need for faster accession talks⟧.", ["Micheál Martin"]],
  ["noun-object", "Dmytro Kuleba unveiled ⟦a scheme for a peace conference in the spring⟧.", ["Dmytro Kuleba"]],
  ["noun-object", "Emmanuel Macron refused ⟦to rule out sending troops in the future⟧.", ["Emmanuel Macron"]],
  // A participle after a noun ("gave an interview claiming …") has no comma to attach it to the subject.
  ["participle", "Sergey Lavrov gave a long interview claiming ⟦the West had started the war⟧.", ["Sergey Lavrov"]],
];
