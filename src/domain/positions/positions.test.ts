import { describe, expect, it } from "vitest";
import { currentPosition, detectChanges, type DayStance } from "./changes";
import { isNatoOfficial } from "./groups";
import { isCrowded, stanceLanes } from "./crowded";
import { aggregateMarks, binDays, binStart, drawnRow, stackDepth, xOfDay, type Mark, type StanceGroup } from "./marks";
import { periodContaining, periodLabel, periodOf, shiftPeriod, subPeriods } from "./periods";

const day = (d: string, stance: DayStance["stance"], n = 1, id = `${d}-${stance}`, at = "2025-01-01T00:00:00.000"): DayStance => ({
  day: d,
  stance,
  n,
  firstId: `${id}-first`,
  lastId: `${id}-last`,
  firstAt: at,
});

describe("detectChanges", () => {
  it("finds a change between consecutive stances and links the statements on both sides", () => {
    const changes = detectChanges([day("2025-04-05", "conditional"), day("2024-11-28", "opposes"), day("2024-10-01", "opposes")]);
    expect(changes).toEqual([
      { from: "opposes", to: "conditional", before: { id: "2024-11-28-opposes-last", day: "2024-11-28" }, after: { id: "2025-04-05-conditional-first", day: "2025-04-05" } },
    ]);
  });

  it("ignores statements without a stance: they neither make nor break a change", () => {
    expect(detectChanges([day("2024-01-01", "opposes"), day("2024-02-01", "neutral"), day("2024-03-01", "opposes")])).toEqual([]);
    expect(detectChanges([day("2024-01-01", "opposes"), day("2024-02-01", "neutral"), day("2024-03-01", "supports")])).toHaveLength(1);
  });

  it("orders two stances of one day by their first statement and reports each change", () => {
    const changes = detectChanges([
      day("2024-05-01", "supports", 1, "b", "2025-01-02T00:00:00.000"),
      day("2024-05-01", "opposes", 1, "a", "2025-01-01T00:00:00.000"),
      day("2024-06-01", "opposes"),
    ]);
    expect(changes.map((c) => `${c.from}>${c.to}`)).toEqual(["opposes>supports", "supports>opposes"]);
  });

  it("finds nothing in no data or a steady position", () => {
    expect(detectChanges([])).toEqual([]);
    expect(detectChanges([day("2024-01-01", "supports", 3), day("2024-02-01", "supports")])).toEqual([]);
  });
});

describe("currentPosition", () => {
  it("gives the latest stance, since the start of its run, with the run's statements", () => {
    const position = currentPosition([day("2024-01-01", "supports", 2), day("2024-03-01", "opposes", 2), day("2024-04-01", "neutral", 5), day("2024-05-01", "opposes", 3)]);
    expect(position).toEqual({ stance: "opposes", since: "2024-03-01", statements: 5, latestDay: "2024-05-01" });
  });

  it("is null without any stance", () => {
    expect(currentPosition([day("2024-01-01", "neutral")])).toBeNull();
  });
});

const group = (speakerId: string, d: string, stance: StanceGroup["stance"], n = 1, latestId = `${speakerId}-${d}-${stance}`): StanceGroup => ({
  speakerId,
  stance,
  firstDay: d,
  lastDay: d,
  n,
  latestId,
});

