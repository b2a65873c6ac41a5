/**
 * Folds the ways people (and copy-paste) disguise personal data into one plain form before detection:
 * NFKC (full-width "＠" and "０６", ligatures), no invisible format characters (zero-width spaces, soft hyphens,
 * word joiners, byte-order marks), every dash a '-' and every space a ' ', and spaced-out e-mail addresses
 * and digit runs ("j a n @ v o o r b e e l d . n l", "0 6 1 2 3 4 5 6 7 8") closed up. Each character of the
 * result remembers the span of the original it came from, so findings can be reported in the original.
 */
export interface NormalisedText {
  text: string;
  /** Per character of `text`: start and end offset of the original characters it came from. */
  starts: number[];
  ends: number[];
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const FORMAT = /^\p{Cf}+$/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\p{Zs}\u180E]/gu;
const LINE_BREAKS = /[\u2028\u2029\u0085]/g;
/** Digits one by one with a dash or dot between them: "0-6-1-2-3-4-5-6-7-8". */
const DIGIT_BY_DIGIT = /(?<![\d.-])(?:\d[-.] ?){7,}\d(?![\d-]|\.\d)/g;
/** Single characters separated by single spaces, at least five of them. */
const SPACED_OUT = /(?<![^\s(:])(?:\S )+\S(?![^\s.,;:!?)])/g;

export function normaliseText(original: string): NormalisedText {
  const folded = foldCharacters(original);
  return closeUpSpacedOut(folded);
}

/** The original span of `text.slice(start, end)`; `end > start` is assumed. */
export function originalSpan(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start], end: n.ends[end - 1] };
}

function foldCharacters(original: string): NormalisedText {
  const out: NormalisedText = { text: '', starts: [], ends: [] };
  let droppedFormatAt = -1;
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const end = start + cluster.length;
    if (FORMAT.test(cluster)) {
      droppedFormatAt = droppedFormatAt === -1 ? start : droppedFormatAt;
      continue;
    }
    const plain = cluster
      .normalize('NFKC')
      .replace(DASHES, '-')
      .replace(SPACES, ' ')
      .replace(LINE_BREAKS, '\n');
    // "bsn\u00AD111222333" must not glue a word to a number: that would hide the number from the checks.
    if (droppedFormatAt !== -1 && gluesLetterToDigit(out.text.at(-1), plain[0])) {
      push(out, ' ', droppedFormatAt, start);
    }
    droppedFormatAt = -1;
    push(out, plain, start, end);
  }
  return out;
}

function gluesLetterToDigit(before: string | undefined, after: string | undefined): boolean {
  if (!before || !after) return false;
  const isLetter = (c: string) => /\p{L}/u.test(c);
  const isDigit = (c: string) => /\d/.test(c);
  return (isLetter(before) && isDigit(after)) || (isDigit(before) && isLetter(after));
}

function push(out: NormalisedText, plain: string, start: number, end: number): void {
  out.text += plain;
  for (let i = 0; i < plain.length; i++) {
    out.starts.push(start);
    out.ends.push(end);
  }
}

/** An e-mail address, phone number or BSN written one character at a time. */
function closeUpSpacedOut(n: NormalisedText): NormalisedText {
  const drop = new Set<number>();
  for (const match of n.text.matchAll(DIGIT_BY_DIGIT)) {
    for (let i = match.index; i < match.index + match[0].length; i++) if (/\D/.test(n.text[i])) drop.add(i);
  }
  for (const match of n.text.matchAll(SPACED_OUT)) {
    const chars = match[0].replace(/ /g, '');
    const email = chars.includes('@') && chars.length >= 5;
    const digits = /^[\d+()-]+$/.test(chars) && chars.replace(/\D/g, '').length >= 8;
    if (!email && !digits) continue;
    for (let i = match.index + 1; i < match.index + match[0].length; i += 2) drop.add(i);
  }
  if (drop.size === 0) return n;
  const out: NormalisedText = { text: '', starts: [], ends: [] };
  for (let i = 0; i < n.text.length; i++) {
    if (drop.has(i)) continue;
    out.text += n.text[i];
    out.starts.push(n.starts[i]);
    out.ends.push(n.ends[i]);
  }
  return out;
}
