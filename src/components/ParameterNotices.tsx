/** A visible notice listing the parameters that were ignored, and why. */
export function ParameterNotices({
  issues,
  title = "Some of the address parameters could not be used",
}: {
  issues: { param: string; value: string; message: string }[];
  title?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <div role="status" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950" data-testid="parameter-notice">
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {issues.map((issue, i) => (
          <li key={`${issue.param}-${i}`}>
            <code className="rounded bg-amber-100 px-1 font-mono text-[0.85em]">
              {issue.param}={issue.value}
            </code>
            : {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
