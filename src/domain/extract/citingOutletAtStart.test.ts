import { describe, expect, it } from "vitest";
import { citingOutletAtStart, findOutlets } from "./context";

/** What `citingOutletAtStart` stands for: the first citing outlet, when it starts within the first three characters. */
function byFiltering(clause: string) {
  const first = findOutlets(clause, true)[0];
  return first && first.index <= 2 ? first : null;
}

const OPENINGS = ["", " ", ", ", "; ", "and ", "— ", "x "];
const CONSTRUCTIONS = [
  "according to Sample News",
  "According to the Example Courier newspaper",
  "cited by Sampleton Radio",
  "quoted by the news agency Example Wire",
  "per Example Daily",
  "via Sample News",
  "Sample News reported",
  "the Example Courier reports",
  "reported, citing Example TV",
  "an Example Wire correspondent reports",
  "Example Daily said",
  "the minister said",
  "officials wrote",
];
const ENDINGS = ["", ".", " that talks would go on.", ", the minister added", " on Tuesday, according to Sample News."];

describe("a citing outlet at the start of a clause", () => {
  it("finds one that opens the clause", () => {
    expect(citingOutletAtStart("according to Sample News, the talks stalled")?.name).toBe("Sample News");
    expect(citingOutletAtStart(", cited by Sampleton Radio")?.role).toBe("citing");
  });

  it("finds none further on, nor a receiving outlet", () => {
    expect(citingOutletAtStart("the talks stalled, according to Sample News")).toBeNull();
    expect(citingOutletAtStart("in an interview with Sample News")).toBeNull();
  });

  it("answers as filtering every citing outlet by where it starts", () => {
    for (const opening of OPENINGS) {
      for (const construction of CONSTRUCTIONS) {
        for (const ending of ENDINGS) {
          const clause = opening + construction + ending;
          expect(citingOutletAtStart(clause), clause).toEqual(byFiltering(clause));
        }
      }
    }
  });
});
