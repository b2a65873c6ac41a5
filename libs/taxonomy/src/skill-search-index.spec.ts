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
      preferredLabelNl: 'heftruck besturen',
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

  it('finds Dutch compounds by their parts and inflected words by their stem, both ways', () => {
    const first = (query: string) => index.search(query, { language: 'nl' })[0]?.preferredLabelNl;
    expect(first('wondverzorging')).toBe('wondverzorging uitvoeren');
    expect(first('wonden verzorgen')).toBe('wondverzorging uitvoeren');
    const heftruck = index
      .search('heftruck', { language: 'nl', limit: 3 })
      .map((hit) => hit.preferredLabelNl);
    expect(heftruck).toContain('heftruck besturen');
    expect(index.search('kinderopvang', { language: 'nl' }).length).toBeGreaterThan(0);
  });

  it('ranks skills the region’s vacancies ask for higher among equal matches', () => {
    const plain = index.search('verzorgen', { language: 'nl', limit: 10 });
    const last = plain[plain.length - 1];
    const lifted = index.search('verzorgen', {
      language: 'nl',
      limit: 10,
      regionDemand: new Map([[last.skillId, 50]]),
    });
    expect(lifted.findIndex((hit) => hit.skillId === last.skillId)).toBeLessThan(plain.length - 1);
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
    // "Excel" is an everyday Dutch word for spreadsheet and office skills: those come first, both languages alike.
    expect(excel.slice(0, 2).map((hit) => hit.preferredLabelEn)).toEqual([
      'use spreadsheets software',
      'use microsoft office',
    ]);
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
    expect(index.search('spreadsheet software', { language: 'nl' })[0].matchedLanguage).toBe('nl');
    expect(index.search('spreadsheet software', { language: 'en' })[0].matchedLanguage).toBe('en');
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
