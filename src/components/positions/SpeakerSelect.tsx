// A <select> of every speaker whose options reach React as one string of HTML. At a million statements
// the list holds ~400 speakers: as elements they were a quarter of the elements of /positions and of the
// timeline, each one rendered twice per cold request (React's flight and HTML renders), for a list that
// never changes between imports (decision 0265). The options are escaped here, and the string is kept per
// speaker list (the cached read returns the same array until the data changes).
import escapeHtml from "escape-html";
import type { SpeakerListItem } from "@/server/queries";

const optionsBySpeakers = new WeakMap<readonly SpeakerListItem[], string>();

function optionTags(speakers: readonly SpeakerListItem[]): string {
  let html = optionsBySpeakers.get(speakers);
  if (html === undefined) {
    html = speakers.map((s) => `<option value="${escapeHtml(s.slug)}">${escapeHtml(s.name)}</option>`).join("");
    optionsBySpeakers.set(speakers, html);
  }
  return html;
}

/** `<option>`s for these speakers after an empty first choice; `selected` is marked as chosen. */
export function speakerOptionsHtml(speakers: readonly SpeakerListItem[], emptyLabel: string, selected?: string): string {
  const empty = `<option value=""${selected ? "" : " selected"}>${escapeHtml(emptyLabel)}</option>`;
  const options = optionTags(speakers);
  if (!selected) return empty + options;
  const plain = `<option value="${escapeHtml(selected)}">`;
  // A function, not a string: a replacement string would read "$&" in it as a pattern.
  return empty + options.replace(plain, () => `<option value="${escapeHtml(selected)}" selected>`);
}

export function SpeakerSelect({
  id,
  name,
  speakers,
  emptyLabel,
  selected,
  className,
}: {
  id?: string;
  name: string;
  speakers: readonly SpeakerListItem[];
  emptyLabel: string;
  selected?: string;
  className?: string;
}) {
  return <select id={id} name={name} className={className} dangerouslySetInnerHTML={{ __html: speakerOptionsHtml(speakers, emptyLabel, selected) }} />;
}
