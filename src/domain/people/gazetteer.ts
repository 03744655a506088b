// Who is who: NATO officials with their terms of office, so a role is known on
// any date, and the other public figures who are quoted next to them.
// Aliases include common transliterations and misspellings seen in news copy.

export type Gender = "m" | "f";

export interface RoleTerm {
  title: string;
  /** ISO dates; an open end means still in office. */
  from?: string;
  to?: string;
}

export interface Person {
  name: string;
  gender: Gender;
  aliases: string[];
  roles: RoleTerm[];
  /** Descriptions that refer to whoever holds the role ("the NATO chief"). */
  nato?: boolean;
}

/** How copy refers to a person by nationality ("the Dutchman said"), keyed by canonical name. */
export const DEMONYMS: Record<string, string[]> = {
  "Mark Rutte": ["Dutchman", "Dutch politician", "former Dutch prime minister"],
  "Jens Stoltenberg": ["Norwegian", "former Norwegian prime minister"],
  "Anders Fogh Rasmussen": ["Dane"],
  "Mircea Geoană": ["Romanian", "Romanian diplomat"],
  "Emmanuel Macron": ["Frenchman", "French leader"],
  "Keir Starmer": ["Briton", "British leader"],
  "Olaf Scholz": ["German leader"],
  "Friedrich Merz": ["German leader"],
  "Giorgia Meloni": ["Italian leader"],
  "Donald Tusk": ["Pole", "Polish leader"],
  "Volodymyr Zelensky": ["Ukrainian leader"],
  "Vladimir Putin": ["Russian leader", "Kremlin leader"],
  "Donald Trump": ["American leader", "Republican"],
};

const SG = "NATO Secretary General";
const DSG = "NATO Deputy Secretary General";
const CMC = "Chair of the NATO Military Committee";
const SPOKES = "NATO spokesperson";
const SACEUR = "Supreme Allied Commander Europe";

