import { describe, expect, it } from "vitest";
import { detectMarkup } from "./markup";

describe("detectMarkup", () => {
  it("recognises web pages, fragments, feeds, escaped HTML and RTF", () => {
    expect(detectMarkup("<!DOCTYPE html>\n<html><body>Hi</body></html>")).toMatch(/HTML page/);
    expect(detectMarkup("  \n<HTML lang=en>")).toMatch(/HTML page/);
    expect(detectMarkup('<?xml version="1.0"?><rss></rss>')).toMatch(/XML document/);
    expect(detectMarkup("{\\rtf1\\ansi Hello}")).toMatch(/RTF/);
    expect(detectMarkup("Allies met.<p>“No troops,” he said.</p><p>More.</p>")).toMatch(/tags such as <p>/);
    expect(detectMarkup("Intro text <script>alert(1)</script>")).toMatch(/<script> element/);
    expect(detectMarkup("&quot;We will not send troops,&quot; Rutte said &amp; left.")).toMatch(/HTML-escaped/);
  });

  it("leaves plain prose alone, angle brackets and ampersands included", () => {
    expect(detectMarkup("Spending rose from <2% to >2% of GDP; R&D and B&B owners <Reuters> said.")).toBeNull();
    expect(detectMarkup("He wrote <b> once, and mentioned AT&T.")).toBeNull();
    expect(detectMarkup("“We will keep helping Ukraine,” Rutte said.")).toBeNull();
  });
});
