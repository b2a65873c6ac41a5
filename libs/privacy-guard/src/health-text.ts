/**
 * The normalised text (text-normalisation.ts) folded further for matching health words, keeping a map to it:
 * lower case; Cyrillic and Greek look-alikes as Latin ("dеpressie" with a Cyrillic е); digits and symbols used
 * as letters inside a word ("d3pressie", "burn-0ut", "zw@nger"); separators inside a word ("kan*ker",
 * "burn_out", "depr|essie"); and words spelled out one letter at a time ("b u r n o u t", "k.a.n.k.e.r").
 */
export interface FoldedText {
  text: string;
  /** Per character of `text`: its index in the text that was folded. */
  at: number[];
}

const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ո: 'n',
  α: 'a',
  ε: 'e',
  ο: 'o',
  ρ: 'p',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  τ: 't',
  υ: 'u',
};
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const IN_WORD_SEPARATOR = /[*_·|•]/;
/** At least four single letters separated by one repeated separator: "d e p r e s s i e", "k.a.n.k.e.r". */
const SPELLED_OUT = /(?<![\p{L}\d])\p{L}(?:([ .-]) ?\p{L}){3,}(?![\p{L}\d])/gu;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

export function foldForHealth(plain: string): FoldedText {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < plain.length; i++) {
    const lower = plain[i].toLowerCase();
    chars.push(LOOK_ALIKES[lower] ?? (lower.length === 1 ? lower : plain[i]));
    at.push(i);
  }
  foldLeet(chars);
  const kept = chars.map(
    (c, i) => !(IN_WORD_SEPARATOR.test(c) && isLetter(chars[i - 1]) && isLetter(chars[i + 1])),
  );
  dropSpelledOutGaps(chars.join(''), kept);
  const out: FoldedText = { text: '', at: [] };
  for (let i = 0; i < chars.length; i++) {
    if (!kept[i]) continue;
    out.text += chars[i];
    out.at.push(at[i]);
  }
  return out;
}

/** A digit or symbol counts as a letter inside a word of at least two letters, next to a letter. */
function foldLeet(chars: string[]): void {
  let start = 0;
  while (start < chars.length) {
    let end = start;
    while (
      end < chars.length &&
      (isLetter(chars[end]) || (chars[end] in LEET && chars[end] !== '!') || chars[end] === '-')
    )
      end++;
    if (end === start) {
      start++;
      continue;
    }
    const letters = chars.slice(start, end).filter((c) => isLetter(c)).length;
    if (letters >= 2) {
      for (let i = start; i < end; i++) {
        if (chars[i] in LEET && (isLetter(chars[i - 1]) || isLetter(chars[i + 1]))) chars[i] = LEET[chars[i]];
      }
    }
    start = end;
  }
}

function dropSpelledOutGaps(text: string, kept: boolean[]): void {
  for (const match of text.matchAll(SPELLED_OUT)) {
    const separator = match[1];
    const body = match[0];
    // One separator kind throughout, so "a b c" sequences of ordinary words are not glued.
    if (
      !body
        .split(/\p{L}/u)
        .slice(1, -1)
        .every((gap) => gap.trim() === separator.trim())
    )
      continue;
    // "a b u r n o u t": the article before a spelled-out word stays a word of its own.
    const from = separator === ' ' && /^[ai] /.test(body) && body.length >= 9 ? 2 : 0;
    for (let i = from; i < body.length; i++) if (!isLetter(body[i])) kept[match.index + i] = false;
  }
}
