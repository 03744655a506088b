// The paragraph a quote came from, with the quote marked. Falls back to the sentence,
// then to the paragraph unmarked, when the quote cannot be found verbatim.

function locate(haystack: string, needle: string): [number, number] | null {
  if (!needle) return null;
  const at = haystack.indexOf(needle);
  if (at >= 0) return [at, at + needle.length];
  const lower = haystack.toLowerCase().indexOf(needle.toLowerCase());
  return lower >= 0 ? [lower, lower + needle.length] : null;
}

export function HighlightedParagraph({
  paragraph,
  sentence,
  quote,
}: {
  paragraph: string;
  sentence: string;
  quote: string;
}) {
  const text = paragraph || sentence;
  const span = locate(text, quote) ?? locate(text, sentence);
  if (!span) return <p>{text}</p>;
  return (
    <p>
      {text.slice(0, span[0])}
      <mark data-testid="quote-highlight">{text.slice(span[0], span[1])}</mark>
      {text.slice(span[1])}
    </p>
  );
}
