// The Dutch skill-search evaluation: how well everyday Dutch search words and Dutch profile sentences find the
// right ESCO skills. Run with `npm run bench:skills-nl`; prints one JSON object and exits 1 when a target is missed.
//
// The labelled set (bench/skill-search-nl.eval.json) was written apart from the Dutch vocabulary, by a writer who
// did not see it. Autocomplete: each query with the skills a user typing it would be glad to see. Suggestions:
// Dutch texts with the skills they say the person can do (`can`) and wants to learn (`wantsToLearn`).
//
// hit@k: share of queries (texts) with an acceptable skill among the first k answers; MRR: the mean of 1/rank of
// the first acceptable answer (0 when none in the first 10). For suggestions only the skills offered as
// strengths count for `can`; `learnSplit` is the share of found skills put on the right side (can or learn).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import { SkillSearchIndex } from '@werkbrug/taxonomy/skill-search-index';
import { SkillSuggester } from '@werkbrug/taxonomy/skill-suggestions';

interface EvalSet {
  autocomplete: { query: string; sector: string; acceptable: string[] }[];
  suggestions: { text: string; sector: string; can: string[]; wantsToLearn: string[] }[];
}

const TARGETS = { autocompleteHit5: 0.85, suggestionsHit5: 0.7 };
/** The README's own search examples: none may come back empty. */
const README_QUERIES = ['heftruck', 'wondverzorging', 'schoonmaken', 'koken'];
const DEPTH = 10;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Ranked {
  hit1: number;
  hit5: number;
  mrr: number;
}

function score(ranks: (number | null)[]): Ranked {
  const n = ranks.length || 1;
  return {
    hit1: round3(ranks.filter((r) => r === 1).length / n),
    hit5: round3(ranks.filter((r) => r !== null && r <= 5).length / n),
    mrr: round3(ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n),
  };
}

function firstRank(answers: readonly string[], acceptable: ReadonlySet<string>): number | null {
  const i = answers.findIndex((id) => acceptable.has(id));
  return i < 0 ? null : i + 1;
}

function bySector<T extends { sector: string }>(items: T[], rank: (item: T) => number | null) {
  const groups = new Map<string, (number | null)[]>();
  for (const item of items) groups.set(item.sector, [...(groups.get(item.sector) ?? []), rank(item)]);
  return Object.fromEntries([...groups].sort().map(([sector, ranks]) => [sector, score(ranks).hit5]));
}

function main(): void {
  // The set sits next to this file in the repo; from dist/ the repo is found through the reference data.
  const repoRoot = join(findReferenceDataDir(), '..', '..');
  const set = JSON.parse(
    readFileSync(join(repoRoot, 'bench', 'skill-search-nl.eval.json'), 'utf8'),
  ) as EvalSet;
  const taxonomy = readEscoTaxonomy(findReferenceDataDir());
  const index = new SkillSearchIndex(taxonomy.skills);
  const suggester = new SkillSuggester(taxonomy);

  const searchRank = (q: EvalSet['autocomplete'][number]) =>
    firstRank(
      index.search(q.query, { limit: DEPTH, language: 'nl' }).map((h) => h.skillId),
      new Set(q.acceptable),
    );
  const searchRanks = set.autocomplete.map(searchRank);
  const misses = set.autocomplete.filter((_, i) => (searchRanks[i] ?? DEPTH + 1) > 5).map((q) => q.query);

  // Each text is suggested for once; its rank and how it sorted can from learn are read from that one answer.
  const answers = new Map(
    set.suggestions.map((t) => [t, suggester.suggest(t.text, { limit: DEPTH, language: 'nl' })] as const),
  );
  let placedRight = 0;
  let placed = 0;
  for (const [t, suggestions] of answers) {
    const can = new Set(t.can);
    const learn = new Set(t.wantsToLearn);
    for (const s of suggestions) {
      const wanted = s.intent === 'WANTS_TO_LEARN';
      if (can.has(s.skillId) === learn.has(s.skillId)) continue;
      placed++;
      if (wanted === learn.has(s.skillId)) placedRight++;
    }
  }
  const suggestionRank = (t: EvalSet['suggestions'][number]) =>
    firstRank(
      (answers.get(t) ?? []).filter((s) => s.intent === 'CAN').map((s) => s.skillId),
      new Set(t.can),
    );
  const suggestionRanks = set.suggestions.map(suggestionRank);
  const learning = set.suggestions.filter((t) => t.wantsToLearn.length > 0);
  const learnRanks = learning.map((t) =>
    firstRank(
      (answers.get(t) ?? []).filter((s) => s.intent === 'WANTS_TO_LEARN').map((s) => s.skillId),
      new Set(t.wantsToLearn),
    ),
  );

  const emptyReadmeQueries = README_QUERIES.filter(
    (q) => index.search(q, { limit: 5, language: 'nl' }).length === 0,
  );
  const autocomplete = {
    queries: set.autocomplete.length,
    ...score(searchRanks),
    hit5BySector: bySector(set.autocomplete, searchRank),
  };
  const suggestions = {
    texts: set.suggestions.length,
    ...score(suggestionRanks),
    hit5BySector: bySector(set.suggestions, suggestionRank),
    wantsToLearn: { texts: learning.length, ...score(learnRanks) },
    learnSplit: round3(placedRight / (placed || 1)),
  };
  const met =
    autocomplete.hit5 >= TARGETS.autocompleteHit5 &&
    suggestions.hit5 >= TARGETS.suggestionsHit5 &&
    emptyReadmeQueries.length === 0;
  console.log(
    JSON.stringify(
      { autocomplete, suggestions, emptyReadmeQueries, targets: TARGETS, met, autocompleteMissesAt5: misses },
      null,
      2,
    ),
  );
  if (!met) process.exitCode = 1;
}

main();
