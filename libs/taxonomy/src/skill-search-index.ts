import { distance } from 'fastest-levenshtein';
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { newStemmer } from 'snowball-stemmers';
import type { EscoSkill } from './esco-data';

export type SkillSearchLanguage = 'nl' | 'en';

export interface SkillSearchOptions {
  /** Default 10, at most 50. */
  limit?: number;
  /** The user's language: its labels rank higher, but the other language still matches (Dutch coverage is partial). */
  language?: SkillSearchLanguage;
  /**
   * How many open vacancies of the user's region ask for each skill (by id): a skill that matters in the region's
   * vacancies is the likelier intent, so it ranks higher among equally good matches.
   */
  regionDemand?: ReadonlyMap<string, number>;
}

export interface SkillSearchHit {
  skillId: string;
  score: number;
  matchedLabel: string;
  matchedLanguage: SkillSearchLanguage;
  preferredLabelEn: string;
  preferredLabelNl: string | null;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/** Up to this many letters a query is the start of a label, answered from the small index. */
const SHORT_QUERY = 3;
const PREFERRED_LABEL_BOOST = 1.5;
const LANGUAGE_BOOST = 1.3;
const EXACT_LABEL_BOOST = 4;
const LABEL_PREFIX_BOOST = 1.25;
const SHORT_PREFIX_BOOST = 4;
const USAGE_WEIGHT = 0.05;
const SHORT_USAGE_WEIGHT = 1;
const REGION_DEMAND_WEIGHT = 0.25;
/** MiniSearch weighs fuzzy above prefix matches by default; while typing, a completion is the likelier intent. */
const MATCH_WEIGHTS = { prefix: 0.45, fuzzy: 0.3 };

/**
 * Not indexed: they occur in most labels, so as query terms they cost the most and select nothing. Both lists
 * apply to both languages, so words that carry meaning in the other one are left out (Dutch "door": English door).
 */
export const STOP_WORDS = new Set(
  [
    'a an and as at by for from in into of on or the to with',
    'aan bij de den een en het met naar of om op te van voor',
  ]
    .join(' ')
    .split(' '),
);

/** Lower-case, no diacritics, punctuation as spaces: "Créëren, 3D-omgevingen" → "creeren 3d omgevingen". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const normalizeTerm = (term: string): string => normalizeLabel(term).replace(/ /g, '');

/**
 * Dutch stems and compound parts are indexed next to each word, marked with this prefix so they only ever meet
 * other stems: "wondverzorging" also indexes ~wond and ~verzorg, so "wonden verzorgen" finds it and back.
 */
const STEM = '~';
const dutchStemmer = newStemmer('dutch');
const stemCache = new Map<string, string>();
function dutchStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) stemCache.set(word, (stem = dutchStemmer.stem(word)));
  return stem;
}

/** Parts shorter than this are too ambiguous to split off ("ver", "op", "ei"): Dutch verb prefixes stay on. */
const MIN_PART = 4;
/** A tail this long that the labels use carries a compound by itself: "wond|verzorging", "tillift|training". */
const STRONG_TAIL = 6;
/** Words shorter than this are not split. */
const MIN_COMPOUND = 8;
/** Linking sounds between the parts of a Dutch compound: "bedrijf-s-hulp", "kinder-opvang"; none first. */
const LINKS = ['', 's', 'en', 'e'];

/**
 * Splits a Dutch compound into two parts, trying the longest tail first: both parts known to the labels (as words
 * or as stems of words), or a long known tail after a head of four letters or more ("wondverzorging" → wond +
 * verzorging, "bedrijfshulpverlening" → bedrijf + hulpverlening, "samenwerken" → samen + werken). Null when no
 * split is found. `known` holds the label words and their stems.
 */
