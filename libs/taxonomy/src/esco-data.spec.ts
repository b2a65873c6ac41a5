import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { type EscoTaxonomy, readEscoTaxonomy } from './esco-data';

describe('readEscoTaxonomy', () => {
  let taxonomy: EscoTaxonomy;
  beforeAll(() => {
    taxonomy = readEscoTaxonomy(findReferenceDataDir());
  });

  it('reads ESCO v1.1.1: 13,896 skills and 3,007 occupations, sorted by id', () => {
    expect(taxonomy.version).toBe('1.1.1');
    expect(taxonomy.skills).toHaveLength(13896);
    expect(taxonomy.occupations).toHaveLength(3007);
    const ids = taxonomy.skills.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  });

  it('resolves every skill an occupation lists, and counts occupations per skill from them', () => {
    const skillIds = new Set(taxonomy.skills.map((s) => s.id));
    const usage = new Map<string, number>();
    const unresolved: string[] = [];
    for (const occupation of taxonomy.occupations) {
      for (const id of [...occupation.essential, ...occupation.optional]) {
        if (!skillIds.has(id)) unresolved.push(`${occupation.id} → ${id}`);
        usage.set(id, (usage.get(id) ?? 0) + 1);
      }
    }
    expect(unresolved).toEqual([]);
    expect(taxonomy.occupations.filter((o) => !/^\d{4}$/.test(o.isco))).toEqual([]);
    expect(taxonomy.occupations.filter((o) => o.essential.length + o.optional.length === 0)).toEqual([]);
    expect(taxonomy.skills.filter((s) => s.occupations !== (usage.get(s.id) ?? 0))).toEqual([]);
  });

  it('resolves related skills, and broader concepts to skills or skill groups', () => {
    const known = new Set([...taxonomy.skills, ...taxonomy.skillGroups].map((c) => c.id));
    const unresolved = taxonomy.skills.flatMap((skill) =>
      [...skill.related.map((r) => r.id), ...skill.broader].filter((id) => !known.has(id)),
    );
    expect(unresolved).toEqual([]);
    expect(taxonomy.skillGroups.some((g) => g.id.startsWith('isced-f/'))).toBe(true);
  });

  it('has Dutch labels for part of the skills and nearly all occupations', () => {
    // 2,235 official ESCO labels shipped, and Werkbrug's own translations for the sectors it serves.
    expect(taxonomy.skills.filter((s) => s.nlSource === 'ESCO')).toHaveLength(2235);
    expect(taxonomy.skills.filter((s) => s.nlSource === 'WERKBRUG')).toHaveLength(3714);
    expect(taxonomy.skills.filter((s) => s.nl === null).every((s) => s.nlSource === null)).toBe(true);
    expect(taxonomy.skills.find((s) => s.en === 'use spreadsheets software')?.nl).toBe(
      'software voor spreadsheets gebruiken',
    );
    expect(taxonomy.occupations.filter((o) => o.nl !== null)).toHaveLength(3004);
    expect(taxonomy.skills.every((s) => !s.enAlt.includes(s.en))).toBe(true);
  });
});
