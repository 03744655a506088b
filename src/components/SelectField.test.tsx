import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { optionsHtml } from "./SelectField";

/** The options as React renders them from elements and a defaultValue (what SelectField did before 0340). */
const asElements = (options: { value: string; label: string }[], emptyLabel: string, value: string | undefined) =>
  renderToStaticMarkup(
    <select defaultValue={value ?? ""}>
      <option value="">{emptyLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>,
  )
    .replace(/^<select>|<\/select>$/g, "")
    .replaceAll(' selected=""', " selected")
    .replaceAll("&#x27;", "&#39;");

describe("optionsHtml", () => {
  const options = [
    { value: "jane-doe", label: "Jane <Doe> (12)" },
    { value: "o'brien", label: `O'Brien & "Co"` },
  ];
  it("is the markup React made of option elements, the chosen one marked", () => {
    for (const value of [undefined, "jane-doe", "o'brien", "someone-else"]) {
      expect(optionsHtml(options, "All speakers", value)).toBe(asElements(options, "All speakers", value));
    }
  });
  it("escapes values and labels", () => {
    expect(optionsHtml(options, "<All>", undefined)).not.toMatch(/<Doe>|<All>/);
  });
});
