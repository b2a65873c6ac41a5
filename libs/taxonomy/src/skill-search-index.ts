import MiniSearch, { type SearchOptions } from 'minisearch';
import type { EscoSkill } from './esco-data';

export type SkillSearchLanguage = 'nl' | 'en';

export interface SkillSearchOptions {
  /** Default 10, at most 50. */
  limit?: number;
  /** The user's language: its labels rank higher, but the other language still matches (Dutch coverage is partial). */
  language?: SkillSearchLanguage;
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

function indexTerm(term: string): string | null {
  const normalized = normalizeTerm(term);
  return normalized && !STOP_WORDS.has(normalized) ? normalized : null;
}

/** No fuzziness below 5 letters (too many neighbours, like fork → work); two edits from 8 ("forklfit"). */
function fuzzyDistance(term: string): number | false {
  if (term.length >= 8) return 2;
  return term.length >= 5 ? 1 : false;
}

function labelLift(label: string, query: string, exactLift: number, prefixLift: number): number {
  if (label === query) return exactLift;
  return label.startsWith(query) ? prefixLift : 1;
}

/** Words before the last are complete; abbreviated ones ("proj man") still match from 4 letters. */
const isPrefix = (term: string, i: number, terms: string[]): boolean =>
  i === terms.length - 1 || term.length >= 4;

interface LabelDocument {
  id: number;
  text: string;
}

interface QueryContext {
  normalizedQuery: string;
  language: SkillSearchLanguage | undefined;
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
  private readonly index = SkillSearchIndex.emptyIndex();
  /** Preferred labels and acronyms: 2–3 letters would walk most postings of the full index. */
  private readonly shortIndex = SkillSearchIndex.emptyIndex();
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

    const context: QueryContext = { normalizedQuery, language: options.language };
    const text = terms.join(' ');
    if (letters <= SHORT_QUERY) return this.toHits(this.searchShort(text, context), limit);
    let results = this.index.search(text, this.searchOptions('AND', context));
    // One word that is in no label (or has no Dutch label yet) should not empty the list.
    if (results.length === 0 && terms.length > 1) {
      results = this.index.search(text, this.searchOptions('OR', context));
    }
    return this.toHits(results, limit);
  }

  private static emptyIndex(): MiniSearch<LabelDocument> {
    return new MiniSearch<LabelDocument>({
      fields: ['text'],
      storeFields: [],
      processTerm: indexTerm,
      searchOptions: { processTerm: normalizeTerm },
    });
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

  private searchOptions(combineWith: 'AND' | 'OR', context: QueryContext): SearchOptions {
    return {
      combineWith,
      prefix: isPrefix,
      fuzzy: fuzzyDistance,
      weights: MATCH_WEIGHTS,
      boostDocument: (id: number) => this.documentBoost(id, context),
    };
  }

  /** Applied inside MiniSearch, not afterwards, so its ordering already puts whole-label matches first. */
  private documentBoost(id: number, { normalizedQuery, language }: QueryContext): number {
    const lift = labelLift(this.labelNormalized[id], normalizedQuery, EXACT_LABEL_BOOST, LABEL_PREFIX_BOOST);
    return lift * this.labelBoost(id, language, USAGE_WEIGHT);
  }

  /**
   * 2–3 letters: BM25 would mostly count how many words share the prefix, so rank by where the label matches
   * and by usage instead. ESCO's short alternative labels are too loose (ICT → "printed circuit boards testing
   * methods") to count as exact.
   */
  private searchShort(text: string, { normalizedQuery, language }: QueryContext): ScoredLabel[] {
    const results = this.shortIndex.search(text, { prefix: true, combineWith: 'AND' });
    const scored = results.map(({ id }: { id: number }) => {
      const exactLift = this.labelPreferred[id] ? EXACT_LABEL_BOOST * SHORT_PREFIX_BOOST : SHORT_PREFIX_BOOST;
      const lift = labelLift(this.labelNormalized[id], normalizedQuery, exactLift, SHORT_PREFIX_BOOST);
      return { id, score: lift * this.labelBoost(id, language, SHORT_USAGE_WEIGHT) };
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