export function splitCompound(word: string, known: ReadonlySet<string>): [string, string] | null {
  if (word.length < MIN_COMPOUND) return null;
  for (let end = MIN_PART; end <= word.length - MIN_PART; end++) {
    const tail = word.slice(end);
    if (!known.has(tail)) continue;
    const head = word.slice(0, end);
    for (const link of LINKS) {
      if (!head.endsWith(link)) continue;
      const stem = head.slice(0, head.length - link.length);
      if (stem.length >= MIN_PART && known.has(stem)) return [stem, tail];
    }
    if (tail.length >= STRONG_TAIL) return [head, tail];
  }
  return null;
}

/** No fuzziness below 5 letters (too many neighbours, like fork → work); two edits from 8 ("forklfit"). */
function fuzzyDistance(term: string): number | false {
  if (term.startsWith(STEM)) return false;
  if (term.length >= 8) return 2;
  return term.length >= 5 ? 1 : false;
}

/** Typing the whole label with a slip ("samewerken", "beveiligng") counts almost as typing it right. */
const NEAR_EXACT_SHARE = 0.75;

function labelLift(label: string, query: string, exactLift: number, prefixLift: number): number {
  if (label === query) return exactLift;
  if (label.startsWith(query)) return prefixLift;
  const slips = fuzzyDistance(query);
  const near =
    slips !== false && Math.abs(label.length - query.length) <= slips && distance(label, query) <= slips;
  return near ? Math.max(prefixLift, exactLift * NEAR_EXACT_SHARE) : 1;
}

/** Words before the last are complete; abbreviated ones ("proj man") still match from 4 letters. Stems are whole. */
const isPrefix = (term: string, i: number, terms: string[]): boolean =>
  !term.startsWith(STEM) && (i === terms.length - 1 || term.length >= 4);

interface LabelDocument {
  id: number;
  text: string;
}

interface QueryContext {
  normalizedQuery: string;
  language: SkillSearchLanguage | undefined;
  regionDemand: ReadonlyMap<string, number> | undefined;
}

/** A MiniSearch result or a re-scored one; ids are label indexes. */
interface ScoredLabel {
  id: number;
  score: number;
}

/**
 * Autocomplete over ESCO skill labels, Dutch and English. One MiniSearch document per label (not per skill) so a
 * hit knows which label and language matched and preferred labels outrank alternative ones; hits are then
 * folded per skill. Pure and synchronous: build once, query from any number of requests.
 */
export class SkillSearchIndex {
  /** Every word of the Dutch labels (at least MIN_PART letters): what a compound may be split into. */
  private readonly dutchWords: ReadonlySet<string>;
  private readonly index: MiniSearch<LabelDocument>;
  /** Preferred labels and acronyms: 2–3 letters would walk most postings of the full index. */
  private readonly shortIndex = new MiniSearch<LabelDocument>({
    fields: ['text'],
    storeFields: [],
    processTerm: (term) => {
      const normalized = normalizeTerm(term);
      return normalized && !STOP_WORDS.has(normalized) ? normalized : null;
    },
    searchOptions: { processTerm: normalizeTerm },
  });
  private readonly labelText: string[] = [];
  private readonly labelNormalized: string[] = [];
  private readonly labelSkill: number[] = [];
  private readonly labelLanguage: SkillSearchLanguage[] = [];
  private readonly labelPreferred: boolean[] = [];

  constructor(private readonly skills: readonly EscoSkill[]) {
    skills.forEach((skill, skillIndex) => {
      this.addLabel(skill.en, skillIndex, 'en', true);
      for (const label of skill.enAlt) this.addLabel(label, skillIndex, 'en', false);
      if (skill.nl) this.addLabel(skill.nl, skillIndex, 'nl', true);
      for (const label of skill.nlAlt) this.addLabel(label, skillIndex, 'nl', false);
    });
    this.dutchWords = new Set(
      this.labelNormalized.flatMap((label, id) =>
        this.labelLanguage[id] === 'nl'
          ? label
              .split(' ')
              .filter((w) => w.length >= MIN_PART)
              .flatMap((w) => [w, dutchStem(w)])
          : [],
      ),
    );
    this.index = new MiniSearch<LabelDocument>({
      fields: ['text'],
      storeFields: [],
      processTerm: (term) => this.indexTerms(term),
      // Stem terms of the query tree are already processed: normalising would strip their marker.
      searchOptions: { processTerm: (term) => (term.startsWith(STEM) ? term : normalizeTerm(term)) },
    });
    const documents = this.labelText.map((text, id) => ({ id, text }));
    this.index.addAll(documents);
    this.shortIndex.addAll(
      documents.filter(({ id }) => this.labelPreferred[id] || this.labelNormalized[id].length <= SHORT_QUERY),
    );
  }

