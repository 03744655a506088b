import { formatDate, formatDateSource, formatPrecision, type DateSourceValue, type Precision } from "@/lib/format";
import { html, type SafeHtml } from "@/lib/html";

/** The machine-readable value at the date's precision: 2024-11-27, 2024-11 or 2024. */
const machineDate = (date: string, precision: Precision | null) =>
  precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;

/**
 * A date shown at its precision, in a <time> element whose machine-readable value has
 * the same precision (2024-11-27, 2024-11 or 2024).
 */
export function DateText({
  date,
  precision,
  source,
  showSource = false,
  className,
}: {
  date: string | null;
  precision: Precision | null;
  source?: DateSourceValue | null;
  showSource?: boolean;
  className?: string;
}) {
  if (!date) return <span className={className}>Undated</span>;
  const machine = machineDate(date, precision);
  const sourceWords = formatDateSource(source ?? null);
  const precisionWords = precision && precision !== "day" ? formatPrecision(precision) : null;
  const extra = [precisionWords, showSource ? sourceWords : null].filter(Boolean).join("; ");
  return (
    <span className={className}>
      <time dateTime={machine}>{formatDate(date, precision)}</time>
      {extra ? <span className="text-slate-600"> ({extra})</span> : null}
    </span>
  );
}

/** DateText's markup as a string, without the source or a class (a unit test keeps the two the same). */
export function dateTextHtml(date: string | null, precision: Precision | null): SafeHtml {
  if (!date) return html`<span>Undated</span>`;
  const precisionWords = precision && precision !== "day" ? formatPrecision(precision) : null;
  const extra = precisionWords ? html`<span class="text-slate-600"> (${precisionWords})</span>` : "";
  return html`<span><time dateTime="${machineDate(date, precision)}">${formatDate(date, precision)}</time>${extra}</span>`;
}
