import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import { buildSkillSpace, escoSkillLabels, similarity, type SkillSpace } from './skill-space';
import { DEFAULT_SIMILARITY_PARAMETERS } from './skill-similarity';
import { FIXTURE_TAXONOMY, fixtureSpace, skill } from './testing-fixtures';

function neighbours(space: SkillSpace, i: number): { skill: number; sim: number }[] {
  const out = [];
  for (let p = space.neighbourStart[i]; p < space.neighbourStart[i + 1]; p++) {
    out.push({ skill: space.neighbourSkill[p], sim: space.neighbourSim[p] });
  }
  return out;
}

/** Problems in the neighbour lists, collected so one assertion reports them all (and fast, over 14k skills). */
function malformed(space: SkillSpace): string[] {
  const { maxNeighbours, minSimilarity, maxRelatedCredit } = DEFAULT_SIMILARITY_PARAMETERS;
  const problems: string[] = [];
  if (space.neighbourStart.length !== space.size + 1) problems.push('neighbourStart length');
  for (let i = 0; i < space.size; i++) {
    const list = neighbours(space, i);
    if (list.length > maxNeighbours) problems.push(`${i}: ${list.length} neighbours`);
    list.forEach(({ skill: other, sim }, n) => {
      if (other === i) problems.push(`${i}: itself`);
      if (sim < minSimilarity || sim > maxRelatedCredit) problems.push(`${i}→${other}: ${sim}`);
      if (n > 0 && sim > list[n - 1].sim) problems.push(`${i}: not sorted`);
    });
  }
  return problems;
}

describe('buildSkillSpace (fixture taxonomy)', () => {
  const space = fixtureSpace();

  it('numbers the skills densely, in taxonomy order, and counts their occupations', () => {
    expect(space.size).toBe(FIXTURE_TAXONOMY.skills.length);
    expect(space.ids[skill('stock')]).toBe('stock');
    expect(space.occupationCount[skill('teamwork')]).toBe(3);
    expect(space.occupationCount[skill('reports')]).toBe(1);
    expect(space.version).toBe('esco-fixture/n8-m0.25');
  });

  it('keeps a bounded, sorted list of close skills per skill', () => {
    expect(malformed(space)).toEqual([]);
  });

  it('finds closeness in explicit relations, the hierarchy and co-occurrence, symmetrically', () => {
    const pairs: [string, string][] = [
      ['forklift', 'reach-truck'],
      ['clean', 'cleaning-equipment'],
      ['spreadsheets', 'reports'],
    ];
    for (const [a, b] of pairs) {
      expect(similarity(space, skill(a), skill(b))).toBeGreaterThan(0.3);
      expect(similarity(space, skill(a), skill(b))).toBe(similarity(space, skill(b), skill(a)));
    }
    expect(similarity(space, skill('cook'), skill('reports'))).toBe(0);
    expect(similarity(space, skill('forklift'), skill('reach-truck'))).toBe(
      DEFAULT_SIMILARITY_PARAMETERS.maxRelatedCredit,
    );
  });

  it('labels skills in Dutch where ESCO has a Dutch label', () => {
    const labels = escoSkillLabels(space, FIXTURE_TAXONOMY);
    expect(labels(skill('forklift'))).toEqual({ en: 'operate forklift', nl: 'heftruck besturen' });
    expect(labels(skill('picking'))).toEqual({ en: 'pick orders', nl: null });
  });
});

describe('buildSkillSpace (ESCO v1.1.1)', () => {
  const taxonomy = readEscoTaxonomy(findReferenceDataDir());
  const space = buildSkillSpace(taxonomy);
  const byLabel = (en: string) => {
    const index = taxonomy.skills.findIndex((s) => s.en === en);
    if (index < 0) throw new Error(`no ESCO skill '${en}'`);
    return index;
  };

  it('covers every skill with well-formed neighbour lists', () => {
    expect(space.size).toBe(13896);
    expect(malformed(space)).toEqual([]);
    let withNeighbours = 0;
    for (let i = 0; i < space.size; i++)
      if (space.neighbourStart[i + 1] > space.neighbourStart[i]) withNeighbours++;
    expect(withNeighbours / space.size).toBeGreaterThan(0.95);
  });

  it('puts plausibly close skills next to each other', () => {
    const close = (a: string) => neighbours(space, byLabel(a)).map((n) => taxonomy.skills[n.skill].en);
    expect(close('use spreadsheets software')).toContain('use word processing software');
    expect(close('communicate with customers')).toContain("respond to customers' inquiries");
  });
});