  get labelCount(): number {
    return this.labelText.length;
  }

  search(query: string, options: SkillSearchOptions = {}): SkillSearchHit[] {
    const requested = Math.trunc(options.limit ?? DEFAULT_LIMIT);
    const limit = Number.isNaN(requested) ? DEFAULT_LIMIT : Math.min(Math.max(requested, 0), MAX_LIMIT);
    const normalizedQuery = normalizeLabel(query);
    const words = normalizedQuery.split(' ');
    const terms = words.length > 1 ? words.filter((word) => !STOP_WORDS.has(word)) : words;
    const letters = terms.join('').length;
    // One letter matches a large part of the taxonomy: nothing useful to suggest yet.
    if (limit === 0 || letters < 2) return [];

    const context: QueryContext = {
      normalizedQuery,
      language: options.language,
      regionDemand: options.regionDemand,
    };
    const text = terms.join(' ');
    if (letters <= SHORT_QUERY) return this.toHits(this.searchShort(text, context), limit);
    const queryWords = terms.map(normalizeTerm).filter(Boolean);
    let results = this.index.search(this.queryOf(queryWords, 'AND'), this.searchOptions(context));
    // One word that is in no label (or has no Dutch label yet) should not empty the list; nor should a compound
    // whose parts no single label holds together ("kinderopvang": kinderen, opvang).
    if (results.length === 0 && terms.length > 1) {
      results = this.index.search(this.queryOf(queryWords, 'OR'), this.searchOptions(context));
    }
    const parts = queryWords.length === 1 ? splitCompound(queryWords[0], this.dutchWords) : null;
    if (results.length === 0 && parts) {
      results = this.index.search(this.queryOf(parts, 'OR'), this.searchOptions(context));
    }
    return this.toHits(results, limit);
  }

  /** A label word as indexed: itself, its Dutch stem, and the stems of its compound parts. */
  private indexTerms(term: string): string[] | null {
    const word = normalizeTerm(term);
    if (!word || STOP_WORDS.has(word)) return null;
    return [word, ...this.stemTerms(word)];
  }

  private stemTerms(word: string): string[] {
    const stems = [STEM + dutchStem(word)];
    const parts = splitCompound(word, this.dutchWords);
    if (parts) stems.push(...parts.map((part) => STEM + dutchStem(part)));
    return [...new Set(stems)];
  }

  /**
   * Each query word matches as typed (prefix, typos) or by its Dutch stem, and a compound also by all of its parts:
   * "wondverzorging" finds "wonden verzorgen", "wonden verzorgen" finds "wondverzorging uitvoeren".
   */
  private queryOf(terms: readonly string[], combineWith: 'AND' | 'OR'): Query {
    return {
      combineWith,
      queries: terms.map((word) => {
        const parts = splitCompound(word, this.dutchWords);
        const variants: Query[] = [word, STEM + dutchStem(word)];
        if (parts)
          variants.push({ combineWith: 'AND', queries: parts.map((part) => STEM + dutchStem(part)) });
        return { combineWith: 'OR', queries: variants };
      }),
    };
  }

