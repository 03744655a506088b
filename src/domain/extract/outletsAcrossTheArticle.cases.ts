// Invented short reports for the outlet cited as a class of constructions across an article (decision 0770): an
// outlet stated once for a speaker and carried to the speaker's later words until another occasion or outlet is
// stated; chains of receiving and citing outlets; the publisher's own interview (no outlet, decision 0236); agency
// rewrites ("told X", "in comments to X", "wrote on X"); an outlet named only in the headline or the lede. Each case
// lists, in order, a few words of every statement the spec counts with the outlet it should get (null: none). Every
// sentence is invented; the people are the people data's own, the outlets the outlet data's or invented names.

export interface OutletCase {
  /** The construction the case stands for; errors are counted by it. */
  group: string;
  text: string;
  /** The publisher of the report (the outlet never cited for itself, decision 0236). */
  publisher: string | null;
  /** [words the statement holds, outlet chain or null] for each statement checked. */
  want: [string, string | null][];
  /** Why the case is left failing. */
  open?: string;
}

const HEAD = "Allies weigh next steps\n";
const c = (group: string, body: string, ...want: [string, string | null][]): OutletCase => ({ group, text: HEAD + body, publisher: "Example Post", want });
const pub = (group: string, publisher: string, body: string, ...want: [string, string | null][]): OutletCase => ({ group, text: HEAD + body, publisher, want });
const raw = (group: string, text: string, ...want: [string, string | null][]): OutletCase => ({ group, text, publisher: "Example Post", want });
const open = (k: OutletCase, why: string): OutletCase => ({ ...k, open: why });

const VENUE_UN = "\"said at the United Nations\" is no venue the venue patterns read, so nothing marks the words as another occasion";
const PRESENTER_SUBJECT = "the presenter is the sentence's subject (\"Example TV presenter Jane Sample spoke with X\"): the interview is hers, not the speaker's";
const QUOTED_NAME = "an outlet's name in quotation marks inside the frame (\"the newspaper «Example»\") loses the reported statement itself (statement recall)";
const ROLE_NOUN_RECALL = "\"The defence secretary said …\" is not found as a statement (statement recall, not the outlet)";
const NAME_WITH_DIGIT = "an unknown outlet of a letter and a digit (\"M1\") is not read as a name";
const UNKNOWN_AFTER_INTERVIEWED_BY = "an unknown name after \"interviewed by\" must be shaped as media (decision 0695: \"asked by President X\" names none)";
const ONE_QUESTION = "a single labelled question and answer is too weak a sign of an interview to find the answer (decision 0750)";

