// A labelled <select> for the GET filter forms: one empty choice ("All speakers") and the options. The options
// reach React as one string of HTML (as SpeakerSelect's, decision 0265): a list page's form has ~30 of them,
// each rendered twice per cold request for markup that never changes in the browser (decision 0340).
import escapeHtml from "escape-html";

/** The filter form's field and label styles (globals.css), shared with its other inputs. */
export const FIELD_CLASS = "field";
export const LABEL_CLASS = "field-label";

export interface SelectOption {
  value: string;
  label: string;
}

/** The empty choice and the options, the one of `value` (the empty one without) marked as chosen. */
export function optionsHtml(options: SelectOption[], emptyLabel: string, value: string | undefined): string {
  const chosen = value ?? "";
  const option = (v: string, label: string) =>
    `<option value="${escapeHtml(v)}"${v === chosen ? " selected" : ""}>${escapeHtml(label)}</option>`;
  return option("", emptyLabel) + options.map((o) => option(o.value, o.label)).join("");
}

export function SelectField({
  id,
  name,
  label,
  value,
  emptyLabel,
  options,
  help,
  labelClassName = LABEL_CLASS,
  className = FIELD_CLASS,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  emptyLabel: string;
  options: SelectOption[];
  /** A line under the field, linked to it for screen readers. */
  help?: string;
  labelClassName?: string;
  className?: string;
}) {
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div className="min-w-0 max-w-full">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className={`${className} max-w-full`}
        aria-describedby={helpId}
        dangerouslySetInnerHTML={{ __html: optionsHtml(options, emptyLabel, value) }}
      />
      {help ? (
        <p id={helpId} className="mt-1 text-xs text-slate-600">
          {help}
        </p>
      ) : null}
    </div>
  );
}
