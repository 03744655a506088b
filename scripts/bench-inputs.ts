// Deterministic article texts of any size for the linearity benchmark (scripts/bench.ts). Each shape
// stresses one way extraction could go super-linear; the same seed always gives the same text.
import { mulberry32 } from "../src/domain/random";

export const SHAPES = ["prose", "one-line", "unbalanced-quotes", "attributions"] as const;
export type Shape = (typeof SHAPES)[number];


type Pick = <T>(items: readonly T[]) => T;

const NAMES = ["Mark Rutte", "Jens Stoltenberg", "Emmanuel Macron", "Volodymyr Zelensky", "Keir Starmer", "Giorgia Meloni", "Donald Tusk", "Gitanas Nauseda", "Kaja Kallas", "Pete Hegseth"];
const ROLES = ["NATO Secretary General", "French President", "Polish Prime Minister", "Lithuanian President", "the EU's foreign policy chief", "U.S. Defense Secretary"];
const OUTLETS = ["Reuters", "the BBC", "Fox News", "ANSA", "Ukrinform", "Politico", "LRT"];
const DAYS = ["on Monday", "on Tuesday", "on Wednesday", "yesterday", "on November 27", "last Friday", "today"];
const PLACES = ["Brussels", "Kyiv", "The Hague", "Vilnius", "Warsaw", "Rome", "Munich"];
const VENUES = ["a press conference in Brussels", "the Munich Security Conference", "a NATO summit", "a joint briefing", "a meeting of defence ministers"];
const SUBJECTS = ["We", "NATO", "Europe", "The alliance", "Ukraine", "Our allies", "Nobody", "I"];
const MODALS = ["will", "must", "cannot", "should not", "will never", "are ready to", "have to"];
const ACTIONS = ["send troops to Ukraine", "negotiate with Moscow", "let Ukraine join the alliance", "support Kyiv for as long as it takes", "rule out any option", "sit at the negotiating table", "deploy forces after a ceasefire", "give up on security guarantees"];
const CONDITIONS = ["", " as long as the war continues", " when the time is right", " in the future", " only if there is a lasting peace", " from a position of strength"];
const NARRATION = [
  "Officials met in {place} {day} to discuss the next steps.",
  "The talks lasted more than four hours and ended without a joint statement.",
  "Allies have delivered air defence systems, ammunition and fuel over the past year.",
  "The meeting came a week after a drone attack on energy infrastructure in the east.",
  "Several governments have promised to raise defence spending to 3.5 percent of output by 2030.",
];

function quote(pick: Pick): string {
  return `${pick(SUBJECTS)} ${pick(MODALS)} ${pick(ACTIONS)}${pick(CONDITIONS)}`;
}

function clause(pick: Pick): string {
  return `${pick(SUBJECTS).toLowerCase().replace(/^i$/, "he")} ${pick(MODALS)} ${pick(ACTIONS)}${pick(CONDITIONS)}`;
}

function surname(name: string): string {
  return name.split(" ").slice(-1)[0];
}

/** News copy: quotes with attributions before and after, reported speech, outlets, venues, dates, narration. */
function proseSentence(pick: Pick): string {
  const name = pick(NAMES);
  const templates = [
    () => `“${quote(pick)},” ${name} said ${pick(DAYS)}.`,
    () => `${name} told ${pick(OUTLETS)} that ${clause(pick)}.`,
    () => `“${quote(pick)}. ${quote(pick)},” ${surname(name)} added, speaking at ${pick(VENUES)}.`,
    () => `According to ${pick(OUTLETS)}, ${surname(name)} said that ${clause(pick)}.`,
    () => `${pick(ROLES)} ${name}, speaking after talks in ${pick(PLACES)}, warned that ${clause(pick)}, adding that ${clause(pick)}.`,
    () => `He said: “${quote(pick)}.”`,
    () => `${surname(name)} ruled out sending troops, saying: “${quote(pick)}.”`,
    () => `In an interview with ${pick(OUTLETS)}, ${name} said the alliance ${pick(MODALS)} ${pick(ACTIONS)}.`,
    () => `“${quote(pick)},” said ${name}, ${pick(ROLES)}, at ${pick(VENUES)}.`,
    () => `A senior NATO diplomat said ${clause(pick)}, per ${pick(OUTLETS)}.`,
    () => `She stressed the importance of unity, noting that ${clause(pick)}.`,
    () => pick(NARRATION).replace("{place}", pick(PLACES)).replace("{day}", pick(DAYS)),
  ];
  return pick(templates)();
}

function proseParagraph(pick: Pick, count: number): string {
  return Array.from({ length: count }, () => proseSentence(pick)).join(" ");
}

/** Openings never closed: curly, straight and guillemet marks left hanging, within and across lines. */
function unbalancedParagraph(pick: Pick, random: () => number): string {
  const marks = ["“", "\"", "«", "„"];
  const parts = Array.from({ length: 2 + Math.floor(random() * 6) }, () => {
    const name = pick(NAMES);
    return pick([
      () => `${pick(marks)}${quote(pick)}, ${name} said ${pick(DAYS)}.`,
      () => `${name} said: ${pick(marks)}${quote(pick)} and ${pick(marks)}${quote(pick)}.`,
      () => `${pick(marks)}${quote(pick)}. ${pick(marks)}${quote(pick)}, ${surname(name)} added ${pick(marks)}`,
      () => `${surname(name)} told ${pick(OUTLETS)} ${pick(marks)}${clause(pick)} ‘${quote(pick)}.`,
    ])();
  });
  return parts.join(" ");
}

/** Attribution on attribution: "X said that Y said", "he added that", quotes inside quotes. */
function attributionParagraph(pick: Pick): string {
  const parts = Array.from({ length: 3 }, () => {
    const [a, b] = [pick(NAMES), pick(NAMES)];
    return pick([
      () => `${a} said that ${b} said that ${clause(pick)}, he added that ${clause(pick)}.`,
      () => `“${quote(pick)} ‘${quote(pick)}’ ${clause(pick)},” ${surname(a)} said, adding that ${surname(b)} had told ${pick(OUTLETS)} that ${clause(pick)}.`,
      () => `He said that she said that they said that ${clause(pick)}, according to ${pick(OUTLETS)}.`,
      () => `${surname(a)} said, ${surname(b)} said, he said, she said, ${surname(a)} added, ${surname(b)} noted, he warned: “${quote(pick)},” he said.`,
      () => `“I have said it many times: ‘${quote(pick)}’,” ${a} told reporters, stressing that ${clause(pick)}, while admitting that ${clause(pick)}.`,
    ])();
  });
  return parts.join(" ");
}

/** A text of about `bytes` bytes (UTF-8) in the given shape. */
export function benchArticle(shape: Shape, bytes: number): string {
  const random = mulberry32(SHAPES.indexOf(shape) + 1);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const paragraphs: string[] = ["NATO allies weigh their options as talks on Ukraine resume", "By Jane Doe"];
  let size = 0;
  while (size < bytes) {
    const paragraph =
      shape === "unbalanced-quotes" ? unbalancedParagraph(pick, random)
      : shape === "attributions" ? attributionParagraph(pick)
      : proseParagraph(pick, 1 + Math.floor(random() * 3));
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  // One long line: the same copy with every line break replaced by a space.
  return shape === "one-line" ? paragraphs.slice(2).join(" ") : paragraphs.join("\n\n");
}
