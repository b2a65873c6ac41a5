import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { type EscoSkill, readEscoTaxonomy } from './esco-data';
import { normalizeLabel, SkillSearchIndex } from './skill-search-index';

describe('SkillSearchIndex', () => {
  let index: SkillSearchIndex;
  let skillsById: Map<string, EscoSkill>;
  const top = (query: string, options?: Parameters<SkillSearchIndex['search']>[1]) =>
    index.search(query, options).map((hit) => hit.preferredLabelEn);

  beforeAll(() => {
    const { skills } = readEscoTaxonomy(findReferenceDataDir());
    skillsById = new Map(skills.map((skill) => [skill.id, skill]));
    index = new SkillSearchIndex(skills);
  });

  it('finds an English preferred label first, with the label and language that matched', () => {
    expect(index.search('operate forklift')[0]).toMatchObject({
      matchedLabel: 'operate forklift',
      matchedLanguage: 'en',
      preferredLabelEn: 'operate forklift',
      preferredLabelNl: null,
    });
    expect(top('Python')[0]).toBe('Python (computer programming)');
    expect(top('accounting')[0]).toBe('accounting');
  });

  it('finds Dutch labels', () => {
    expect(index.search('software voor spreadsheets gebruiken')[0]).toMatchObject({
      matchedLabel: 'software voor spreadsheets gebruiken',
      matchedLanguage: 'nl',
      preferredLabelEn: 'use spreadsheets software',
      preferredLabelNl: 'software voor spreadsheets gebruiken',
    });
    expect(index.search('Engels')[0]).toMatchObject({ preferredLabelEn: 'English', matchedLanguage: 'nl' });
  });

  it('tolerates typos', () => {
    expect(top('forklfit')[0]).toBe('operate forklift');
    expect(top('spreadshet')[0]).toBe('use spreadsheets software');
    expect(top('excell')).toContain('use spreadsheets software');
    expect(top('maintanance').every((label) => /maint/.test(label))).toBe(true);
    expect(index.search('samenwerkn', { limit: 3 }).every((hit) => /samenwerk/.test(hit.matchedLabel))).toBe(
      true,
    );
  });

  it('ignores case and diacritics', () => {
    expect(top('creeren')).toEqual(top('Creëren'));
    expect(top('HYGIËNE')).toEqual(top('hygiene'));
    expect(normalizeLabel('Créëren, 3D-omgevingen!')).toBe('creeren 3d omgevingen');
  });

  it('completes prefixes as they are typed', () => {
    expect(top('forkl')[0]).toBe('operate forklift');
    expect(top('spreadsh')[0]).toBe('use spreadsheets software');
    expect(top('Nederl')[0]).toBe('Dutch');
    expect(top('proj man')[0]).toBe('project management');
  });

  it('ranks a whole-label match first, preferred above alternative labels and prefix above fuzzy hits', () => {
    expect(top('SQL')[0]).toBe('SQL');
    expect(top('manage staff').slice(0, 2)).toEqual(['manage staff', 'manage personnel']);
    const excel = index.search('excel');
    expect(excel[0].matchedLabel).toBe('Microsoft Office Excel');
    const expel = excel.findIndex((hit) => hit.matchedLabel === 'expel inadequate workpieces');
    const excellence = excel.findIndex((hit) => /excellence/.test(hit.matchedLabel));
    expect(excellence).toBeGreaterThan(0);
    expect(expel === -1 || expel > excellence).toBe(true);
  });

  it('answers 2–3 letters with labels that start with them, most used first', () => {
    const hits = index.search('ma');
    expect(hits).toHaveLength(10);
    expect(hits.every((hit) => normalizeLabel(hit.matchedLabel).startsWith('ma'))).toBe(true);
    const usage = hits.map((hit) => skillsById.get(hit.skillId)?.occupations ?? 0);
    expect(usage[0]).toBe(Math.max(...usage));
    expect(usage[0]).toBeGreaterThan(100);
  });

  it('prefers labels in the requested language', () => {
    expect(index.search('spreadsheets', { language: 'nl' })[0].matchedLanguage).toBe('nl');
    expect(index.search('spreadsheets', { language: 'en' })[0].matchedLanguage).toBe('en');
  });

  it('returns nothing for empty or one-letter queries', () => {
    for (const query of ['', '   ', 'a', 'é', '-', 'x ']) expect(index.search(query)).toEqual([]);
  });

  it('respects the limit (default 10, at most 50) and lists each skill once', () => {
    expect(index.search('management')).toHaveLength(10);
    expect(index.search('management', { limit: 3 })).toHaveLength(3);
    expect(index.search('management', { limit: 500 })).toHaveLength(50);
    expect(index.search('management', { limit: 0 })).toEqual([]);
    expect(index.search('management', { limit: Number.NaN })).toHaveLength(10);
    const ids = index.search('manage', { limit: 50 }).map((hit) => hit.skillId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns scores in descending order', () => {
    const scores = index.search('welding techniques', { limit: 20 }).map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
