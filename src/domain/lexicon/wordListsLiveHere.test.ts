// Issue #9: the English word lists the extractor reads stand in the lexicon modules, not in the stages. This reads the
// source of every module under src/domain and fails on a regex group of alternatives, written out where it is used,
// that lists speech verbs, nouns for someone's words, date words, or (in the classifier) markers of condition and negation.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as english from "./en";
import * as classifyEnglish from "./classify.en";
import * as frameWords from "./frames.en";
import * as nameWords from "./names.en";
import * as occasionWords from "./occasions.en";

const DOMAIN = path.join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "lexicon" ? [] : sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.(?:test|cases|testing)\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** The plain words of a lexicon entry: "(?:told|telling|tells)" → told, telling, tells; regex syntax is skipped. */
function plainWords(entries: readonly string[]): string[] {
  return entries
    .filter((entry) => /^(?:\(\?:[a-z |?]+\)|[a-z ?]+)$/.test(entry))
    .flatMap((entry) => entry.replace(/^\(\?:|\)$/g, "").split("|"))
    .map((word) => word.replace(/\?$/, ""));
}

const SPEECH_FORMS = new Set(plainWords([
  ...english.SPEECH_VERBS, ...english.SPEECH_PARTICIPLES, ...english.QUOTE_ATTRIBUTION_VERBS, ...english.REQUEST_VERBS,
  ...english.LISTENER_VERBS, english.TELLING, english.OUTLET_REPORTED, english.OUTLET_REPORTED_AFTER, english.HAD_SAID,
  english.SPOKE_FORMS, ...english.ANNOUNCING_VERBS,
]));
/** Nouns that name someone's words ("remarks", "statements"), singular and plural. */
const SPEECH_NOUN_FORMS = new Set(plainWords([...english.SPEECH_NOUNS, english.REMARK_NOUNS, english.A_REMARK]).flatMap((noun) => [noun, noun.replace(/s$/, "")]));
const DATE_WORDS = new Set([
  ...plainWords([english.ORDINAL_SUFFIX, english.PARTS_OF_DAY, english.CALENDAR_PERIODS, english.TODAY, "(?:yesterday|tonight)"]),
  ...plainWords([english.MONTH_OPENINGS, english.WEEKDAY_STEMS].map((entry) => entry.toLowerCase())),
]);
// "once", "provided" and "only" stand in the lexicon inside lookarounds ("only (?:if|…)"), so they are named here too.
const CONDITION_AND_NEGATION = new Set([...plainWords([...classifyEnglish.BARE_NEGATIONS, ...classifyEnglish.CONDITION_CONNECTIVES]), "once", "provided", "only", "when"]);

/** Every group of two or more plain-word alternatives in a file: "(?:said|told)", "(?<!(?:if|when))". */
function wordGroups(source: string): { line: number; words: string[] }[] {
  const group = /\((?:\?:|\?<?[=!])?((?:[a-z][a-z' ]*\??\|)+[a-z][a-z' ]*\??)\)/gi;
  return [...source.matchAll(group)].map((m) => ({
    line: source.slice(0, m.index).split("\n").length,
    words: m[1].split("|").map((word) => word.replace(/\?$/, "").toLowerCase()),
  }));
}

function offending(test: (words: string[], file: string) => boolean): string[] {
  return sourceFiles(DOMAIN).flatMap((file) =>
    wordGroups(readFileSync(file, "utf8"))
      .filter(({ words }) => test(words, file))
      .map(({ line, words }) => `${path.relative(DOMAIN, file)}:${line} (${words.join("|")})`),
  );
}

const count = (words: string[], set: Set<string>) => words.filter((word) => set.has(word)).length;

/**
 * Words of grammar (determiners, pronouns, prepositions, conjunctions, auxiliaries and modals, adverbs of time and
 * degree): each pattern's own syntax, which many lists share. Two of them in a group say nothing about a word list;
 * the check is about content words.
 */
const FUNCTION_WORDS = new Set(`a an the this that these those his her their its our my your any all some every no each such other another
  i we you he she it they him them us me one who whom which what when where why how whether if unless until once while as because since
  although though whereas yet but and or so than to at in on of for with by from about over into onto across through during after before
  ahead following amid amidst despite throughout regardless without against via under like unlike according out up
  is are was were be been being am has have had do does did will would can could may might must shall should remains remained
  also only just again still then now further later earlier already always often simply merely repeatedly ever even however meanwhile
  moreover currently present same time addition more most own next last past previous recent`.split(/\s+/));

/** Every list of plain words the lexicon modules export, each as a set of its content words. */
const LEXICON_LISTS = Object.entries({ ...english, ...classifyEnglish, ...frameWords, ...occasionWords, ...nameWords })
  .flatMap(([name, value]) => {
    const entries = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    const words = new Set(plainWords(entries).map((w) => w.toLowerCase()).filter((w) => !FUNCTION_WORDS.has(w)));
    return words.size >= 2 ? [{ name, words }] : [];
  });

describe("English word lists live in the lexicon", () => {
  it("finds the lexicon's own lists (the check can fail)", () => {
    expect(wordGroups("/\\b(?:said|told|stated)\\b/")).toEqual([{ line: 1, words: ["said", "told", "stated"] }]);
    expect(SPEECH_FORMS.has("told") && SPEECH_FORMS.has("cautioned") && DATE_WORDS.has("wednes") && CONDITION_AND_NEGATION.has("unless")).toBe(true);
  });

  it("no stage spells out speech verbs of its own", () => {
    expect(offending((words) => count(words, SPEECH_FORMS) >= 2)).toEqual([]);
  });

  it("no stage spells out nouns for someone's words of its own", () => {
    expect(offending((words) => count(words, SPEECH_NOUN_FORMS) >= 2)).toEqual([]);
  });

  it("no stage spells out two or more words of a list the lexicon holds (one list, used everywhere)", () => {
    expect(offending((words) => LEXICON_LISTS.some((list) => count(words, list.words) >= 2))).toEqual([]);
  });

  it("no stage spells out date words of its own (a group that is mostly dates)", () => {
    expect(offending((words) => count(words, DATE_WORDS) >= 2 && count(words, DATE_WORDS) * 2 >= words.length)).toEqual([]);
  });

  it("the classifier spells out no markers of condition or negation of its own", () => {
    expect(offending((words, file) => file.includes(`${path.sep}classify${path.sep}`) && count(words, CONDITION_AND_NEGATION) >= 2)).toEqual([]);
  });
});
