import { describe, expect, it } from "vitest";
import { escapeText, html } from "./html";

describe("html", () => {
  it("escapes interpolated text, including markup and quotes in attributes", () => {
    const quote = `<script>alert("x")</script> & 'more'`;
    expect(html`<p title="${quote}">${quote}</p>`.value).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</p>",
    );
  });

  it("passes nested markup through once and joins lists", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
  });

  it("drops null, undefined and false", () => {
    expect(html`<p>${null}${undefined}${false}${0}</p>`.value).toBe("<p>0</p>");
  });

  it("never lets a CDATA end marker through as text", () => {
    expect(escapeText("a ]]> b")).toBe("a ]]&gt; b");
  });
});