export const FIRST_SET: OutletCase[] = [
  // ---- an outlet stated once carries to the speaker's later words
  c("carried", "Mark Rutte told the Financial Times that allies must spend more on air defence.\n\n“We cannot wait for another winter,” Rutte said.\n\nHe added that the alliance would send no troops to Ukraine.",
    ["spend more on air defence", "Financial Times"], ["another winter", "Financial Times"], ["would send no troops", "Financial Times"]),
  c("carried", "In an interview with Politico, Kaja Kallas said Europe had to get ready for a long war.\n\n“Russia is not interested in peace,” she said.\n\nKallas also said sanctions would be tightened.",
    ["ready for a long war", "Politico"], ["not interested in peace", "Politico"], ["sanctions would be tightened", "Politico"]),
  c("carried", "Volodymyr Zelensky told CBS News on Sunday that Ukraine needed more Patriot systems.\n\nThe president said talks with Moscow could start only after a ceasefire.\n\n“We are ready for a meeting at any level,” Zelensky said.",
    ["more Patriot systems", "CBS News"], ["only after a ceasefire", "CBS News"], ["any level", "CBS News"]),
  c("carried", "Speaking to Sky News, Keir Starmer said Britain stood ready to send soldiers to help Ukraine.\n\n“This is about deterrence,” the prime minister said. “It is not about escalation.”",
    ["send soldiers to help Ukraine", "Sky News"], ["about deterrence", "Sky News"], ["not about escalation", "Sky News"]),
  c("carried", "Andrii Sybiha said in comments to Reuters that Kyiv would not accept a frozen conflict.\n\nSybiha said Ukraine's path to NATO was irreversible.",
    ["frozen conflict", "Reuters"], ["irreversible", "Reuters"]),

  // ---- the carrying stops at another occasion or at another speaker
  c("stops", "Mark Rutte told CNN that the alliance would guard every inch of its land.\n\nAt a news conference in Brussels on Thursday, Rutte said defence spending had to rise.",
    ["every inch", "CNN"], ["spending had to rise", null]),
  c("stops", "Emmanuel Macron told Le Monde that Europe should be ready to send troops after a ceasefire.\n\nIn a speech to ambassadors later, Macron said Europe must not be naive.",
    ["ready to send troops", "Le Monde"], ["must not be naive", null]),
  c("stops", "Kaja Kallas told Euronews that Russia was testing Europe.\n\nDmitry Peskov said the Kremlin saw no reason for talks.\n\nSergey Lavrov told reporters that the West had chosen war.",
    ["testing Europe", "Euronews"], ["no reason for talks", null], ["chosen war", null]),
  c("stops", "Volodymyr Zelensky said in an interview given to Fox News that Ukraine would not give up land.\n\nAddressing parliament on Tuesday, Zelensky said the army needed more recruits.",
    ["not give up land", "Fox News"], ["more recruits", null]),
  c("stops", "Keir Starmer told the BBC that a peace deal needed American backing.\n\nLater, speaking to reporters at the summit, Starmer said Europe would carry the main load.",
    ["American backing", "BBC"], ["main load", null]),

  // ---- chains: the outlet that received the words, then the one that passed them on
  c("chain", "Volodymyr Zelensky told Axios, as cited by Ukrinform, that the talks were at a turning point.",
    ["turning point", "Axios; Ukrinform"]),
  c("chain", "Sergey Lavrov told RT that NATO troops in Ukraine would be a legitimate target, TASS reported.",
    ["legitimate target", "RT; TASS"]),
  c("chain", "Mark Rutte said in a long interview with Welt am Sonntag, quoted by Reuters, that Europe had to build more shells.",
    ["more shells", "Welt am Sonntag; Reuters"]),
  c("chain", "Dmitry Peskov said the Kremlin would study the proposal, according to RIA Novosti.",
    ["study the proposal", "RIA Novosti"]),
  c("chain", "Kaja Kallas said Europe could not be left out of the talks, Bloomberg reported, citing an interview with the Finnish broadcaster Yle.",
    ["left out of the talks", "Yle; Bloomberg"]),

  // ---- the publisher's own interview: no outlet
  pub("own", "Politico", "In an interview with Politico, Kaja Kallas said Europe must not be naive.\n\n“We have learned this lesson,” she said.",
    ["must not be naive", null], ["learned this lesson", null]),
  pub("own", "Financial Times", "Mark Rutte told the Financial Times that allies had to spend more.\n\nHe said the alliance would not send troops.",
    ["spend more", null], ["not send troops", null]),
  pub("own", "Ukrinform", "Andrii Sybiha told Ukrinform that Kyiv expected a decision by summer.\n\nSybiha added that Ukraine would never recognise occupied land, Ukrinform reports.",
    ["decision by summer", null], ["never recognise", null]),

  // ---- agency rewrites
  c("rewrite", "“There will be no talks under pressure,” Dmitry Peskov told TASS.", ["no talks under pressure", "TASS"]),
  c("rewrite", "Sergey Lavrov, in comments to RIA Novosti, said Moscow would respond to any deployment.", ["respond to any deployment", "RIA Novosti"]),
  c("rewrite", "Volodymyr Zelensky wrote on Telegram that the air defence had downed most of the drones.", ["downed most of the drones", "Telegram"]),
  c("rewrite", "Andrii Sybiha wrote on X that Russia had rejected the ceasefire again.", ["rejected the ceasefire", "X"]),
  c("rewrite", "In his evening video address, Volodymyr Zelensky said Ukraine would keep pressing for membership.", ["pressing for membership", null]),
  c("rewrite", "Mark Rutte told reporters in The Hague that the alliance was united.", ["alliance was united", null]),

  // ---- an outlet named in the headline or the lede only
  raw("headline", "Rutte tells Fox News allies will not send troops\nMark Rutte said the alliance had no plans to deploy forces in Ukraine.\n\n“That is not on the table,” Rutte said.",
    ["no plans to deploy", "Fox News"], ["not on the table", "Fox News"]),
  raw("headline", "Zelensky in CNN interview: Ukraine needs guarantees\nVolodymyr Zelensky said security guarantees had to come before any ceasefire.\n\n“Without them, Russia will come back,” he said.",
    ["before any ceasefire", "CNN"], ["come back", "CNN"]),
  c("lede", "Kaja Kallas gave an interview to Deutsche Welle on Monday.\n\nKallas said Europe would keep arming Ukraine.\n\n“We are in it for the long haul,” she said.",
    ["keep arming Ukraine", "Deutsche Welle"], ["long haul", "Deutsche Welle"]),
  c("lede", "Mark Rutte sat down with NBC News ahead of the summit.\n\nRutte said membership for Ukraine was not on the agenda.\n\n“The door is open, but not now,” he said.",
    ["not on the agenda", "NBC News"], ["door is open", "NBC News"]),
  // ---- more wordings of the same classes
  c("carried", "“Putin does not want peace,” Volodymyr Zelensky told CNN in a Sunday interview.\n\nRussian forces pressed on in the east overnight, the army said.\n\nZelensky said he was ready to meet Donald Trump in Europe.",
    ["does not want peace", "CNN"], ["meet Donald Trump", "CNN"]),
  c("carried", "Dmitry Peskov was quoted by Interfax as saying that Moscow had received no proposal.\n\nPeskov also said the Kremlin was open to contacts with Washington.",
    ["received no proposal", "Interfax"], ["open to contacts", "Interfax"]),
  c("carried", "TASS quoted Sergey Lavrov as saying that Western troops would be a target.\n\nLavrov added that Moscow would not negotiate with Kyiv's current leaders.",
    ["would be a target", "TASS"], ["not negotiate", "TASS"]),
  c("carried", "Asked by the BBC whether British troops could go to Ukraine, Keir Starmer said nothing was ruled out.\n\n“We will do our part,” he said, “but we need the Americans.”",
    ["nothing was ruled out", "BBC"], ["do our part", "BBC"], ["need the Americans", "BBC"]),
  c("carried", "Mark Rutte, interviewed by the German tabloid Bild on Saturday, said Russia could attack within five years.\n\nThe secretary general said allies had to prepare now.\n\n“Time is not on our side,” he said.",
    ["within five years", "Bild"], ["prepare now", "Bild"], ["not on our side", "Bild"]),
  c("carried", "Kaja Kallas told reporters on Monday that the EU would back Kyiv.\n\nIn an interview with Yle later that day, Kallas said the bloc could not be a bystander.\n\n“Europe has to sit at the table,” she said.",
    ["would back Kyiv", null], ["not be a bystander", "Yle"], ["sit at the table", "Yle"]),
  c("stops", "Andrii Sybiha told Ukrinform that Ukraine expected new air defence.\n\nSpeaking at a joint news conference alongside his Polish counterpart, Sybiha said the border would stay open.",
    ["new air defence", "Ukrinform"], ["border would stay open", null]),
  c("stops", "Emmanuel Macron told France 24 that Europe had woken up.\n\nIn an address to the nation on Wednesday evening, Macron said France would raise its defence budget.",
    ["woken up", "France 24"], ["defence budget", null]),
  c("stops", "Mark Rutte, interviewed by Bloomberg, said the allies were united.\n\nOn the sidelines of the summit, Rutte told reporters that Ukraine would get more air defence.",
    ["allies were united", "Bloomberg"], ["more air defence", null]),
  c("stops", "Keir Starmer told ITV that troops could be sent after a deal.\n\nDmitry Peskov told reporters that any foreign troops would be unacceptable.\n\nPeskov said Russia had not been consulted.",
    ["troops could be sent", "ITV"], ["unacceptable", null], ["not been consulted", null]),
  c("chain", "Speaking to the Spanish newspaper El País, Mark Rutte said Europe had to produce more weapons, Ukrinform reports.",
    ["produce more weapons", "El País; Ukrinform"]),
  c("chain", "Kaja Kallas told the Financial Times that sanctions would stay, according to Reuters.",
    ["sanctions would stay", "Financial Times; Reuters"]),
  c("chain", "In an interview with CNN, cited by European Pravda, Andrii Sybiha said a ceasefire had to be unconditional.",
    ["unconditional", "CNN; European Pravda"]),
  c("rewrite", "Sergey Lavrov told the Rossiya 1 channel in an interview that the talks had stalled.", ["talks had stalled", "Rossiya 1"]),
  c("rewrite", "In a post on Facebook, Andrii Sybiha said Moscow was playing for time.", ["Moscow was playing for time", "Facebook"]),
  c("rewrite", "Volodymyr Zelensky said in a clip posted on his Telegram channel that the front was holding.", ["front was holding", "Telegram"]),
  c("rewrite", "Dmitry Peskov told the state news agency RIA Novosti that the summit was premature.", ["summit was premature", "RIA Novosti"]),
  c("rewrite", "Mark Rutte said in a statement on the alliance's website that allies stood with Ukraine.", ["stood with Ukraine", null]),
  c("rewrite", "According to a transcript published by the Kremlin, Vladimir Putin said Russia was ready for talks.", ["ready for talks", null]),
  c("lede", "Volodymyr Zelensky gave a wide-ranging interview to the Italian daily Corriere della Sera.\n\nHe said Ukraine would not accept a ceasefire without guarantees.\n\n“We have been deceived before,” Zelensky said.",
    ["without guarantees", "Corriere della Sera"], ["deceived before", "Corriere della Sera"]),
  c("lede", "Keir Starmer appeared on the BBC's Politics Live programme.\n\nStarmer said Britain would lead a coalition of countries.\n\nHe said the plan needed American support.",
    ["lead a coalition", "BBC Politics Live"], ["American support", "BBC Politics Live"]),
  raw("headline", "Kallas to Politico: Russia is not ready for peace\nKaja Kallas said Moscow was using talks to buy time.\n\n“They want our division,” she said.",
    ["buy time", "Politico"], ["our division", "Politico"]),
  raw("headline", "Sybiha tells Reuters Kyiv wants talks in Europe\nAndrii Sybiha said Ukraine wanted the next round of talks to be held in Europe.\n\nSybiha said Kyiv would send a delegation.",
    ["held in Europe", "Reuters"], ["send a delegation", "Reuters"]),
  // ---- third round: orders and forms of real copy
  c("carried", "Volodymyr Zelensky said Ukraine needed firm guarantees before any ceasefire.\n\n“Without them, Russia will simply come back,” he told CNN.",
    ["firm guarantees", "CNN"], ["come back", "CNN"]),
  c("carried", "Mark Rutte told Fox News that Ukraine would get more support.\n\nDmitry Peskov dismissed the remarks as propaganda.\n\nRutte also said the alliance would meet in June.",
    ["more support", "Fox News"], ["propaganda", null], ["meet in June", "Fox News"]),
  c("carried", "Dmitry Peskov told reporters on Tuesday that the Kremlin stood ready for talks, RIA Novosti reported.\n\nPeskov added that no date had been set.",
    ["stood ready for talks", "RIA Novosti"], ["no date had been set", "RIA Novosti"]),
  c("carried", "Sergey Lavrov said NATO was preparing for war, writes Izvestia.\n\nLavrov also said that Moscow would answer any provocation.",
    ["preparing for war", "Izvestia"], ["answer any provocation", "Izvestia"]),
  c("carried", "According to Ukrinform's correspondent, Andrii Sybiha said the partners had agreed on new air defence.\n\nSybiha said the systems would arrive before winter.",
    ["agreed on new air defence", "Ukrinform"], ["before winter", "Ukrinform"]),
  c("carried", "Keir Starmer, in an interview on the BBC's Sunday with Laura Kuenssberg, said that Britain would not be bullied.\n\nThe prime minister said he had spoken to Donald Trump on Saturday.",
    ["not be bullied", "BBC"], ["spoken to Donald Trump", "BBC"]),
  c("carried", "Mark Rutte said on NBC's Meet the Press that the allies were spending more.\n\n“We are not there yet,” he said.",
    ["spending more", "Meet the Press"], ["not there yet", "Meet the Press"]),
  c("stops", "Volodymyr Zelensky said at a joint news conference alongside Mark Rutte that Ukraine wanted an invitation, Ukrinform reports.",
    ["wanted an invitation", "Ukrinform"]),
  c("stops", "Kaja Kallas told the Guardian that Europe had to spend more.\n\nKallas made similar remarks at a conference in Riga in January, when she said that Russia was the main threat.",
    ["spend more", "The Guardian"], ["main threat", null]),
  open(c("stops", "Sergey Lavrov told RIA Novosti that the talks were pointless.\n\nLavrov said at the United Nations in September that the West had declared war on Russia.",
    ["talks were pointless", "RIA Novosti"], ["declared war", null]), VENUE_UN),
  c("chain", "Dmitry Peskov said the Kremlin had not seen the plan, the Interfax news agency reports.", ["not seen the plan", "Interfax"]),
  c("chain", "Sergey Lavrov told Channel One, as quoted by TASS, that Moscow would not retreat.", ["not retreat", "Channel One; TASS"]),
  c("rewrite", "Dmitry Peskov, speaking to journalists, said the summit was not yet planned, RIA Novosti reports.", ["not yet planned", "RIA Novosti"]),
  c("rewrite", "Sergey Lavrov, in an interview granted to the Sampleton Gazette, said that the West was to blame.", ["West was to blame", "Sampleton Gazette"]),
  c("rewrite", "Andrii Sybiha told Examplian broadcaster Nova TV that Kyiv would not give in.", ["not give in", "Nova TV"]),
  c("rewrite", "During an appearance on the Example Hour podcast, Mark Rutte said the alliance was stronger than ever.", ["stronger than ever", "Example Hour"]),
  c("rewrite", "Kaja Kallas said in a statement that the EU condemned the strikes.", ["condemned the strikes", null]),
  pub("own", "Example Post", "Andrii Sybiha told the Example Post in an exclusive interview that Kyiv was ready for talks.\n\nAsked about troops, Sybiha said every ally had to decide for itself.", ["ready for talks", null], ["decide for itself", null]),
  pub("own", "Ukrinform", "Andrii Sybiha told a Ukrinform correspondent that Kyiv expected more air defence, cited by Interfax.", ["more air defence", "Interfax"]),
  // ---- the interviewer named beside the outlet in a fronted phrase: the speaker is the sentence's subject
  c("interviewer", "During an interview with CNN anchor Jane Sample, Volodymyr Zelensky said Ukraine would keep fighting.\n\n“We have no other choice,” Zelensky said.",
    ["keep fighting", "CNN"], ["no other choice", "CNN"]),
  c("interviewer", "Speaking to BBC presenter John Example, Keir Starmer said Britain would not leave Ukraine alone.\n\nStarmer said the coalition was ready.",
    ["not leave Ukraine alone", "BBC"], ["coalition was ready", "BBC"]),
  c("interviewer", "In a conversation with Fox News host Jane Example, Mark Rutte said the allies would spend more.\n\n“Europe is stepping up,” he said.",
    ["spend more", "Fox News"], ["stepping up", "Fox News"]),
  c("interviewer", "Asked by NBC's John Sample whether Ukraine would join NATO, Mark Rutte said the door was open.\n\nRutte said the decision belonged to the allies.",
    ["door was open", "NBC News"], ["belonged to the allies", "NBC News"]),
  c("interviewer", "In an interview with CNN's Jane Sample on Sunday, Kaja Kallas said the talks were a trap.\n\nKallas said Europe would not recognise any annexation.",
    ["a trap", "CNN"], ["any annexation", "CNN"]),
  c("interviewer", "During an interview with CNN anchor Jane Sample, Volodymyr Zelensky spoke about the coming summit.\n\n“We expect a clear signal,” Zelensky said.",
    ["clear signal", "CNN"]),
  c("interviewer", "In a wide-ranging conversation with Politico's John Example, Kaja Kallas talked about sanctions and the talks.\n\n“Pressure works,” Kallas said.\n\nShe said the EU was preparing a new package.",
    ["Pressure works", "Politico"], ["new package", "Politico"]),
  open(c("interviewer", "Sky News presenter Jane Example spoke with Keir Starmer in Downing Street.\n\nStarmer said Britain would keep its promise to Ukraine.",
    ["keep its promise", "Sky News"]), PRESENTER_SUBJECT),
  c("interviewer", "During an interview with CNN anchor Jane Sample, Volodymyr Zelensky spoke about the summit.\n\n“Will you go to Vilnius without an invitation?” Sample asked.\n\n“I will go if there is a clear signal,” Zelensky said.",
    ["clear signal", "CNN"]),
  // ---- translated agency copy: the outlet referred back to, quoted names, services and programmes
  c("translated", "Dmitry Peskov gave an interview to Izvestia. The Kremlin spokesman told the newspaper that Moscow had not received the plan.",
    ["not received the plan", "Izvestia"]),
  c("translated", "Andrii Sybiha spoke to RBC-Ukraine. The minister told the publication that Kyiv would not accept a freeze.",
    ["not accept a freeze", "RBC-Ukraine"]),
  open(c("translated", "Sergey Lavrov said in an interview granted to the newspaper «Izvestia» that the West was lying.", ["West was lying", "Izvestia"]), QUOTED_NAME),
  open(c("translated", "Dmitry Peskov said in an interview granted to “Komsomolskaya Pravda” that the summit was possible.", ["summit was possible", "Komsomolskaya Pravda"]), QUOTED_NAME),
  c("translated", "Andrii Sybiha said in a comment to Ukrainska Pravda that the partners were ready.", ["partners were ready", "Ukrainska Pravda"]),
  c("translated", "The Kremlin is not planning talks, Dmitry Peskov told journalists, TASS reports.", ["not planning talks", "TASS"]),
  c("translated", "Sergey Lavrov said on Channel One's Sunday Time programme that Russia would not retreat.", ["not retreat", "Channel One Sunday Time"]),
  c("translated", "Kaja Kallas told the agency that Europe had to act. She was speaking to Interfax on Monday.",
    ["had to act", "Interfax"]),
  c("translated", "Izvestia published an interview with Sergey Lavrov on Monday.\n\nLavrov said NATO had become a party to the conflict.\n\n“We will respond,” he said.",
    ["party to the conflict", "Izvestia"], ["We will respond", "Izvestia"]),
  c("translated", "Dmitry Peskov said Moscow was studying the signals, the agency reports.\n\nThe words were carried by RIA Novosti.",
    ["studying the signals", "RIA Novosti"]),
  // ---- the occasion told after the words, in a sentence about them ("He made the remarks in an interview with X")
  c("told after", "Volodymyr Zelensky said Ukraine would never recognise occupied land.\n\n“This is our land,” he said.\n\nZelensky made the remarks in an interview with CNN.",
    ["never recognise", "CNN"], ["our land", "CNN"]),
  c("told after", "Mark Rutte said the alliance would back Kyiv for as long as needed.\n\nHis comments came in an interview with the BBC.",
    ["as long as needed", "BBC"]),
  c("told after", "Kaja Kallas said the EU would keep up sanctions.\n\nHer latest remarks were made to Politico on Monday.",
    ["keep up sanctions", "Politico"]),
  c("told after", "Keir Starmer said Britain would do its part.\n\nHe made the comments to LBC.",
    ["do its part", "LBC"]),
  c("told after", "Sergey Lavrov said the West was at war with Russia.\n\nHe was speaking to RT.",
    ["at war with Russia", "RT"]),
  c("told after", "Andrii Sybiha said Kyiv was ready for a ceasefire.\n\nThe comments were made in an interview with Ukrinform.",
    ["ready for a ceasefire", "Ukrinform"]),
  c("told after", "Mark Rutte said allies had to spend more.\n\nHis remarks to the Bundestag were welcomed by lawmakers.",
    ["spend more", null]),
  // ---- the present tense of broadcaster copy and headlines
  c("present", "Mark Rutte tells CNN that the allies will not send troops.\n\n“We are ready,” Rutte says.", ["not send troops", "CNN"], ["We are ready", "CNN"]),
  c("present", "Kaja Kallas tells Euronews the EU will keep up the pressure on Moscow.", ["keep up the pressure", "Euronews"]),
  c("present", "Sergey Lavrov tells reporters in Moscow that NATO is at war with Russia.", ["at war with Russia", null]),
  // ---- an interview printed as questions and answers: the question goes with the answer's interview
  c("question", "Volodymyr Zelensky gave an interview to Axios. Below are excerpts.\n\nAxios: Will Ukraine join NATO this year?\n\nZelensky: I think the invitation must come at the summit. We have done everything for it.\n\nAxios: What about troops?\n\nZelensky: European troops on the ground would be a real guarantee for us.",
    ["join NATO this year", "Axios"], ["invitation must come", "Axios"], ["What about troops", "Axios"], ["real guarantee", "Axios"]),
  open(pub("question", "Example Post", "Volodymyr Zelensky gave an interview to the Example Post.\n\nExample Post: Will Ukraine join NATO this year?\n\nZelensky: I think the invitation must come at the summit.",
    ["join NATO this year", null], ["invitation must come", null]), ONE_QUESTION),
];

