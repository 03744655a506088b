// The outcome of the last editor action, from the ?notice= of the page it led to. Shown as text only.
const NOTICES: Record<string, string> = {
  "wrong-credentials": "Wrong name or password.",
  "rate-limited": "Too many wrong passwords for this account or from this address. Wait 15 minutes and try again.",
  "invalid-form": "The sign-in form had expired. Please try again.",
  "signed-out": "You are signed out. Sign in to continue.",
  confirmed: "Confirmed.",
  corrected: "Correction saved and logged.",
  unchanged: "Nothing was changed.",
  rejected: "Rejected: its permalink now answers 410 with your reason.",
  merged: "Merged: the other statement's link now leads here.",
  split: "Split: this is the new statement.",
  "problem-resolved": "The reader's report is marked as dealt with.",
};

export function EditorNotice({ notice }: { notice: string | undefined }) {
  if (!notice) return null;
  const isError = notice.startsWith("error:") || ["wrong-credentials", "rate-limited", "invalid-form"].includes(notice);
  const text = notice.startsWith("error:") ? `Not saved: ${notice.slice(6)}` : (NOTICES[notice] ?? null);
  if (!text) return null;
  return (
    <p role={isError ? "alert" : "status"} data-testid="editor-notice" className={`rounded-md border p-3 ${isError ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900"}`}>
      {text}
    </p>
  );
}
