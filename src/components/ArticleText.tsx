// An article's stored text with the place of every extracted statement marked and anchored
// (id "s-<statementId>" at its first place), each mark linking to the statement's permalink.
import Link from "next/link";
import { textSegments } from "@/domain/article/textSegments";
import { articleAnchorId, statementUrl } from "@/lib/urls";
import type { ArticleStatementSpan } from "@/server/queries/types";

export function ArticleText({ text, statements }: { text: string; statements: ArticleStatementSpan[] }) {
  const byReport = new Map(statements.map((s) => [s.reportId, s]));
  // A statement printed twice in one article is anchored at its first place only (ids are unique).
  const anchored = new Set<string>();
  const anchorFor = (reportId: string) => {
    const span = byReport.get(reportId);
    if (!span || anchored.has(span.statement.id)) return null;
    anchored.add(span.statement.id);
    return <span key={`a-${reportId}`} id={articleAnchorId(span.statement.id)} className="scroll-mt-24" />;
  };
  const segments = textSegments(
    text,
    statements.map((s) => ({ key: s.reportId, start: s.start, end: s.end })),
  );
  return (
    <div className="font-serif text-lg leading-relaxed whitespace-pre-wrap text-slate-900" data-testid="article-text">
      {segments.map((segment) => {
        const anchors = segment.starting.map(anchorFor);
        const innermost = byReport.get(segment.covering.at(-1) ?? "");
        if (!innermost) return [...anchors, <span key={segment.start}>{segment.text}</span>];
        const who = innermost.speaker?.name ?? "an unnamed speaker";
        return [
          ...anchors,
          <mark key={segment.start} data-statement={innermost.statement.id} data-testid="article-statement">
            <Link
              href={statementUrl(innermost.statement)}
              className="text-inherit underline decoration-amber-700 decoration-1 underline-offset-4 hover:decoration-2"
              title={`Statement by ${who}`}
            >
              {segment.text}
            </Link>
          </mark>,
        ];
      })}
    </div>
  );
}
