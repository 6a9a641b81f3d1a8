/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** `short` is an abbreviation of `long`: its letters appear in order, starting with the same one (`ts`, `gen`). */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short[0] !== long[0]) return false;
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/**
 * The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo
 * (a small edit distance) or an abbreviation (the shortest candidate it abbreviates).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const names = [...candidates];
  const lower = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best !== undefined && best.distance <= Math.max(2, Math.floor(word.length / 3))) return best.name;
  return names.filter((n) => abbreviates(lower, n.toLowerCase())).sort((a, b) => a.length - b.length)[0];
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : `did you mean "${hit}"? `;
}
