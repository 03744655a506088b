// The options of the GET filter forms' <select>s: one empty choice ("All speakers") and the options, as one
// string of HTML (as SpeakerSelect's, decision 0265; decision 0340). The statements page's form writes its
// whole content as a string around them (FilterForm, decision 0450).
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