export const SECOND_SET: OutletCase[] = [
  open(c("carried", "Pete Hegseth told Fox News Sunday that Europe had to take the lead on Ukraine.\n\n“The days of free riding are over,” Hegseth said.\n\nThe defence secretary said American troops would not be part of any force.",
    ["take the lead", "Fox News Sunday"], ["free riding", "Fox News Sunday"], ["not be part of any force", "Fox News Sunday"]), ROLE_NOUN_RECALL),
  open(c("carried", "Viktor Orbán, interviewed by Die Zeit, argued that sanctions had failed.\n\nHungary's prime minister argued that only talks could end the war.",
    ["sanctions had failed", "Die Zeit"], ["only talks", "Die Zeit"]), UNKNOWN_AFTER_INTERVIEWED_BY),
  c("carried", "Emmanuel Macron, speaking to the Financial Times, said Europe must be able to defend itself.\n\n“We are not a party to this war,” Macron said, “but we cannot let Ukraine lose.”",
    ["defend itself", "Financial Times"], ["not a party to this war", "Financial Times"], ["let Ukraine lose", "Financial Times"]),
  c("carried", "Sergey Lavrov gave an interview to the newspaper Izvestia.\n\nLavrov said Moscow saw no basis for a ceasefire.\n\nHe said Russia would keep its demands.",
    ["no basis for a ceasefire", "Izvestia"], ["keep its demands", "Izvestia"]),
  c("carried", "“Ukraine will be in NATO one day,” Kaja Kallas told Radio Liberty.\n\nKallas said the EU would fund more ammunition this year.",
    ["in NATO one day", "Radio Liberty"], ["more ammunition", "Radio Liberty"]),
  c("stops", "Pete Hegseth told CBS News that Washington would not send troops.\n\nAt a briefing at the Pentagon on Wednesday, Hegseth said the aid review was complete.",
    ["not send troops", "CBS News"], ["review was complete", null]),
  c("stops", "Viktor Orbán told Kossuth Radio that Hungary would veto the package.\n\nIn a speech to supporters in Budapest, Orbán said Brussels wanted war.",
    ["veto the package", "Kossuth Radio"], ["Brussels wanted war", null]),
  c("stops", "Kaja Kallas told Politico in an interview that the EU would not lift sanctions.\n\nAt the Munich Security Conference on Friday, Kallas said Europe had to rearm faster.",
    ["not lift sanctions", "Politico"], ["rearm faster", null]),
  c("stops", "Keir Starmer told LBC that Britain was ready to lead.\n\nAddressing lawmakers in the Commons, Starmer said the plan had cross-party support.",
    ["ready to lead", "LBC"], ["cross-party support", null]),
  c("stops", "Emmanuel Macron told TF1 that France would keep helping Ukraine.\n\nMark Rutte said the allies agreed with Macron.",
    ["keep helping Ukraine", "TF1"], ["agreed with Macron", null]),
  c("chain", "Viktor Orbán told the magazine Mandiner, as reported by Reuters, that Europe had lost the war.", ["lost the war", "Mandiner; Reuters"]),
  c("chain", "Pete Hegseth said in a long interview with Breitbart, cited by Politico, that Europe must pay.", ["Europe must pay", "Breitbart; Politico"]),
  c("chain", "Dmitry Peskov said the talks would continue, Interfax reported.", ["talks would continue", "Interfax"]),
  c("chain", "According to TASS, Sergey Lavrov told Rossiya 1 that the Western plan was dead.", ["plan was dead", "Rossiya 1; TASS"]),
  pub("own", "Deutsche Welle", "Kaja Kallas told DW that Russia wanted to divide Europe.\n\nShe said the EU would stay united.", ["divide Europe", null], ["stay united", null]),
  pub("own", "The Guardian", "Speaking to the Guardian, Keir Starmer said Britain would not back down.", ["not back down", null]),
  c("rewrite", "Dmitry Peskov said in comments to Interfax that the Kremlin had no plans for a summit.", ["no plans for a summit", "Interfax"]),
  c("rewrite", "Viktor Orbán posted on Facebook that Hungary would not send weapons.", ["not send weapons", "Facebook"]),
  c("rewrite", "Pete Hegseth wrote on X that the allies had to spend five percent.", ["five percent", "X"]),
  c("rewrite", "In a video address released on Sunday, Volodymyr Zelensky said the army was holding the line.", ["holding the line", null]),
  c("interviewer", "During an interview with Sky News correspondent John Example, Andrii Sybiha spoke about the coming talks.\n\n“We are ready, but not naive,” Sybiha said.",
    ["not naive", "Sky News"]),
  c("interviewer", "Speaking to the BBC's diplomatic editor Jane Sample, Mark Rutte said the allies would stand firm.\n\nRutte said the alliance would decide in July.",
    ["stand firm", "BBC"], ["decide in July", "BBC"]),
];