export const PEOPLE: Person[] = [
  { name: "Mark Rutte", gender: "m", aliases: ["Rutte", "Rütte", "Rute", "Ruette"], nato: true, roles: [
    { title: "Prime Minister of the Netherlands", from: "2010-10-14", to: "2024-07-02" },
    { title: SG, from: "2024-10-01" }] },
  { name: "Jens Stoltenberg", gender: "m", aliases: ["Stoltenberg", "Stoltenbergh", "Stoltenbergs"], nato: true, roles: [
    { title: "Prime Minister of Norway", from: "2005-10-17", to: "2013-10-16" },
    { title: SG, from: "2014-10-01", to: "2024-09-30" },
    { title: "Minister of Finance of Norway", from: "2025-02-04" }] },
  { name: "Anders Fogh Rasmussen", gender: "m", aliases: ["Fogh Rasmussen", "Rasmussen"], nato: true, roles: [
    { title: SG, from: "2009-08-01", to: "2014-09-30" }] },
  { name: "Mircea Geoană", gender: "m", aliases: ["Mircea Geoana", "Geoană", "Geoana"], nato: true, roles: [
    { title: DSG, from: "2019-10-17", to: "2024-09-06" }] },
  { name: "Radmila Shekerinska", gender: "f", aliases: ["Shekerinska", "Šekerinska", "Radmila Šekerinska"], nato: true, roles: [
    { title: DSG, from: "2024-10-01" }] },
  { name: "Rose Gottemoeller", gender: "f", aliases: ["Gottemoeller"], nato: true, roles: [
    { title: DSG, from: "2016-10-17", to: "2019-10-16" }] },
  { name: "Rob Bauer", gender: "m", aliases: ["Bauer", "Robert Bauer"], nato: true, roles: [
    { title: CMC, from: "2021-06-25", to: "2025-01-17" }] },
  { name: "Giuseppe Cavo Dragone", gender: "m", aliases: ["Cavo Dragone", "Dragone"], nato: true, roles: [
    { title: CMC, from: "2025-01-17" }] },
  { name: "Oana Lungescu", gender: "f", aliases: ["Lungescu"], nato: true, roles: [
    { title: SPOKES, from: "2010-12-01", to: "2023-09-30" }] },
  { name: "Farah Dakhlallah", gender: "f", aliases: ["Dakhlallah"], nato: true, roles: [
    { title: SPOKES, from: "2023-10-01", to: "2025-06-30" }] },
  { name: "Allison Hart", gender: "f", aliases: ["Hart"], nato: true, roles: [
    { title: SPOKES, from: "2025-07-01" }] },
  { name: "Christopher Cavoli", gender: "m", aliases: ["Cavoli", "Chris Cavoli"], nato: true, roles: [
    { title: SACEUR, from: "2022-07-04", to: "2025-07-04" }] },
  { name: "Alexus Grynkewich", gender: "m", aliases: ["Grynkewich"], nato: true, roles: [
    { title: SACEUR, from: "2025-07-04" }] },
  { name: "Alexander Vershbow", gender: "m", aliases: ["Vershbow"], nato: true, roles: [
    { title: DSG, from: "2012-02-17", to: "2016-10-16" }] },
  { name: "Petr Pavel", gender: "m", aliases: ["Pavel"], nato: true, roles: [
    { title: CMC, from: "2015-06-26", to: "2018-06-29" },
    { title: "President of the Czech Republic", from: "2023-03-09" }] },
  { name: "Stuart Peach", gender: "m", aliases: ["Peach"], nato: true, roles: [
    { title: CMC, from: "2018-06-29", to: "2021-06-25" }] },
  { name: "Tod Wolters", gender: "m", aliases: ["Wolters"], nato: true, roles: [
    { title: SACEUR, from: "2019-05-03", to: "2022-07-04" }] },
  { name: "Boris Ruge", gender: "m", aliases: ["Ruge"], nato: true, roles: [
    { title: "NATO Assistant Secretary General for Political Affairs and Security Policy", from: "2023-09-01" }] },
  { name: "James Appathurai", gender: "m", aliases: ["Appathurai", "Jamie Appathurai"], nato: true, roles: [
    { title: "NATO Deputy Assistant Secretary General for Political Affairs", from: "2010-01-01", to: "2023-12-31" },
    { title: "NATO Deputy Assistant Secretary General for Innovation, Hybrid and Cyber", from: "2024-01-01" }] },
  { name: "David van Weel", gender: "m", aliases: ["van Weel", "Van Weel"], nato: true, roles: [
    { title: "NATO Assistant Secretary General for Emerging Security Challenges", from: "2020-10-01", to: "2024-07-02" }] },
  { name: "Angus Lapsley", gender: "m", aliases: ["Lapsley"], nato: true, roles: [
    { title: "NATO Assistant Secretary General for Defence Policy and Planning", from: "2022-09-01" }] },
  { name: "Volodymyr Zelensky", gender: "m", aliases: ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenski", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"], roles: [
    { title: "President of Ukraine", from: "2019-05-20" }] },
  { name: "Vladimir Putin", gender: "m", aliases: ["Putin", "Wladimir Putin"], roles: [
    { title: "President of Russia", from: "2012-05-07" }] },
  { name: "Dmitry Peskov", gender: "m", aliases: ["Peskov", "Dmitri Peskov", "Dmitriy Peskov"], roles: [
    { title: "Kremlin spokesman", from: "2012-05-22" }] },
  { name: "Sergey Lavrov", gender: "m", aliases: ["Lavrov", "Sergei Lavrov", "Serhiy Lavrov"], roles: [
    { title: "Russian Foreign Minister", from: "2004-03-09" }] },
  { name: "Dmitry Medvedev", gender: "m", aliases: ["Medvedev", "Dmitri Medvedev"], roles: [
    { title: "Deputy Chairman of the Russian Security Council", from: "2020-01-16" }] },
  { name: "Maria Zakharova", gender: "f", aliases: ["Zakharova"], roles: [
    { title: "Russian Foreign Ministry spokeswoman", from: "2015-08-10" }] },
  { name: "Donald Trump", gender: "m", aliases: ["Trump", "Donald J. Trump"], roles: [
    { title: "President of the United States", from: "2017-01-20", to: "2021-01-20" },
    { title: "President-elect of the United States", from: "2024-11-06", to: "2025-01-19" },
    { title: "President of the United States", from: "2025-01-20" }] },
  { name: "Joe Biden", gender: "m", aliases: ["Biden"], roles: [
    { title: "President of the United States", from: "2021-01-20", to: "2025-01-20" }] },
  { name: "Emmanuel Macron", gender: "m", aliases: ["Macron"], roles: [
    { title: "President of France", from: "2017-05-14" }] },
  { name: "Keir Starmer", gender: "m", aliases: ["Starmer"], roles: [
    { title: "Prime Minister of the United Kingdom", from: "2024-07-05" }] },
  { name: "Olaf Scholz", gender: "m", aliases: ["Scholz"], roles: [
    { title: "Chancellor of Germany", from: "2021-12-08", to: "2025-05-06" }] },
  { name: "Friedrich Merz", gender: "m", aliases: ["Merz"], roles: [
    { title: "Chancellor of Germany", from: "2025-05-06" }] },
  { name: "Giorgia Meloni", gender: "f", aliases: ["Meloni"], roles: [
    { title: "Prime Minister of Italy", from: "2022-10-22" }] },
  { name: "Kaja Kallas", gender: "f", aliases: ["Kallas"], roles: [
    { title: "Prime Minister of Estonia", from: "2021-01-26", to: "2024-07-15" },
    { title: "EU High Representative for Foreign Affairs", from: "2024-12-01" }] },
  { name: "Ursula von der Leyen", gender: "f", aliases: ["von der Leyen", "Von der Leyen"], roles: [
    { title: "President of the European Commission", from: "2019-12-01" }] },
  { name: "Andrii Sybiha", gender: "m", aliases: ["Sybiha", "Andriy Sybiha", "Andrij Sybiha"], roles: [
    { title: "Foreign Minister of Ukraine", from: "2024-09-05" }] },
  { name: "Dmytro Kuleba", gender: "m", aliases: ["Kuleba"], roles: [
    { title: "Foreign Minister of Ukraine", from: "2020-03-04", to: "2024-09-04" }] },
  { name: "Andriy Yermak", gender: "m", aliases: ["Yermak", "Andrii Yermak"], roles: [
    { title: "Head of the Office of the President of Ukraine", from: "2020-02-11", to: "2025-11-28" }] },
  { name: "Rustem Umerov", gender: "m", aliases: ["Umerov"], roles: [
    { title: "Defence Minister of Ukraine", from: "2023-09-06", to: "2025-07-17" }] },
  { name: "Antony Blinken", gender: "m", aliases: ["Blinken"], roles: [
    { title: "US Secretary of State", from: "2021-01-26", to: "2025-01-20" }] },
  { name: "Marco Rubio", gender: "m", aliases: ["Rubio"], roles: [
    { title: "US Secretary of State", from: "2025-01-21" }] },
  { name: "Pete Hegseth", gender: "m", aliases: ["Hegseth"], roles: [
    { title: "US Secretary of Defense", from: "2025-01-25" }] },
  { name: "Lloyd Austin", gender: "m", aliases: ["Austin"], roles: [
    { title: "US Secretary of Defense", from: "2021-01-22", to: "2025-01-20" }] },
  { name: "Steve Witkoff", gender: "m", aliases: ["Witkoff"], roles: [
    { title: "US Special Envoy", from: "2025-01-20" }] },
  { name: "Keith Kellogg", gender: "m", aliases: ["Kellogg"], roles: [
    { title: "US Special Envoy for Ukraine", from: "2025-01-20" }] },
  { name: "Matthew Whitaker", gender: "m", aliases: ["Whitaker"], roles: [
    { title: "US Ambassador to NATO", from: "2025-04-03" }] },
  { name: "Recep Tayyip Erdoğan", gender: "m", aliases: ["Erdogan", "Erdoğan", "Recep Tayyip Erdogan"], roles: [
    { title: "President of Turkey", from: "2014-08-28" }] },
  { name: "Viktor Orbán", gender: "m", aliases: ["Orban", "Orbán", "Viktor Orban"], roles: [
    { title: "Prime Minister of Hungary", from: "2010-05-29" }] },
  { name: "Donald Tusk", gender: "m", aliases: ["Tusk"], roles: [
    { title: "Prime Minister of Poland", from: "2023-12-13" }] },
  { name: "Alexander Stubb", gender: "m", aliases: ["Stubb"], roles: [
    { title: "President of Finland", from: "2024-03-01" }] },
  { name: "Mette Frederiksen", gender: "f", aliases: ["Frederiksen"], roles: [
    { title: "Prime Minister of Denmark", from: "2019-06-27" }] },
  { name: "Annalena Baerbock", gender: "f", aliases: ["Baerbock"], roles: [
    { title: "German Foreign Minister", from: "2021-12-08", to: "2025-05-06" }] },
  { name: "Boris Pistorius", gender: "m", aliases: ["Pistorius"], roles: [
    { title: "German Defence Minister", from: "2023-01-19" }] },
  { name: "John Healey", gender: "m", aliases: ["Healey"], roles: [
    { title: "UK Defence Secretary", from: "2024-07-05" }] },
  { name: "David Lammy", gender: "m", aliases: ["Lammy"], roles: [
    { title: "UK Foreign Secretary", from: "2024-07-05", to: "2025-09-05" }] },
  { name: "Antonio Tajani", gender: "m", aliases: ["Tajani"], roles: [
    { title: "Italian Foreign Minister", from: "2022-10-22" }] },
];