describe("aggregateMarks", () => {
  const month = { start: "2025-03-01", end: "2025-04-01", width: 310, markSize: 10 }; // 10 units a day

  it("keeps marks on separate days apart and stacks the stances of one day", () => {
    const marks = aggregateMarks([group("a", "2025-03-01", "opposes"), group("a", "2025-03-01", "supports"), group("a", "2025-03-10", "opposes")], month).get("a")!;
    expect(marks.map((m) => [m.firstDay, m.stance, m.level, m.n])).toEqual([
      ["2025-03-01", "opposes", 0, 1],
      ["2025-03-01", "supports", 1, 1],
      ["2025-03-10", "opposes", 0, 1],
    ]);
    expect(stackDepth(marks)).toBe(2);
    expect(marks[0].x).toBeCloseTo(5);
  });

  it("merges marks that would overlap into one counted mark per stance, linking the latest statement", () => {
    const year = { start: "2025-01-01", end: "2026-01-01", width: 365, markSize: 10 }; // 1 unit a day
    const marks = aggregateMarks(
      [group("a", "2025-03-01", "opposes", 2, "early"), group("a", "2025-03-04", "opposes", 3, "late"), group("a", "2025-03-05", "neutral"), group("a", "2025-06-01", "opposes")],
      year,
    ).get("a")!;
    expect(marks).toHaveLength(3);
    expect(marks[0]).toMatchObject({ stance: "opposes", n: 5, firstDay: "2025-03-01", lastDay: "2025-03-04", latestId: "late", level: 0 });
    expect(marks[1]).toMatchObject({ stance: "neutral", n: 1, level: 1 });
    expect(marks[0].x).toBe(marks[1].x);
    expect(marks[2]).toMatchObject({ firstDay: "2025-06-01", n: 1, level: 0 });
  });

  it("keeps each speaker's marks to themselves", () => {
    const marks = aggregateMarks([group("a", "2025-03-01", "opposes"), group("b", "2025-03-01", "opposes")], month);
    expect([...marks.keys()].sort()).toEqual(["a", "b"]);
    expect(marks.get("b")).toHaveLength(1);
  });

  it("holds thousands of groups in a few marks", () => {
    const year = { start: "2025-01-01", end: "2026-01-01", width: 730, markSize: 14 };
    const many: StanceGroup[] = [];
    for (let i = 0; i < 365; i++) for (const stance of ["opposes", "supports"] as const) many.push(group("a", new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), stance, 10));
    const marks = aggregateMarks(many, year).get("a")!;
    expect(marks.length).toBeLessThanOrEqual(2 * Math.ceil(730 / 14) + 2);
    expect(marks.reduce((sum, m) => sum + m.n, 0)).toBe(7300);
  });
});

describe("bins", () => {
  it("bins days so that one bin is at least a mark wide", () => {
    const year = { start: "2025-01-01", end: "2026-01-01", width: 730, markSize: 14 };
    expect(binDays(year)).toBe(7);
    expect(binStart(year, "2025-01-09")).toBe("2025-01-08");
    expect(binDays({ start: "2025-03-01", end: "2025-04-01", width: 800, markSize: 14 })).toBe(1);
    expect(xOfDay(year, "2025-01-01")).toBeCloseTo(1);
  });
});

