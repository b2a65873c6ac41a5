// Skill autocomplete latency over the full ESCO taxonomy. Run with `npm run bench:skills`; the last line of
// output is one JSON object with the figures.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import { SkillSearchIndex, type SkillSearchLanguage } from '@werkbrug/taxonomy/skill-search-index';

const ROUNDS = 3;

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Words a Dutch job seeker or employer would type, in both languages. Each is typed letter by letter. */
const TYPED_WORDS = words(`
  forklift heftruck verpleegkunde klantvriendelijk excel python javascript boekhouding accounting klantenservice
  schoonmaken cleaning welding lassen projectbeheer communicatie communication samenwerken leadership leidinggeven
  verkoop marketing logistics logistiek warehouse magazijn cooking koken driving nursing zorg electrician
  installatie plumbing carpentry programmeren programming Engels Nederlands Duits English German bookkeeping
  administratie planning inkoop procurement onderhoud maintenance veiligheid safety hygiëne spreadsheets software
  teaching lesgeven creëren duurzaamheid recycling energie database netwerk security kwaliteit quality customer manage
`);

const TYPOS = words(`
  forklfit verplegkunde klantvriendlijk excell programing comunication managment acounting welidng samenwerkn
  maintanance logisitics spreadshet pyhton javscript recyclen comunicatie hygiene creeren leiderschap nederlnds
  engles carpenty elektricien databse securty marketng procurment teamwrok cleanign
`);

const PHRASES = `
  manage staff, customer service, project management, use spreadsheets, drive forklift, operate forklift,
  clean surfaces, prepare food, handle complaints, maintain equipment, software voor spreadsheets,
  mondeling in het Engels, digitale communicatie, data analysis, machine learning, social media,
  sociale media marketing, health and safety, first aid, work in a team, quality control, stock management,
  manage budgets, train employees, sell products, proj man, cust serv, oper fork, digitale inhoud creeren,
  samenwerken met digitale technologieën
`
  .split(',')
  .map((phrase) => phrase.trim().replace(/\s+/g, ' '));

function typedLetterByLetter(word: string): string[] {
  const prefixes: string[] = [];
  for (let length = 2; length <= Math.min(8, word.length); length++) prefixes.push(word.slice(0, length));
  if (word.length > 8) prefixes.push(word);
  return prefixes;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function main(): void {
  const { skills } = readEscoTaxonomy(findReferenceDataDir());
  const buildStart = performance.now();
  const index = new SkillSearchIndex(skills);
  const indexBuildMs = performance.now() - buildStart;

  const queries = [...TYPED_WORDS.flatMap(typedLetterByLetter), ...TYPOS, ...PHRASES];
  const languageOf = (i: number): SkillSearchLanguage | undefined =>
    (['nl', 'en', undefined] as const)[i % 3];
  for (let i = 0; i < queries.length; i++) index.search(queries[i], { language: languageOf(i) });

  const samples: number[] = [];
  const slowest = new Map<string, number>();
  let hits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < queries.length; i++) {
      const start = performance.now();
      hits += index.search(queries[i], { language: languageOf(i) }).length;
      const ms = performance.now() - start;
      samples.push(ms);
      slowest.set(queries[i], Math.max(ms, slowest.get(queries[i]) ?? 0));
    }
  }
  samples.sort((a, b) => a - b);
  if (process.env.BENCH_VERBOSE) {
    const top = [...slowest.entries()].sort(([, a], [, b]) => b - a).slice(0, 15);
    console.error(top.map(([query, ms]) => `${ms.toFixed(1)} ms  ${query}`).join('\n'));
  }
  // heapUsed is mostly uncollected query garbage unless a full GC runs first; npm scripts cannot pass
  // --expose-gc, so enable it here. What remains is what a process keeps: the skills and the index.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const result = {
    bench: 'skill-search',
    skills: skills.length,
    queries: queries.length,
    p50Ms: round2(percentile(samples, 50)),
    p95Ms: round2(percentile(samples, 95)),
    p99Ms: round2(percentile(samples, 99)),
    maxMs: round2(samples[samples.length - 1]),
    indexBuildMs: Math.round(indexBuildMs),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
    labels: index.labelCount,
    rounds: ROUNDS,
    meanHits: round2(hits / samples.length),
  };
  console.log(JSON.stringify(result));
}

main();
