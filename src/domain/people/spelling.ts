// One letter apart: the misspellings that name a known person (mentions.ts, speakerLabels.ts).

/** One edit away: "Stoltenbergh", "Rutt". */
export function misspelt(surname: string, word: string): boolean {
  if (surname.length === word.length) return differsInOnePlace(surname, word);
  if (Math.abs(surname.length - word.length) !== 1) return false;
  const [shorter, longer] = surname.length < word.length ? [surname, word] : [word, surname];
  return oneInserted(shorter, longer);
}

/** Edit distance 1 between equal lengths: one substitution. Linear, where the edit-distance table is quadratic. */
function differsInOnePlace(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

/** `longer` is `shorter` with one character added somewhere. */
function oneInserted(shorter: string, longer: string): boolean {
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return shorter.slice(i) === longer.slice(i + 1);
}
