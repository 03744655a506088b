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

/**
 * The speakers a short list offers: the `size` with the most statements and those in `keep` (the rows on
 * the page, the chosen one), in the full list's order (by name). At a million statements the full list
 * of ~400 was a sixth of /positions' HTML and as much again of its flight payload, rendered on every
 * cold request; the rest are a link away, on a chooser page (decision 0385).
 */
const mostProlific = new WeakMap<readonly SpeakerListItem[], Map<number, Set<string>>>();

export function shortSpeakerList(speakers: readonly SpeakerListItem[], size: number, keep: Iterable<string> = []): SpeakerListItem[] {
  const bySize = mostProlific.get(speakers) ?? mostProlific.set(speakers, new Map()).get(speakers)!;
  let top = bySize.get(size);
  if (top === undefined) {
    top = new Set([...speakers].sort((a, b) => b.statementCount - a.statementCount || a.name.localeCompare(b.name)).slice(0, size).map((s) => s.slug));
    bySize.set(size, top);
  }
  const kept = new Set(keep);
  return speakers.filter((s) => top.has(s.slug) || kept.has(s.slug));
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
