// A cue list as one pattern: `\b(?:cue1|cue2|…)\b`, case-insensitive, skipped on texts that hold none of the
// words its matches need (matches.ts). A cue that may open with any letters ("\p{L}*n't", "\p{L}+-Russia talks")
// is tried at every word of every text, and its words are not required of the whole list: in one pattern with
// the other cues, it made the topic and condition lists cost two to three times as much (decision 0435). Such a
// cue runs as a block of its own, with its own required words, between the blocks of the cues around it; the
// blocks together give the match the one pattern gives.
import { triedAtFirstWords } from "../matches";
import { cueLeadsWithWords, cueListSource, cueListWordStarts, cueRequiresWords } from "../wordStarts";

/** A cue whose match may start with any run of letters: `\p{L}*` or `\p{L}+` at its start or at the start of a branch. */
const OPENS_WITH_ANY_LETTERS = /(?:^|\|)(?:\(\?:)*\\p\{L\}[*+]/;

export function cuePattern(cues: string[], flags = "iu"): RegExp {
  if (flags.includes("y")) throw new TypeError("cue patterns are searched, never sticky");
  const blocks = blocksOf(cues, flags);
  // The words each list and block needs are read cue by cue, each cue once (wordStarts.ts: `cueListWordStarts`); the
  // whole list of a list in blocks is only the pattern's source (LeftmostOfBlocks searches its blocks).
  const tried = (list: string[]) => triedAtFirstWords(cueListSource(list), flags, cueListWordStarts(list, cueListSource(list), flags));
  return blocks.length < 2 ? tried(cues) : new LeftmostOfBlocks(cueListSource(cues), flags, blocks.map(tried));
}

/**
 * Consecutive cues, with each that opens with any letters (and names words a text must hold) set apart, and the
 * cues whose first word the source does not say ("(?:would|’d) like to") in blocks of their own: the other cues are
 * then tried only at the words they begin with (matches.ts), not at every word of the text.
 */
function blocksOf(cues: string[], flags: string): string[][] {
  const blocks: string[][] = [];
  let run: string[] = [];
  let runLeads = true;
  for (const cue of cues) {
    if (OPENS_WITH_ANY_LETTERS.test(cue) && cueRequiresWords(cue, flags)) {
      if (run.length) blocks.push(run);
      blocks.push([cue]);
      run = [];
      continue;
    }
    const leads = cueLeadsWithWords(cue, flags);
    if (run.length && leads !== runLeads) {
      blocks.push(run);
      run = [];
    }
    runLeads = leads;
    run.push(cue);
  }
  if (run.length) blocks.push(run);
  return blocks;
}

/** Where a block was searched from, its first match from there (null: none), and where that match ends. */
interface BlockMatch {
  from: number;
  match: RegExpExecArray | null;
  end: number;
}

/**
 * The alternation of its blocks, run block by block: `\b(?:A|B)\b` finds the leftmost place where any alternative
 * matches and there the first alternative that does, so of the blocks' own matches the leftmost wins, and at one
 * place the block that comes first. Capture groups are numbered per block: callers read the match and its place only.
 */
class LeftmostOfBlocks extends RegExp {
  readonly #blocks: RegExp[];
  /** The text last searched and, per block, its first match from where it was last searched. */
  #text: string | null = null;
  #next: BlockMatch[] = [];

  // `split` and `replace` build a copy through the constructor (its species) with the source and flags only: a plain pattern.
  constructor(source: string | RegExp, flags?: string, blocks: RegExp[] = []) {
    super(source, flags);
    this.#blocks = blocks;
  }

  override exec(input: string): RegExpExecArray | null {
    if (!this.#blocks.length) return super.exec(input);
    const text = String(input);
    const from = this.global ? this.lastIndex : 0;
    if (text !== this.#text) {
      this.#text = text;
      this.#next = [];
    }
    let best: BlockMatch | null = null;
    for (let i = 0; i < this.#blocks.length; i++) {
      const next = this.#nextMatch(this.#blocks[i], i, text, from);
      if (next.match && (best === null || next.match.index < best.match!.index)) best = next;
    }
    if (this.global) this.lastIndex = best ? best.end : 0;
    return best ? best.match : null;
  }

  /**
   * A block's first match from `from`, kept for the next call on the same text: where a match starts does not depend on
   * where the search started, so a block that found nothing, or found a match further on, gives the same answer from
   * any later place. Run afresh every time, a block without a match would read to the end of the text once per match
   * of the others: the square of the text's length.
   */
  #nextMatch(block: RegExp, i: number, text: string, from: number): BlockMatch {
    const kept = this.#next[i];
    if (kept && kept.from <= from && (kept.match === null || kept.match.index >= from)) return kept;
    block.lastIndex = from;
    const match = block.exec(text);
    return (this.#next[i] = { from, match, end: block.lastIndex });
  }

  override test(input: string): boolean {
    // Whether any block matches needs no place, unless the pattern is global and keeps one.
    if (this.global || !this.#blocks.length) return this.exec(input) !== null;
    const text = String(input);
    for (const block of this.#blocks) if (block.test(text)) return true;
    return false;
  }
}
