// The shape of the people, offices and countries data files (./data/*.json), checked by zod at load.
import { z } from "zod";

const isoDay = z.iso.date();
const nonEmpty = z.string().trim().min(1);

export const OFFICE_KINDS = ["head-of-state", "head-of-government", "foreign-minister", "defence-minister", "nato", "other"] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const countriesFile = z.object({
  countries: z.array(
    z.object({
      code: z.string().regex(/^[a-z]{2}$/, "a lower-case ISO 3166 code"),
      name: nonEmpty,
      otherNames: z.array(nonEmpty),
      adjectives: z.array(nonEmpty).min(1),
      demonyms: z.array(nonEmpty),
    }).strict(),
  ),
}).passthrough();

export const officesFile = z.object({
  offices: z.array(
    z.object({
      id: z.string().regex(/^[a-z]{2,4}\.[a-z-]+$/, "country-or-body.kind, e.g. fi.head-of-state"),
      title: nonEmpty,
      country: z.string().regex(/^[a-z]{2}$/).nullable(),
      kind: z.enum(OFFICE_KINDS),
      /** The office's own nouns in copy; null takes the lexicon's nouns for its kind. */
      nouns: z.array(nonEmpty).nullable(),
    }).strict(),
  ),
}).passthrough();

/** A regex source that compiles (matched case-insensitively). */
const pattern = nonEmpty.refine((source) => {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

const officeTitle = z.object({ office: nonEmpty, pattern }).strict();

/** The words reporters use as an office's name ("the Kremlin spokesman"), by office, in the order they are tried. */
export const officeTitlesFile = z.object({
  /** Offices named through the institution the holder speaks for; tried before the NATO titles. */
  institutions: z.array(officeTitle),
  /** NATO's offices by their generic titles ("the NATO chief"). */
  nato: z.array(officeTitle),
}).passthrough();

export const termSchema = z.object({
  office: nonEmpty,
  start: isoDay,
  /** The first day out of office; null while in office or when a later change is not known. */
  end: isoDay.nullable(),
  /** Acting, caretaker or interim: may overlap another holder's term. */
  acting: z.boolean().optional(),
  /** Why a date is approximate or a term is left open. */
  note: z.string().optional(),
}).strict().refine((t) => t.end === null || t.start < t.end, { message: "a term must end after it starts", path: ["end"] });

export const peopleFile = z.object({
  /** Short names more than one person goes by: resolved only when the article confirms which one. */
  ambiguousShortNames: z.array(nonEmpty),
  people: z.array(
    z.object({
      name: nonEmpty,
      gender: z.enum(["m", "f"]),
      nationality: z.string().regex(/^[a-z]{2}$/),
      /** Set only where certain; null otherwise. */
      wikidata: z.string().regex(/^Q[1-9]\d*$/).nullable(),
      /** Other full forms: transliterations, spellings without diacritics. */
      aliases: z.array(nonEmpty),
      /** Surname forms, misspellings included: they name the person only as the matching rules allow. */
      shortNames: z.array(nonEmpty),
      /** The surname alone names this person in news copy ("Putin said"). */
      knownBySurname: z.boolean(),
      nato: z.boolean().optional(),
      /** How copy refers to the person by nationality or standing ("the Dutchman"). */
      descriptions: z.array(nonEmpty).optional(),
      terms: z.array(termSchema),
    }).strict(),
  ),
}).passthrough();

/** Spellings of one given name across transliterations and languages ("Dmytro", "Dmitry"): see given-name-variants.json. */
export const givenNameVariantsFile = z.object({
  groups: z.array(z.array(z.string().regex(/^\p{Lu}[\p{L}'’-]+$/u, "one capitalised word")).min(2)),
}).passthrough();

export type CountryRecord = z.infer<typeof countriesFile>["countries"][number];
export type OfficeRecord = z.infer<typeof officesFile>["offices"][number];
export type PersonRecord = z.infer<typeof peopleFile>["people"][number];
export type TermRecord = z.infer<typeof termSchema>;