describe("periods", () => {
  it("reads the keys of each zoom and rejects the wrong shape", () => {
    expect(periodOf("year", "2025")).toEqual({ zoom: "year", key: "2025", start: "2025-01-01", end: "2026-01-01" });
    expect(periodOf("quarter", "2025-Q4")).toEqual({ zoom: "quarter", key: "2025-Q4", start: "2025-10-01", end: "2026-01-01" });
    expect(periodOf("month", "2024-02")).toMatchObject({ start: "2024-02-01", end: "2024-03-01" });
    expect(periodOf("month", "2024-13")).toBeNull();
    expect(periodOf("quarter", "2025")).toBeNull();
  });

  it("finds, shifts, splits and names periods", () => {
    expect(periodContaining("quarter", "2025-05-17").key).toBe("2025-Q2");
    expect(shiftPeriod(periodOf("month", "2025-01")!, -1).key).toBe("2024-12");
    expect(shiftPeriod(periodOf("quarter", "2025-Q4")!, 1).key).toBe("2026-Q1");
    expect(subPeriods(periodOf("year", "2025")!, "quarter").map((p) => p.key)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    expect(periodLabel(periodOf("quarter", "2025-Q2")!)).toBe("April–June 2025");
    expect(periodLabel(periodOf("month", "2025-04")!)).toBe("April 2025");
  });
});

describe("isNatoOfficial", () => {
  const roles = [
    { title: "Chair of the NATO Military Committee", startDate: "2015-06-26", endDate: "2018-06-29" },
    { title: "President of the Czech Republic", startDate: "2023-03-09", endDate: null },
  ];
  it("counts a NATO office held during the span shown", () => {
    expect(isNatoOfficial(roles, { from: "2016-01-01", to: "2016-12-31" })).toBe(true);
    expect(isNatoOfficial(roles, { from: "2025-01-01", to: "2025-12-31" })).toBe(false);
    expect(isNatoOfficial([{ title: "NATO Secretary General", startDate: null, endDate: null }], null)).toBe(true);
    expect(isNatoOfficial([{ title: "Prime Minister of Italy", startDate: null, endDate: null }], null)).toBe(false);
  });
});

describe("crowded rows", () => {
  const scale = { start: "2025-01-01", end: "2025-01-11", width: 100, markSize: 10 }; // 10 units a day
  const mark = (x: number, stance: Mark["stance"], n = 1): Mark => ({ speakerId: "a", stance, firstDay: "2025-01-01", lastDay: "2025-01-01", n, latestId: null, x, level: 0 });

  it("is crowded only beyond the marks that fit side by side", () => {
    expect(isCrowded(Array.from({ length: 10 }), scale)).toBe(false);
    expect(isCrowded(Array.from({ length: 11 }), scale)).toBe(true);
  });

  it("merges a stance's marks closer than a mark's width into stretches and keeps the key's order of stances", () => {
    const lanes = stanceLanes([mark(35, "supports", 2), mark(5, "opposes"), mark(17, "opposes", 3), mark(55, "opposes"), mark(95, "opposes")], scale);
    expect(lanes.map((l) => l.stance)).toEqual(["opposes", "supports"]);
    expect(lanes[0]).toEqual({
      stance: "opposes",
      n: 6,
      stretches: [
        { from: 0, to: 22, n: 4 },
        { from: 50, to: 60, n: 1 },
        { from: 90, to: 100, n: 1 },
      ],
    });
    expect(lanes[1].stretches).toEqual([{ from: 30, to: 40, n: 2 }]);
  });
});

describe("drawnRow", () => {
  const year = { start: "2026-01-01", end: "2027-01-01", width: 800, markSize: 16 };
  const stances = ["opposes", "conditional", "supports", "neutral"] as const;
  /** A deterministic pseudo-random speaker: `bins` 8-day bins, each with some stances, out of order. */
  function groupsOf(seed: number, bins: number): StanceGroup[] {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const groups: StanceGroup[] = [];
    for (let b = 0; b < bins; b++) {
      const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 365))).toISOString().slice(0, 10);
      for (const stance of stances) if (next() < 0.6) groups.push(group("a", day, stance, 1 + Math.floor(next() * 40), `s${b}${stance}`));
    }
    return groups.reverse();
  }

  /** The clustering as it was written before drawnRow (decision 0335), mark objects and all: the reference. */
  function referenceMarks(groups: StanceGroup[], scale: typeof year): Mark[] {
    const start = Date.parse(scale.start) / 864e5;
    const days = Date.parse(scale.end) / 864e5 - start;
    const xOf = (day: string) => ((Date.parse(day) / 864e5 - start + 0.5) / days) * scale.width;
    const placed = groups.map((g) => ({ group: g, x: xOf(g.firstDay) })).sort((a, b) => a.x - b.x || (a.group.firstDay < b.group.firstDay ? -1 : a.group.firstDay > b.group.firstDay ? 1 : 0));
    const marks: Mark[] = [];
    let cluster: typeof placed = [];
    const flush = () => {
      if (cluster.length === 0) return;
      const x = (cluster[0].x + cluster[cluster.length - 1].x) / 2;
      stances.filter((stance) => cluster.some((p) => p.group.stance === stance)).forEach((stance, level) => {
        const own = cluster.filter((p) => p.group.stance === stance).map((p) => p.group);
        const latest = own.reduce((a, b) => (b.lastDay >= a.lastDay ? b : a));
        const firstDay = own.reduce((min, g) => (g.firstDay < min ? g.firstDay : min), own[0].firstDay);
        marks.push({ speakerId: own[0].speakerId, stance, firstDay, lastDay: latest.lastDay, n: own.reduce((sum, g) => sum + g.n, 0), latestId: latest.latestId, x, level });
      });
      cluster = [];
    };
    for (const item of placed) {
      if (cluster.length > 0 && item.x - cluster[0].x >= scale.markSize) flush();
      cluster.push(item);
    }
    flush();
    return marks;
  }

  it("makes the same marks as the clustering it replaced", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const groups = groupsOf(seed, seed * 20);
      expect(aggregateMarks(groups, year).get("a")).toEqual(referenceMarks(groups, year));
    }
  });

  it("draws a crowded row as the lanes of its marks, without the marks", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const groups = groupsOf(seed, 120);
      const marks = aggregateMarks(groups, year).get("a")!;
      expect(isCrowded(marks, year)).toBe(true);
      const row = drawnRow(groups, year);
      expect(row).toEqual({ crowded: true, marks: [], lanes: stanceLanes(marks, year) });
      expect(drawnRow(groups, year, true)).toEqual({ crowded: true, marks, lanes: null });
    }
  });

  it("draws a row that fits mark by mark", () => {
    const groups = groupsOf(7, 12);
    const marks = aggregateMarks(groups, year).get("a")!;
    expect(isCrowded(marks, year)).toBe(false);
    expect(drawnRow(groups, year)).toEqual({ crowded: false, marks, lanes: null });
    expect(drawnRow([], year)).toEqual({ crowded: false, marks: [], lanes: null });
  });
});
