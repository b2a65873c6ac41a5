import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy, withDutchLabels, type EscoSkill } from './esco-data';

const HEFTRUCK = '28cb374e-6261-4133-8371-f9a5470145da';

function skill(id: string, nl: string | null, nlAlt: string[] = []): EscoSkill {
  return {
    id,
    type: 'skill/competence',
    reuse: null,
    en: `en ${id}`,
    enAlt: [],
    nl,
    nlAlt,
    broader: [],
    related: [],
    occupations: 1,
  };
}

describe('Dutch skill labels', () => {
  it('take the official label first, then Werkbrug’s translation; everyday words always join the alternatives', () => {
    const [official, translated, none] = withDutchLabels(
      [skill('a', 'kassa bedienen', ['afrekenen']), skill('b', null), skill('c', null)],
      [],
      [
        {
          id: 'a',
          sector: 'retail',
          source: 'esco',
          label: 'kassa bedienen',
          everyday: ['kassa draaien', 'Afrekenen'],
        },
        {
          id: 'b',
          sector: 'logistics',
          source: 'werkbrug',
          label: 'heftruck besturen',
          everyday: ['heftruck'],
        },
      ],
    );
    expect(official).toMatchObject({
      nl: 'kassa bedienen',
      nlSource: 'ESCO',
      nlAlt: ['afrekenen', 'kassa draaien'],
    });
    expect(translated).toMatchObject({ nl: 'heftruck besturen', nlSource: 'WERKBRUG', nlAlt: ['heftruck'] });
    expect(none).toMatchObject({ nl: null, nlSource: null });
    const [loaded] = withDutchLabels(
      [skill('b', null)],
      [{ id: 'b', nl: 'vorkheftruck bedienen', nlAlt: [] }],
      [
        {
          id: 'b',
          sector: 'logistics',
          source: 'werkbrug',
          label: 'heftruck besturen',
          everyday: ['heftruck'],
        },
      ],
    );
    expect(loaded).toMatchObject({
      nl: 'vorkheftruck bedienen',
      nlSource: 'ESCO',
      nlAlt: ['heftruck besturen', 'heftruck'],
    });
  });

  it('the shipped taxonomy has a Dutch label for every skill of the vocabulary, at least 4,000', () => {
    const taxonomy = readEscoTaxonomy(findReferenceDataDir());
    const vocabulary = readFileSync(join(findReferenceDataDir(), 'esco', 'skills-nl-werkbrug.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split('\t')[0]);
    expect(vocabulary.length).toBeGreaterThanOrEqual(4000);
    const byId = new Map(taxonomy.skills.map((s) => [s.id, s]));
    expect(vocabulary.filter((id) => !byId.get(id)?.nl)).toEqual([]);
    const heftruck = byId.get(HEFTRUCK)!;
    expect(heftruck.en).toBe('operate forklift');
    expect(heftruck.nl).toBe('heftruck besturen');
    expect(heftruck.nlSource).toBe('WERKBRUG');
    expect(heftruck.nlAlt).toContain('heftruckcertificaat');
  });
});

describe('npm run data:esco-nl', () => {
  let dir: string;
  const script = join(__dirname, '..', '..', '..', 'scripts', 'data', 'load-esco-nl.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'esco-nl-'));
    cpSync(findReferenceDataDir(), join(dir, 'reference'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A synthetic EC-style download: every v1.1.1 skill with a made-up "official" label, alt labels one per line. */
  function escoZip(name: string, csvName = 'skills_nl.csv'): string {
    const ids = readEscoTaxonomy(join(dir, 'reference')).skills.map((s) => s.id);
    const lines = ['conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels'];
    ids.forEach((id, i) =>
      lines.push(
        `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/${id},,,officieel ${i},"alt ${i}\nander ${i}"`,
      ),
    );
    const path = join(dir, name);
    const folder = name.replace(/\.zip$/, '');
    writeFileSync(path, zipSync({ [`${folder}/${csvName}`]: new TextEncoder().encode(lines.join('\n')) }));
    return path;
  }

  it('refuses a zip without skills_nl.csv and an unsupported version, and writes nothing', () => {
    const reference = join(dir, 'reference');
    const before = readFileSync(join(reference, 'manifest.json'), 'utf8');
    const wrong = run(
      escoZip('ESCO dataset - v1.2.0 - classification - en - csv.zip', 'skills_en.csv'),
      '--reference-dir',
      reference,
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('holds no skills_nl.csv');
    const old = run(
      escoZip('ESCO dataset - v1.0.8 - classification - nl - csv.zip'),
      '--reference-dir',
      reference,
    );
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('ESCO v1.0.8 is not supported');
    expect(readFileSync(join(reference, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('loads the official labels by concept URI; they replace Werkbrug’s, which stay findable', () => {
    const reference = join(dir, 'reference');
    const result = run(
      escoZip('ESCO dataset - v1.2.0 - classification - nl - csv.zip'),
      '--reference-dir',
      reference,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ escoVersion: '1.2.0', skills: 13896 });
    const manifest = JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8'));
    expect(manifest.officialDutchSkills).toEqual({
      escoVersion: '1.2.0',
      zip: 'ESCO dataset - v1.2.0 - classification - nl - csv.zip',
      skills: 13896,
    });
    expect(manifest.sha256['esco/skills-nl-esco.jsonl.gz']).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(reference, 'ATTRIBUTION.md'), 'utf8')).toContain(
      'This service uses the ESCO classification of the European Commission. Loaded with `npm run data:esco-nl`',
    );
    const heftruck = readEscoTaxonomy(reference).skills.find((s) => s.id === HEFTRUCK)!;
    expect(heftruck.nl).toMatch(/^officieel \d+$/);
    expect(heftruck.nlSource).toBe('ESCO');
    expect(heftruck.nlAlt.slice(0, 2)).toEqual([
      heftruck.nl!.replace('officieel', 'alt'),
      heftruck.nl!.replace('officieel', 'ander'),
    ]);
    expect(heftruck.nlAlt).toEqual(expect.arrayContaining(['heftruck besturen', 'heftruckcertificaat']));

    // Loading again replaces the section instead of adding a second one.
    run(escoZip('ESCO dataset - v1.2.0 - classification - nl - csv.zip'), '--reference-dir', reference);
    const attribution = readFileSync(join(reference, 'ATTRIBUTION.md'), 'utf8');
    expect(attribution.split('<!-- data:esco-nl -->')).toHaveLength(2);
  });
});