/** The generic words that name a NATO office, mapped to the canonical title. */
export const NATO_TITLE_PATTERNS: { pattern: RegExp; title: string }[] = [
  { pattern: /\bdeputy secretary[- ]general\b/i, title: DSG },
  { pattern: /\b(?:secretary[- ]general(?: of (?:the )?(?:NATO|(?:North Atlantic )?Alliance|North Atlantic Treaty Organi[sz]ation))?|NATO chief|NATO head|NATO leader|head of NATO|head of the (?:north atlantic )?alliance|chief of the alliance|alliance(?:'s|’s)? chief|alliance(?:'s|’s)? leader|alliance(?:'s|’s)? head|the alliance chief)\b/i, title: SG },
  { pattern: /\b(?:chair(?:man)? of the (?:NATO )?military committee|NATO(?:'s|’s)? (?:top|most senior) military (?:officer|official))\b/i, title: CMC },
  { pattern: /\bNATO (?:spokesperson|spokeswoman|spokesman)\b/i, title: SPOKES },
  { pattern: /\b(?:supreme allied commander(?: europe)?|SACEUR)\b/i, title: SACEUR },
];

export function roleOn(person: Person, date: string | null): string | null {
  if (!person.roles.length) return null;
  if (!date) return person.roles[person.roles.length - 1].title;
  const held = person.roles.find((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
  return held?.title ?? null;
}

/** The person who held a NATO title on a date; undated, nobody can say, so null rather than a guess. */
export function holderOf(title: string, date: string | null): Person | null {
  if (!date) return null;
  const holders = PEOPLE.filter((p) => p.roles.some((r) => r.title === title));
  return holders.find((p) => p.roles.some((r) => r.title === title && (!r.from || r.from <= date) && (!r.to || date <= r.to))) ?? null;
}

const FEMALE_FIRST_NAMES = new Set([
  "kaja", "ursula", "giorgia", "radmila", "farah", "allison", "oana", "annalena", "kamala", "hillary", "julianne", "maria",
  "olena", "iryna", "yulia", "marine", "mette", "ingrida", "kristina", "elina", "liz", "theresa", "angela", "sanna", "petra",
  "sophie", "anna", "emma", "hanna", "olha", "natalia", "nataliya", "victoria", "viktoriia", "tulsi", "karoline", "rose",
  "margrethe", "helle", "jacinda", "kristi", "nancy", "condoleezza", "madeleine", "christine", "roberta", "yvette", "rachel",
  "priti", "penny", "lisa", "sarah", "laura", "julia", "elena", "svetlana", "valentina", "tatiana", "marta", "agnieszka",
]);

export function guessGender(fullName: string): Gender | null {
  const first = fullName.split(/\s+/)[0]?.toLowerCase();
  if (!first) return null;
  return FEMALE_FIRST_NAMES.has(first) ? "f" : null;
}