  private addLabel(
    text: string,
    skillIndex: number,
    language: SkillSearchLanguage,
    preferred: boolean,
  ): void {
    this.labelText.push(text);
    this.labelNormalized.push(normalizeLabel(text));
    this.labelSkill.push(skillIndex);
    this.labelLanguage.push(language);
    this.labelPreferred.push(preferred);
  }

  private searchOptions(context: QueryContext): SearchOptions {
    return {
      prefix: isPrefix,
      fuzzy: fuzzyDistance,
      weights: MATCH_WEIGHTS,
      boostDocument: (id: number) => this.documentBoost(id, context),
    };
  }

  /** Applied inside MiniSearch, not afterwards, so its ordering already puts whole-label matches first. */
  private documentBoost(id: number, { normalizedQuery, language, regionDemand }: QueryContext): number {
    const lift = labelLift(this.labelNormalized[id], normalizedQuery, EXACT_LABEL_BOOST, LABEL_PREFIX_BOOST);
    return lift * this.labelBoost(id, language, USAGE_WEIGHT) * this.demandBoost(id, regionDemand);
  }

  /** Log-damped: ten vacancies asking for a skill lift it by about 60 %, a hundred by about 115 %. */
  private demandBoost(id: number, regionDemand: ReadonlyMap<string, number> | undefined): number {
    const demand = regionDemand?.get(this.skills[this.labelSkill[id]].id) ?? 0;
    return 1 + REGION_DEMAND_WEIGHT * Math.log1p(demand);
  }

  /**
   * 2–3 letters: BM25 would mostly count how many words share the prefix, so rank by where the label matches
   * and by usage instead. ESCO's short alternative labels are too loose (ICT → "printed circuit boards testing
   * methods") to count as exact.
   */
  private searchShort(
    text: string,
    { normalizedQuery, language, regionDemand }: QueryContext,
  ): ScoredLabel[] {
    const results = this.shortIndex.search(text, { prefix: true, combineWith: 'AND' });
    const scored = results.map(({ id }: { id: number }) => {
      const exactLift = this.labelPreferred[id] ? EXACT_LABEL_BOOST * SHORT_PREFIX_BOOST : SHORT_PREFIX_BOOST;
      const lift = labelLift(this.labelNormalized[id], normalizedQuery, exactLift, SHORT_PREFIX_BOOST);
      const boost = this.labelBoost(id, language, SHORT_USAGE_WEIGHT) * this.demandBoost(id, regionDemand);
      return { id, score: lift * boost };
    });
    const byLength = (a: ScoredLabel, b: ScoredLabel) =>
      this.labelText[a.id].length - this.labelText[b.id].length;
    return scored.sort((a, b) => b.score - a.score || byLength(a, b));
  }

  /** Skills used by more occupations are the likelier intent; log-damped so on long queries it breaks near-ties. */
  private labelBoost(id: number, language: SkillSearchLanguage | undefined, usageWeight: number): number {
    const usage = 1 + usageWeight * Math.log1p(this.skills[this.labelSkill[id]].occupations);
    const languageLift = language && this.labelLanguage[id] === language ? LANGUAGE_BOOST : 1;
    return (this.labelPreferred[id] ? PREFERRED_LABEL_BOOST : 1) * languageLift * usage;
  }

  /** Results come best first; each skill keeps its best label. */
  private toHits(results: readonly ScoredLabel[], limit: number): SkillSearchHit[] {
    const hits: SkillSearchHit[] = [];
    const seen = new Set<number>();
    for (const result of results) {
      const labelId = result.id;
      const skillIndex = this.labelSkill[labelId];
      if (seen.has(skillIndex)) continue;
      seen.add(skillIndex);
      const skill = this.skills[skillIndex];
      hits.push({
        skillId: skill.id,
        score: result.score,
        matchedLabel: this.labelText[labelId],
        matchedLanguage: this.labelLanguage[labelId],
        preferredLabelEn: skill.en,
        preferredLabelNl: skill.nl,
      });
      if (hits.length === limit) break;
    }
    return hits;
  }
}
