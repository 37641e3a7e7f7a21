// Optimal-string-alignment edit distance (insertions, deletions, substitutions, adjacent transpositions), used
// wherever a typed word is matched with a typo allowed: intents, menu choices, places. Why one hand-written
// function: it runs for every candidate word of every message, so it gives up as soon as a row passes `max`
// and reuses three rolling rows (grown when a word is longer) instead of allocating a table per call.

let distanceRows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with transpositions, stopping early past `max`. (Three rolling rows, grown when a word is longer: no allocation per call.) */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (distanceRows[0].length <= b.length) distanceRows = [new Int32Array(b.length + 16), new Int32Array(b.length + 16), new Int32Array(b.length + 16)];
  let before = distanceRows[0];
  let prev = distanceRows[1];
  let cur = distanceRows[2];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i; // cur[0] is part of the row
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ai === bj ? 0 : 1);
      if (prev[j]! + 1 < v) v = prev[j]! + 1;
      if (cur[j - 1]! + 1 < v) v = cur[j - 1]! + 1;
      if (j > 1 && aBefore === bj && ai === b.charCodeAt(j - 2) && before[j - 2]! + 1 < v) v = before[j - 2]! + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length]!;
}
