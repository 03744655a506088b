// HTML written outside React (feed entry content, the embed card): every interpolated value is escaped
// by escape-html unless it is markup this module made, so a quote holding "<script>" stays text.
import escapeHtml from "escape-html";

/** Markup already escaped (made by `html`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = string | number | SafeHtml | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** A tagged template: `html\`<p>${quote}</p>\`` escapes `quote`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Escapes one text for HTML (a feed's type="html" title). */
export function escapeText(text: string): string {
  return escapeHtml(text);
}