/** Written after the rules of the first set were in, before any was changed for it: a check of what they carry to. */
export const THIRD_SET: OutletCase[] = [
  c("interviewer", "In a sit-down with ABC News anchor Jane Example, Pete Hegseth talked about the alliance.\n\n“Europe has to step up,” Hegseth said.", ["step up", "ABC News"]),
  c("interviewer", "Talking to Times Radio presenter John Sample, Keir Starmer discussed the peace plan.\n\nStarmer said British jets could patrol Ukrainian skies.", ["patrol Ukrainian skies", "Times Radio"]),
  c("interviewer", "In an interview with Bloomberg TV's John Example, Viktor Orbán said the war could not be won.\n\nOrbán said Hungary wanted a ceasefire now.", ["could not be won", "Bloomberg TV"], ["ceasefire now", "Bloomberg TV"]),
  c("stops", "Andrii Sybiha told Deutsche Welle that Ukraine would join NATO.\n\nDuring a visit to Warsaw on Tuesday, Sybiha said Poland was a key ally.", ["join NATO", "Deutsche Welle"], ["key ally", null]),
  c("stops", "Kaja Kallas told Yle that Europe had to rearm.\n\nAt the Shangri-La Dialogue, Kallas said China was helping Russia.", ["had to rearm", "Yle"], ["helping Russia", null]),
  c("stops", "Pete Hegseth told Fox News that the aid would continue.\n\nAddressing troops at a base in Germany, Hegseth said America stood with its allies.", ["aid would continue", "Fox News"], ["stood with its allies", null]),
  c("stops", "Emmanuel Macron told Le Figaro that Europe needed its own deterrent.\n\nIn a televised address on Wednesday, Macron said France was ready to discuss it.", ["own deterrent", "Le Figaro"], ["ready to discuss it", null]),
  c("told after", "Pete Hegseth said Europe had to carry the burden.\n\nHe made the remarks in an interview with Breitbart.", ["carry the burden", "Breitbart"]),
  open(c("told after", "Viktor Orbán said sanctions had hurt Europe more than Russia.\n\nHis remarks were made to the Hungarian broadcaster M1.", ["hurt Europe more", "M1"]), NAME_WITH_DIGIT),
  c("told after", "Kaja Kallas warned that Russia would test NATO.\n\nHer comments came in an interview with Der Spiegel published on Saturday.", ["test NATO", "Der Spiegel"]),
  c("present", "Andrii Sybiha tells Reuters that Ukraine needs more air defence.", ["more air defence", "Reuters"]),
  c("present", "Viktor Orbán tells Kossuth Radio that Hungary will block the package.\n\n“We will not pay for this war,” Orbán says.", ["block the package", "Kossuth Radio"], ["not pay for this war", "Kossuth Radio"]),
  raw("headline", "Hegseth tells Fox News Europe must pay its share\nPete Hegseth said European allies had to spend far more on defence.\n\n“No more free rides,” he said.", ["spend far more", "Fox News"], ["free rides", "Fox News"]),
  raw("headline", "Orbán to Bild: Ukraine will not win\nViktor Orbán said the front line would not move much.\n\nHe said talks were the only way out.", ["not move much", "Bild"], ["only way out", "Bild"]),
  raw("headline", "Rutte tells CNN allies stand firm\nMark Rutte said the allies stood firm behind Kyiv.\n\nAt a news conference in Brussels later, Rutte said spending would rise.", ["stood firm", "CNN"], ["spending would rise", null]),
  c("published", "Der Spiegel published an interview with Kaja Kallas on Saturday.\n\nKallas said Europe must not trust Moscow.", ["not trust Moscow", "Der Spiegel"]),
  c("published", "Bild ran a long interview with Mark Rutte.\n\nRutte said Russia could attack a NATO country within years.\n\n“We must be ready,” he said.", ["within years", "Bild"], ["must be ready", "Bild"]),
];
