// Changes of position in words, each linked to the statement before and the one after it, with the words
// that decided each stance (StatementStance.evidence). The chart's change markers point here.
// The items reach React as one string of markup (every value escaped by `html`): at a million statements
// the list was ~300 of /positions' elements, each rendered twice per cold request (decisions 0335, 0385).
import { html, type SafeHtml } from "@/lib/html";
import { formatDate, inQuotationMarks } from "@/lib/format";
import { statementUrl } from "@/lib/urls";
import type { PositionChangeView, StatementRefView } from "@/server/queries";
import { changeAnchor, changeLabel } from "./labels";

function sideHtml(label: string, statement: StatementRefView): SafeHtml {
  const evidence = statement.evidence ? html`<span class="text-slate-700 dark:text-slate-300"> — decided by “${statement.evidence}”</span>` : "";
  return html`<li><span class="font-semibold">${label}</span> <a href="${statementUrl(statement)}" class="text-blue-800 underline underline-offset-2 dark:text-blue-300" data-testid="change-statement">${formatDate(statement.date, statement.datePrecision)}: ${inQuotationMarks(statement.quote, 140)}</a>${evidence}</li>`;
}

/** The `<li>`s of a change list, as markup. */
export function changeItemsHtml(changes: PositionChangeView[], speaker: { slug: string; name: string }, showSpeaker = true): string {
  return changes
    .map((change) => {
      const anchor = changeAnchor(speaker.slug, change);
      return html`<li id="${anchor}" class="scroll-mt-4 rounded-md border border-violet-300 p-3 target:ring-2 target:ring-violet-600 dark:border-violet-700" data-testid="position-change"><p class="font-semibold">${showSpeaker ? `${speaker.name}: ` : ""}${changeLabel(change)}</p><ul class="mt-1 space-y-1 text-sm">${sideHtml("Before:", change.before)}${sideHtml("After:", change.after)}</ul></li>`.value;
    })
    .join("");
}

export function ChangeList({ changes, speaker, showSpeaker = true }: { changes: PositionChangeView[]; speaker: { slug: string; name: string }; showSpeaker?: boolean }) {
  return <ol className="space-y-3" dangerouslySetInnerHTML={{ __html: changeItemsHtml(changes, speaker, showSpeaker) }} />;
}
