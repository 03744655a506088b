import { describe, expect, it } from "vitest";
import { foldDiacritics } from "../text";
import peopleJson from "./data/people.json" with { type: "json" };
import { AMBIGUOUS_SHORT_NAMES, COUNTRIES, GIVEN_NAME_VARIANTS, INSTITUTION_TITLE_PATTERNS, NATO_TITLE_PATTERNS, OFFICES, PEOPLE, holderOf, roleOn } from "./gazetteer";
import { DataFileError, parseDataFile } from "./loadData";
import { officeTitlesFile, peopleFile } from "./schema";

const key = (form: string) => foldDiacritics(form).toLowerCase();

describe("the people data", () => {
  it("gives every printed form to one person, except the short names listed as ambiguous", () => {
    const owners = new Map<string, Set<string>>();
    for (const person of PEOPLE) {
      for (const form of [...person.fullForms, ...person.shortNames]) owners.set(key(form), (owners.get(key(form)) ?? new Set()).add(person.name));
    }
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([form]) => form).sort();
    expect(shared).toEqual(AMBIGUOUS_SHORT_NAMES.map(key).sort());
    // A full name is never ambiguous: only short names may be listed.
    const fullForms = new Set(PEOPLE.flatMap((p) => p.fullForms.map(key)));
    for (const form of AMBIGUOUS_SHORT_NAMES) expect(fullForms.has(key(form)), form).toBe(false);
  });

  it("never has two holders of one office on the same day, unless one is marked acting", () => {
    for (const office of OFFICES) {
      const terms = PEOPLE.flatMap((p) => p.roles.filter((r) => r.office === office.id).map((r) => ({ ...r, name: p.name }))).sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < terms.length; i++) {
        const [previous, next] = [terms[i - 1], terms[i]];
        const overlap = !previous.to || next.from < previous.to;
        if (overlap) expect(previous.acting || next.acting, `${office.id}: ${previous.name} and ${next.name}`).toBe(true);
      }
    }
  });

  it("refers only to offices and countries that exist, with terms that end after they start", () => {
    const offices = new Set(OFFICES.map((o) => o.id));
    const countries = new Set(COUNTRIES.map((c) => c.code));
    for (const person of PEOPLE) {
      // A holder of an office in the data is of a country in the data; a person quoted from elsewhere (no terms) is not.
      if (person.roles.length) expect(countries.has(person.nationality), person.name).toBe(true);
      for (const role of person.roles) {
        expect(offices.has(role.office), `${person.name}: ${role.office}`).toBe(true);
        if (role.to) expect(role.from < role.to, `${person.name}: ${role.office}`).toBe(true);
      }
    }
    for (const office of OFFICES) if (office.country) expect(countries.has(office.country), office.id).toBe(true);
    expect(new Set(OFFICES.map((o) => o.id)).size).toBe(OFFICES.length);
    expect(new Set(PEOPLE.map((p) => p.name)).size).toBe(PEOPLE.length);
  });

  it("covers the heads of state and government, foreign and defence ministers of 32 allies, Ukraine and Russia", () => {
    // The others (decision 0820) list only the offices reports name; each listed office has a holder on these dates.
    const alliesUkraineRussia = ["al", "be", "bg", "ca", "hr", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "is", "it", "lv", "lt", "lu", "me", "nl", "mk", "no", "pl", "pt", "ro", "sk", "si", "es", "se", "tr", "gb", "us", "ua", "ru"];
    expect(alliesUkraineRussia).toHaveLength(34);
    for (const code of alliesUkraineRussia) expect(COUNTRIES.some((c) => c.code === code), code).toBe(true);
    for (const code of alliesUkraineRussia.filter((c) => !["us", "tr", "is"].includes(c))) {
      expect(OFFICES.filter((o) => o.country === code && ["head-of-state", "head-of-government", "foreign-minister", "defence-minister"].includes(o.kind)), code).toHaveLength(4);
    }
    const national = OFFICES.filter((o) => ["head-of-state", "head-of-government", "foreign-minister", "defence-minister"].includes(o.kind));
    for (const date of ["2022-01-01", "2023-07-01", "2025-03-01"]) {
      const vacant = national.filter((o) => !holderOf(o.id, date)).map((o) => o.id);
      expect(vacant, date).toEqual([]);
    }
  });

  it("rejects a bad entry with an error that names it", () => {
    const broken = structuredClone(peopleJson) as { people: { name: string; terms: { start: string }[] }[] };
    const rutte = broken.people.findIndex((p) => p.name === "Mark Rutte");
    broken.people[rutte].terms[0].start = "2024-13-45";
    expect(() => parseDataFile("people.json", peopleFile, broken)).toThrow(DataFileError);
    expect(() => parseDataFile("people.json", peopleFile, broken)).toThrow(/people\.json: people\[\d+\] "Mark Rutte": terms\.0\.start/);
  });
});

