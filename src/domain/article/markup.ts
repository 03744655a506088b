// Recognises markup saved in place of an article's text: HTML or XML pages,
// HTML-escaped text, RTF. We refuse it rather than convert it
// (docs/decisions/0021-refuse-markup.md). Every pattern is linear: a tag
// match cannot run past the next "<" or ">".

const DOCUMENT_OPENINGS: [RegExp, string][] = [
  [/^<!doctype\s+html/i, "an HTML page (it starts with <!DOCTYPE html>)"],
  [/^<html[\s>]/i, "an HTML page (it starts with <html>)"],
  [/^<\?xml[\s?]/i, "an XML document (it starts with <?xml)"],
  [/^\{\\rtf/, "an RTF document (it starts with {\\rtf)"],
];

const ACTIVE_ELEMENT = /<(script|style|iframe|object|embed|svg|form)\b[^<>]*>/i;

// Element names common in web pages and feeds; prose rarely puts three of them in angle brackets.
const TAG =
  /<\/?(?:html|head|body|title|meta|link|div|span|br|hr|img|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6]|em|strong|blockquote|article|section|header|footer|nav|main|aside|figure|figcaption|font|center|rss|channel|item|feed|entry|description|[abipu])\b[^<>]*>|<!--/gi;

const ENTITY = /&(?:quot|amp|lt|gt|nbsp|apos|[lr]dquo|[lr]squo|mdash|ndash|hellip|#\d{1,7}|#x[0-9a-f]{1,6});/gi;

const ENOUGH_TO_BE_MARKUP = 3;

/** What kind of markup the text is, in words, or null for plain text. */
export function detectMarkup(text: string): string | null {
  const start = text.trimStart();
  for (const [opening, description] of DOCUMENT_OPENINGS) if (opening.test(start)) return description;
  const active = ACTIVE_ELEMENT.exec(text);
  if (active) return `HTML (it contains a <${active[1].toLowerCase()}> element)`;
  const tags = countUpTo(text, TAG, ENOUGH_TO_BE_MARKUP);
  if (tags.count >= ENOUGH_TO_BE_MARKUP) return `HTML (it contains tags such as ${tags.first})`;
  const entities = countUpTo(text, ENTITY, ENOUGH_TO_BE_MARKUP);
  if (entities.count >= ENOUGH_TO_BE_MARKUP) return `HTML-escaped text (it contains entities such as ${entities.first})`;
  return null;
}

function countUpTo(text: string, pattern: RegExp, limit: number): { count: number; first: string | null } {
  pattern.lastIndex = 0;
  let count = 0;
  let first: string | null = null;
  for (let match = pattern.exec(text); match && count < limit; match = pattern.exec(text)) {
    first ??= match[0].length > 40 ? `${match[0].slice(0, 40)}…` : match[0];
    count++;
  }
  return { count, first };
}
