/** The session's CSRF token, sent back with every editor form (decision 0050). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}
