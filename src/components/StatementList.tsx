import type { StatementSummary } from "@/server/queries/types";
import { StatementCard } from "./StatementCard";

/** Statement cards in an ordered list, or a dashed notice when there are none. */
export function StatementList({ statements, empty, testId }: { statements: StatementSummary[]; empty: string; testId?: string }) {
  if (statements.length === 0) return <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4">{empty}</p>;
  return (
    <ol className="space-y-4" data-testid={testId}>
      {statements.map((s) => (
        <li key={s.id}>
          <StatementCard statement={s} />
        </li>
      ))}
    </ol>
  );
}