describe("the offices' titles", () => {
  it("name offices that exist, the NATO titles NATO's own, and each office once per list", () => {
    const kindOf = new Map(OFFICES.map((o) => [o.id, o.kind]));
    for (const { office } of [...INSTITUTION_TITLE_PATTERNS, ...NATO_TITLE_PATTERNS]) expect(kindOf.has(office), office).toBe(true);
    expect(NATO_TITLE_PATTERNS.every(({ office }) => kindOf.get(office) === "nato")).toBe(true);
    for (const list of [INSTITUTION_TITLE_PATTERNS, NATO_TITLE_PATTERNS]) expect(new Set(list.map((t) => t.office)).size).toBe(list.length);
  });

  it("try a deputy's title before the title it contains, and an institution's before NATO's", () => {
    const first = (text: string) => [...INSTITUTION_TITLE_PATTERNS, ...NATO_TITLE_PATTERNS].find(({ pattern }) => pattern.test(text))?.office;
    expect(first("the NATO deputy secretary general")).toBe("nato.deputy-secretary-general");
    expect(first("the UN Secretary-General")).toBe("un.secretary-general");
    expect(first("the alliance's secretary general")).toBe("nato.secretary-general");
  });

  it("rejects a pattern that does not compile, naming its office", () => {
    const bad = { institutions: [{ office: "un.secretary-general", pattern: "(?:UN chief" }], nato: [] };
    expect(() => parseDataFile("office-titles.json", officeTitlesFile, bad)).toThrow(/office-titles\.json: institutions\[0\] "un\.secretary-general": pattern: not a valid regular expression/);
  });
});

describe("the given names' spellings", () => {
  it("puts each spelling in one group only, each group's spellings distinct", () => {
    const spellings = GIVEN_NAME_VARIANTS.flat().map((name) => foldDiacritics(name).toLowerCase());
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});

describe("holderOf", () => {
  it("answers who held an office on a date", () => {
    expect(holderOf("fi.head-of-state", "2023-05-01")?.name).toBe("Sauli Niinistö");
    expect(holderOf("fi.head-of-state", "2024-03-01")?.name).toBe("Alexander Stubb");
    expect(holderOf("gb.head-of-government", "2022-10-01")?.name).toBe("Liz Truss");
    expect(holderOf("de.head-of-government", "2025-05-06")?.name).toBe("Friedrich Merz");
    expect(holderOf("nato.secretary-general", "2024-09-30")?.name).toBe("Jens Stoltenberg");
  });

  it("follows a person from one office to the next: the intelligence chief who came to head the presidential office", () => {
    expect(holderOf("ua.intelligence-chief", "2025-06-01")?.name).toBe("Kyrylo Budanov");
    expect(holderOf("ua.intelligence-chief", "2026-06-01")?.name).not.toBe("Kyrylo Budanov");
    expect(holderOf("ua.head-of-presidential-office", "2025-06-01")?.name).toBe("Andriy Yermak");
    expect(holderOf("ua.head-of-presidential-office", "2026-06-01")?.name).toBe("Kyrylo Budanov");
  });

  it("names no one without a date, before the first known term or for an unknown office", () => {
    expect(holderOf("fi.head-of-state", null)).toBeNull();
    expect(holderOf("fi.head-of-state", "1990-01-01")).toBeNull();
    expect(holderOf("xx.head-of-state", "2024-01-01")).toBeNull();
  });

  it("prefers the full holder to an acting one on the same day, and gives the acting one otherwise", () => {
    expect(holderOf("bg.head-of-government", "2022-09-01")?.name).toBe("Galab Donev");
    expect(holderOf("gr.head-of-government", "2023-06-01")?.name).toBe("Ioannis Sarmas");
  });

  it("gives a person's role on a date from the office's title", () => {
    const shmyhal = PEOPLE.find((p) => p.name === "Denys Shmyhal")!;
    expect(roleOn(shmyhal, "2024-01-01")).toBe("Prime Minister of Ukraine");
    expect(roleOn(shmyhal, "2025-08-01")).toBe("Defence Minister of Ukraine");
  });
});

describe("offices beyond the four national ones", () => {
  it("answers who held them on a date", () => {
    expect(holderOf("ua.commander-in-chief", "2023-06-01")?.name).toBe("Valerii Zaluzhnyi");
    expect(holderOf("ua.commander-in-chief", "2024-06-01")?.name).toBe("Oleksandr Syrskyi");
    expect(holderOf("eu.high-representative", "2023-06-01")?.name).toBe("Josep Borrell");
    expect(holderOf("us.vice-president", "2025-06-01")?.name).toBe("JD Vance");
    expect(holderOf("ru.security-council-secretary", "2024-06-01")?.name).toBe("Sergei Shoigu");
  });
});
