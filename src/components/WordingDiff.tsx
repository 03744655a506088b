// Word-level differences between the first report's wording and another outlet's.
import { diffWords } from "diff";

export function hasWordingDifferences(base: string, other: string): boolean {
  return diffWords(base, other).some((part) => part.added || part.removed);
}

export function WordingDiff({ base, other }: { base: string; other: string }) {
  const parts = diffWords(base, other);
  return (
    <p className="leading-relaxed">
      {parts.map((part, i) => {
        // A removed run followed directly by an added one would print glued together ("needsyou").
        const gap = part.removed && parts[i + 1]?.added && !/\s$/.test(part.value) ? " " : "";
        return part.added ? (
          <ins key={i} className="word-added" title="Not in the first report">
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <span key={i}>
            <del className="word-removed" title="In the first report, missing here">
              <span className="sr-only">[missing: </span>
              {part.value}
              <span className="sr-only">]</span>
            </del>
            {gap}
          </span>
        ) : (
          <span key={i}>{part.value}</span>
        );
      })}
    </p>
  );
}
