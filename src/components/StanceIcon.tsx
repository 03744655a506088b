// The stance symbol: a shape per stance (circle-check, diamond-bar, square-cross) so
// stance never depends on colour alone.
import { html, SafeHtml } from "@/lib/html";
import type { StanceValue } from "@/server/queries/types";

const COLOURS: Record<StanceValue | "none", string> = {
  supports: "text-emerald-700",
  conditional: "text-amber-600",
  opposes: "text-red-700",
  none: "text-slate-500",
};

export function stanceColourClass(stance: StanceValue | null): string {
  return COLOURS[stance ?? "none"];
}

export function StanceIcon({ stance, className = "h-4 w-4" }: { stance: StanceValue | null; className?: string }) {
  const common = { className: `${className} ${stanceColourClass(stance)} shrink-0`, viewBox: "0 0 16 16", "aria-hidden": true, focusable: false } as const;
  switch (stance) {
    case "supports":
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M4.5 8.3l2.3 2.3 4.7-5" fill="none" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case "conditional":
      return (
        <svg {...common}>
          <path d="M8 0.4l7.6 7.6L8 15.6 0.4 8z" fill="currentColor" />
          <path d="M4.6 8h6.8" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" />
        </svg>
      );
    case "opposes":
      return (
        <svg {...common}>
          <rect x="0.75" y="0.75" width="14.5" height="14.5" rx="2" fill="currentColor" />
          <path d="M5 5l6 6M11 5l-6 6" stroke="#fff" strokeWidth="1.9" strokeLinecap="round" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" fill="#fff" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
  }
}

/** The shapes of StanceIcon as markup, for cards written as one string (StatementCard). */
const SHAPES: Record<StanceValue | "none", string> = {
  supports:
    '<circle cx="8" cy="8" r="7.5" fill="currentColor"></circle><path d="M4.5 8.3l2.3 2.3 4.7-5" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"></path>',
  conditional:
    '<path d="M8 0.4l7.6 7.6L8 15.6 0.4 8z" fill="currentColor"></path><path d="M4.6 8h6.8" stroke="#fff" stroke-width="1.9" stroke-linecap="round"></path>',
  opposes:
    '<rect x="0.75" y="0.75" width="14.5" height="14.5" rx="2" fill="currentColor"></rect><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="1.9" stroke-linecap="round"></path>',
  none: '<circle cx="8" cy="8" r="6.5" fill="#fff" stroke="currentColor" stroke-width="2"></circle>',
};

/** StanceIcon's markup as a string (a unit test keeps the two the same). */
export function stanceIconHtml(stance: StanceValue | null, className = "h-4 w-4"): SafeHtml {
  return html`<svg class="${className} ${stanceColourClass(stance)} shrink-0" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${new SafeHtml(SHAPES[stance ?? "none"])}</svg>`;
}
