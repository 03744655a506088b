// The stance symbol: a shape per stance (circle-check, diamond-bar, square-cross) so
// stance never depends on colour alone.
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
