// A stance drawn in SVG: the shape carries the stance (circle supports, diamond conditional, square
// opposes, hollow circle no stance) and the colour repeats it, so colour is never the only cue. A mark
// standing for several statements shows their count in place of the glyph.
//
// The shapes are written as SVG markup strings, not React elements: a positions row draws them by the
// hundred inside one string of markup (PositionRow, decision 0335), and the key and the speaker page's
// current position use the same strings, so each shape has one definition. Everything here is numbers
// and fixed class names; nothing comes from the data but counts.
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

function glyphMarkup(stance: PositionStance, r: number): string {
  const k = r * 0.5;
  switch (stance) {
    case "supports":
      return `<path d="M${-k} 0.3l${k * 0.7} ${k * 0.7} ${k * 1.3}-${k * 1.4}" class="${GLYPH}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"></path>`;
    case "conditional":
      return `<path d="M${-k} 0h${2 * k}" class="${GLYPH}" stroke-width="1.8" stroke-linecap="round"></path>`;
    case "opposes":
      return `<path d="M${-k} ${-k}l${2 * k} ${2 * k}M${k} ${-k}l${-2 * k} ${2 * k}" class="${GLYPH}" stroke-width="1.8" stroke-linecap="round"></path>`;
    default:
      return "";
  }
}

/** The shape of a stance centred on (0, 0) with radius r. */
function shapeMarkup(stance: PositionStance, r: number): string {
  switch (stance) {
    case "conditional":
      return `<path d="M0 ${-r * 1.2}L${r * 1.2} 0 0 ${r * 1.2}${-r * 1.2} 0z" class="${FILL.conditional}"></path>`;
    case "opposes":
      return `<rect x="${-r}" y="${-r}" width="${2 * r}" height="${2 * r}" rx="1.5" class="${FILL.opposes}"></rect>`;
    case "neutral":
      return `<circle r="${r - 1}" class="${FILL.neutral}" stroke-width="2"></circle>`;
    default:
      return `<circle r="${r}" class="${FILL.supports}"></circle>`;
  }
}

/** A mark's shape with its glyph, or with its count when it stands for several statements. `countText: false`
 * leaves the number out, for a link whose accessible name must not contain it (markCountMarkup draws it then). */
export function stanceMarkMarkup(stance: PositionStance, { count = 1, r = 7, countText = true }: { count?: number; r?: number; countText?: boolean } = {}): string {
  const inner = count > 1 ? (countText ? markCountMarkup(stance, count) : "") : glyphMarkup(stance, r);
  return shapeMarkup(stance, r) + inner;
}

/** The number on a counted mark: decoration, since the mark's link already names the count. */
export function markCountMarkup(stance: PositionStance, count: number): string {
  const className = stance === "neutral" ? "fill-slate-900 text-[8px] font-bold dark:fill-slate-100" : COUNT;
  return `<text text-anchor="middle" dominant-baseline="central" aria-hidden="true" pointer-events="none" class="${className}">${count > 99 ? "99+" : count}</text>`;
}

/** The change marker's glyph: a dashed line with an arrowhead on top (two paths, no group: a page draws dozens). */
export function changeGlyphMarkup(x: number, height: number): string {
  return `<path d="M${x} 5V${height}" class="${CHANGE_STROKE}" stroke-width="2" stroke-dasharray="3 2"></path><path d="M${x - 4} 0h8l-4 6z" class="${CHANGE_FILL}"></path>`;
}
const CHANGE_STROKE = "stroke-violet-700 dark:stroke-violet-300";
const CHANGE_FILL = "fill-violet-700 dark:fill-violet-300";

/** A small stand-alone icon of a stance (the key, a speaker's current position). */
export function StanceIcon({ stance, count, className = "h-4 w-4" }: { stance: PositionStance; count?: number; className?: string }) {
  return <svg viewBox="-8 -9 16 18" className={className} aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: stanceMarkMarkup(stance, { count }) }} />;
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
          <StanceIcon stance={stance} />
          {label}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <StanceIcon stance="opposes" count={3} />
        A number: that many statements at one place
      </li>
      <li className="inline-flex items-center gap-1.5">
        <svg viewBox="0 0 12 18" className="h-4 w-3" aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: changeGlyphMarkup(6, 18) }} />
        Change of position
      </li>
    </ul>
  );
}
