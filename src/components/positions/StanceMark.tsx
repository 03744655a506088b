// A stance drawn in SVG: the shape carries the stance (circle supports, diamond conditional, square
// opposes, hollow circle no stance) and the colour repeats it, so colour is never the only cue. A mark
// standing for several statements shows their count in place of the glyph.
import type { PositionStance } from "@/domain/positions";

const FILL: Record<PositionStance, string> = {
  supports: "fill-emerald-700 dark:fill-emerald-400",
  conditional: "fill-amber-600 dark:fill-amber-400",
  opposes: "fill-red-700 dark:fill-red-400",
  neutral: "fill-white stroke-slate-600 dark:fill-slate-900 dark:stroke-slate-300",
};
/** The fill of a stance's marks (and of its lane in a crowded row). */
export const stanceFill = (stance: PositionStance) => FILL[stance];
const GLYPH = "fill-none stroke-white dark:stroke-slate-950";
const COUNT = "fill-white text-[8px] font-bold dark:fill-slate-950";

function Glyph({ stance, r }: { stance: PositionStance; r: number }) {
  const k = r * 0.5;
  switch (stance) {
    case "supports":
      return <path d={`M${-k} 0.3l${k * 0.7} ${k * 0.7} ${k * 1.3}-${k * 1.4}`} className={GLYPH} strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />;
    case "conditional":
      return <path d={`M${-k} 0h${2 * k}`} className={GLYPH} strokeWidth="1.8" strokeLinecap="round" />;
    case "opposes":
      return <path d={`M${-k} ${-k}l${2 * k} ${2 * k}M${k} ${-k}l${-2 * k} ${2 * k}`} className={GLYPH} strokeWidth="1.8" strokeLinecap="round" />;
    default:
      return null;
  }
}

/** The shape of a stance centred on (0, 0) with radius r. */
function Shape({ stance, r }: { stance: PositionStance; r: number }) {
  switch (stance) {
    case "conditional":
      return <path d={`M0 ${-r * 1.2}L${r * 1.2} 0 0 ${r * 1.2}${-r * 1.2} 0z`} className={FILL.conditional} />;
    case "opposes":
      return <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={1.5} className={FILL.opposes} />;
    case "neutral":
      return <circle r={r - 1} className={FILL.neutral} strokeWidth="2" />;
    default:
      return <circle r={r} className={FILL.supports} />;
  }
}

/** A mark's shape with its glyph, or with its count when it stands for several statements. `countText={false}`
 * leaves the number out, for a link whose accessible name must not contain it (MarkCount draws it then). */
export function StanceMark({ stance, count = 1, r = 7, countText = true }: { stance: PositionStance; count?: number; r?: number; countText?: boolean }) {
  return (
    <>
      <Shape stance={stance} r={r} />
      {count > 1 ? countText ? <MarkCount stance={stance} count={count} /> : null : <Glyph stance={stance} r={r} />}
    </>
  );
}

/** The number on a counted mark: decoration, since the mark's link already names the count. */
export function MarkCount({ stance, count }: { stance: PositionStance; count: number }) {
  return (
    <text textAnchor="middle" dominantBaseline="central" aria-hidden="true" pointerEvents="none" className={stance === "neutral" ? "fill-slate-900 text-[8px] font-bold dark:fill-slate-100" : COUNT}>
      {count > 99 ? "99+" : count}
    </text>
  );
}

/** The key: each stance's shape and name. */
export function StanceKey() {
  const items: [PositionStance, string][] = [
    ["opposes", "Opposes"],
    ["conditional", "Conditional"],
    ["supports", "Supports"],
    ["neutral", "No stance recorded"],
  ];
  return (
    <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" data-testid="positions-legend" aria-label="Key">
      {items.map(([stance, label]) => (
        <li key={stance} className="inline-flex items-center gap-1.5">
          <svg viewBox="-8 -9 16 18" className="h-4 w-4" aria-hidden="true" focusable="false">
            <StanceMark stance={stance} />
          </svg>
          {label}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <svg viewBox="-8 -9 16 18" className="h-4 w-4" aria-hidden="true" focusable="false">
          <StanceMark stance="opposes" count={3} />
        </svg>
        A number: that many statements at one place
      </li>
      <li className="inline-flex items-center gap-1.5">
        <svg viewBox="0 0 12 18" className="h-4 w-3" aria-hidden="true" focusable="false">
          <ChangeGlyph x={6} height={18} />
        </svg>
        Change of position
      </li>
    </ul>
  );
}

/** The change marker: a dashed line with an arrowhead on top (two paths, no group: a page draws dozens). */
export function ChangeGlyph({ x, height }: { x: number; height: number }) {
  return (
    <>
      <path d={`M${x} 5V${height}`} className={CHANGE_STROKE} strokeWidth="2" strokeDasharray="3 2" />
      <path d={`M${x - 4} 0h8l-4 6z`} className={CHANGE_FILL} />
    </>
  );
}
const CHANGE_STROKE = "stroke-violet-700 dark:stroke-violet-300";
const CHANGE_FILL = "fill-violet-700 dark:fill-violet-300";
