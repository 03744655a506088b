import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NavLinks } from "./NavLinks";

const current = (pathname: string) => [...renderToStaticMarkup(<NavLinks pathname={pathname} />).matchAll(/<a aria-current="page"[^>]*href="([^"]+)"/g)].map((m) => m[1]);

describe("NavLinks", () => {
  it("marks the section of the path, and only it", () => {
    expect(current("/statements")).toEqual(["/statements"]);
    expect(current("/statements/abc123/a-quote")).toEqual(["/statements"]);
    expect(current("/speakers/jane-doe")).toEqual(["/speakers"]);
    expect(current("/")).toEqual([]);
    expect(current("/statementsx")).toEqual([]);
  });
  it("writes the anchors next/link wrote, with the hidden spinner", () => {
    expect(renderToStaticMarkup(<NavLinks pathname="/timeline" />)).toContain(
      '<a aria-current="page" class="relative block rounded-md px-3 py-2 text-sm font-medium sm:text-base bg-white text-blue-900" href="/timeline">Timeline<span aria-hidden="true" class="inline-block shrink-0 rounded-full border-2 border-current border-t-transparent transition-opacity opacity-0 absolute top-1 right-1 h-2.5 w-2.5"></span></a>',
    );
  });
});
