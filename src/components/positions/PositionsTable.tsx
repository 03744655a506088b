// The chart as a table: one line per mark (a statement, or the statements a counted mark stands for),
// the same links in the same order, for screen readers and for reading figures.
import type { PositionRowView, StanceTopicValue } from "@/server/queries";
import { inQuotationMarks } from "@/lib/format";
import { markDates, markHref, positionStanceLabel } from "./labels";

export function PositionsTable({ rows, topic, caption }: { rows: PositionRowView[]; topic: StanceTopicValue; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="positions-table">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 dark:border-slate-600">
            <th scope="col" className="p-2">Speaker</th>
            <th scope="col" className="p-2">Date</th>
            <th scope="col" className="p-2">Stance</th>
            <th scope="col" className="p-2">Statements</th>
            <th scope="col" className="p-2">Statement</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            [...row.marks].sort((a, b) => a.x - b.x || a.level - b.level).map((mark) => (
              <tr key={`${row.speaker.slug}-${mark.stance}-${mark.firstDay}`} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="p-2 font-semibold">
                  {row.speaker.name}
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{row.speaker.nato ? "NATO official" : "Other speaker"}</span>
                </th>
                <td className="p-2 whitespace-nowrap">{markDates(mark)}</td>
                <td className="p-2">{positionStanceLabel(mark.stance)}</td>
                <td className="p-2 text-right">{mark.n}</td>
                <td className="p-2">
                  <a href={markHref(row.speaker.slug, topic, mark)} className="text-blue-800 underline underline-offset-2 dark:text-blue-300" data-testid="table-statement">
                    {mark.statement ? inQuotationMarks(mark.statement.quote, 120) : `The ${mark.n} statements`}
                  </a>
                  {mark.statement?.evidence ? <span className="text-slate-700 dark:text-slate-300"> — “{mark.statement.evidence}”</span> : null}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
