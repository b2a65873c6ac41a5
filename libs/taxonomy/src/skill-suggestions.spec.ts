import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy } from './esco-data';
import {
  confidenceOf,
  SkillSuggester,
  type SkillSuggestion,
  type SuggestionFeatures,
} from './skill-suggestions';

describe('SkillSuggester', () => {
  let suggester: SkillSuggester;
  const labels = (suggestions: SkillSuggestion[]) => suggestions.map((s) => s.preferredLabelEn);
  const find = (suggestions: SkillSuggestion[], label: string) =>
    suggestions.find((s) => s.preferredLabelEn === label);

  beforeAll(() => {
    suggester = new SkillSuggester(readEscoTaxonomy(findReferenceDataDir()));
  });

  it('suggests English skills named in a sentence, confidently, with the words that matched', () => {
    const suggestions = suggester.suggest('I can operate a forklift and I like customer service');
    expect(suggestions[0]).toMatchObject({
      skillId: '28cb374e-6261-4133-8371-f9a5470145da',
      preferredLabelEn: 'operate forklift',
      preferredLabelNl: 'heftruck besturen',
      matchedText: 'operate forklift',
    });
    expect(suggestions[0].confidence).toBeGreaterThan(0.9);
    expect(find(suggestions, 'customer service')?.confidence).toBeGreaterThan(0.5);
  });

  it('matches Dutch ESCO labels, including inflected verbs', () => {
    const suggestions = suggester.suggest('Ik kan goed plannen en werk graag in teams', { language: 'nl' });
    expect(find(suggestions, 'work in teams')).toMatchObject({
      preferredLabelNl: 'in teams werken',
      matchedText: 'werk teams',
    });
    expect(labels(suggestions)).toContain('plan');
    expect(labels(suggester.suggest('Ik heb de roosters gepland'))).toContain('plan');
  });

  it('reaches English-only skills from Dutch words through the lexicon, compounds included', () => {
    const suggestions = suggester.suggest('Ervaring als heftruckchauffeur in een magazijn');
    expect(suggestions[0]).toMatchObject({
      preferredLabelEn: 'operate forklift',
      matchedText: 'heftruckchauffeur',
    });
    expect(suggestions[0].confidence).toBeGreaterThan(0.5);
    const shelves = find(suggester.suggest('Ik vulde de vakken in de supermarkt'), 'stock shelves');
    expect(shelves?.matchedText).toBe('vulde vakken');
  });

  it('lends the typical skills of a named occupation a weaker vote', () => {
    const suggestions = suggester.suggest('Ik was buschauffeur');
    const driving = find(suggestions, 'drive vehicles');
    expect(driving?.matchedText).toBe('buschauffeur');
    expect(driving?.confidence).toBeGreaterThan(0.1);
    expect(driving?.confidence).toBeLessThan(0.5);
  });

  it('only uses the language it is told the text is in', () => {
    expect(labels(suggester.suggest('plannen', { language: 'nl' }))).toContain('plan');
    expect(suggester.suggest('plannen', { language: 'en' })).toEqual([]);
  });

  it('needs the words of a label in one clause to be sure', () => {
    const together = find(suggester.suggest('We operate a forklift daily.'), 'operate forklift');
    const apart = find(suggester.suggest('We operate daily. Forklift trucks are ours.'), 'operate forklift');
    expect(together?.confidence).toBeGreaterThan(0.9);
    expect(apart?.confidence).toBeLessThan(0.5);
  });

  it('returns nothing for text without words, and respects the limit', () => {
    expect(suggester.suggest('')).toEqual([]);
    expect(suggester.suggest('  ... 12 !! ')).toEqual([]);
    const text = 'I speak English and Dutch, plan schedules and manage a team';
    expect(suggester.suggest(text, { limit: 3 })).toHaveLength(3);
    expect(suggester.suggest(text, { limit: 0 })).toEqual([]);
    expect(suggester.suggest(text, { limit: 500 }).length).toBeLessThanOrEqual(50);
  });

  it('is deterministic and orders by confidence, every confidence between 0 and 1', () => {
    const text = 'Je geeft leiding aan een team van schoonmakers, maakt de roosters en spreekt Engels.';
    const first = suggester.suggest(text, { limit: 30 });
    expect(suggester.suggest(text, { limit: 30 })).toEqual(first);
    expect(first.length).toBeGreaterThan(5);
    for (const [i, s] of first.entries()) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      if (i > 0) expect(s.confidence).toBeLessThanOrEqual(first[i - 1].confidence);
    }
  });

  it('handles a long vacancy text in reasonable time', () => {
    const sentence =
      'Wij zoeken een magazijnmedewerker die orders verzamelt, vrachtwagens laadt en de voorraad bijhoudt. ';
    const text = sentence.repeat(50).slice(0, 5000);
    const start = performance.now();
    const suggestions = suggester.suggest(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(labels(suggestions)).toContain('warehouse operations');
  });
});

describe('confidenceOf', () => {
  const none: SuggestionFeatures = {
    coverage: 0,
    fullMatch: 0,
    evidence: 0,
    indirect: 0,
    altLabel: 0,
    occupation: 0,
    otherLabels: 0,
    usage: 0,
    transversal: 0,
  };

  it('grows with the evidence and stays a probability', () => {
    const partial = confidenceOf({ ...none, coverage: 0.6, evidence: 0.8 });
    const full = confidenceOf({ ...none, coverage: 1, fullMatch: 1, evidence: 0.8 });
    expect(confidenceOf(none)).toBeLessThan(0.01);
    expect(partial).toBeLessThan(full);
    expect(confidenceOf({ ...none, coverage: 1, fullMatch: 1, evidence: 5, usage: 1 })).toBeLessThanOrEqual(
      1,
    );
  });
});
