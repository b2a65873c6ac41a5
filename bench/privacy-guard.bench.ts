// The privacy guard measured on a hand-labelled set of Dutch and English sentences
// (bench/privacy-guard.sample.ts): per kind recall and precision, the name warning's recall, and how often
// ordinary job text is refused (any BLOCK finding) or warned about (a CONFIRM finding). Run with
// `npm run bench:privacy-guard`; the last line is one JSON object with the figures and whether each target is
// met. Targets are judged on all sentences. The second round (written after the first version, then used to
// fix it) and the held-out part (written last, never used to change the detector) are also reported apart. `-- --misses` also prints the sentences that were missed or wrongly flagged.
import { findPersonalData, PersonalDataKind } from '@werkbrug/privacy-guard';
import { HELD_OUT, SAMPLE, SECOND_ROUND, type SampleSentence } from './privacy-guard.sample';

/** Fixed, so birth dates in the set keep their age whenever the bench runs. */
const NOW = new Date('2026-06-15T12:00:00Z');
const BLOCK_RECALL_TARGET = 0.95;
const NAME_RECALL_TARGET = 0.8;
const FALSE_REFUSAL_TARGET = 0.02;

interface KindFigures {
  kind: PersonalDataKind;
  sentences: number;
  recall: number;
  precision: number;
  target: number;
  met: boolean;
}

/** Health information has its own labelled set and targets: `npm run bench:health-guard`. */
const MEASURED_KINDS = Object.values(PersonalDataKind).filter(
  (k) => k !== PersonalDataKind.HEALTH_INFORMATION,
);

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function detect(sentences: readonly SampleSentence[]) {
  return sentences.map(([language, text, kinds]) => {
    const findings = findPersonalData(text, { now: NOW });
    return {
      language,
      text,
      expected: new Set<string>(kinds),
      found: new Set<string>(findings.map((f) => f.kind)),
      findings,
    };
  });
}

type Result = ReturnType<typeof detect>[number];

function perKind(results: Result[], kind: PersonalDataKind): KindFigures {
  const labelled = results.filter((r) => r.expected.has(kind));
  const flagged = results.filter((r) => r.found.has(kind));
  const hits = labelled.filter((r) => r.found.has(kind)).length;
  const target = kind === PersonalDataKind.PERSONAL_NAME ? NAME_RECALL_TARGET : BLOCK_RECALL_TARGET;
  const recall = round3(hits / Math.max(labelled.length, 1));
  return {
    kind,
    sentences: labelled.length,
    recall,
    precision: round3(flagged.filter((r) => r.expected.has(kind)).length / Math.max(flagged.length, 1)),
    target,
    met: recall >= target,
  };
}

function ordinaryFigures(results: Result[]) {
  const ordinary = results.filter((r) => r.expected.size === 0);
  const refused = ordinary.filter((r) => r.findings.some((f) => f.severity === 'BLOCK'));
  const warned = ordinary.filter((r) => r.findings.some((f) => f.severity === 'CONFIRM'));
  const falseRefusalRate = round3(refused.length / Math.max(ordinary.length, 1));
  return {
    sentences: ordinary.length,
    refused: refused.length,
    falseRefusalRate,
    warned: warned.length,
    falseWarningRate: round3(warned.length / Math.max(ordinary.length, 1)),
    target: FALSE_REFUSAL_TARGET,
    met: falseRefusalRate <= FALSE_REFUSAL_TARGET,
  };
}

function printMisses(results: Result[]): void {
  console.log('\nMissed or wrongly flagged:');
  for (const r of results) {
    const missed = [...r.expected].filter((kind) => !r.found.has(kind));
    const extra = [...r.found].filter((kind) => !r.expected.has(kind));
    if (missed.length + extra.length === 0) continue;
    const parts = [
      missed.length ? `missed ${missed.join(',')}` : '',
      extra.length ? `extra ${extra.join(',')}` : '',
    ];
    console.log(`  ${parts.filter(Boolean).join('; ').padEnd(44)} ${JSON.stringify(r.text)}`);
  }
}

function figures(results: Result[]) {
  const kinds = MEASURED_KINDS.map((kind) => perKind(results, kind));
  const ordinary = ordinaryFigures(results);
  return {
    sentences: results.length,
    kinds,
    ordinary,
    allTargetsMet: kinds.every((k) => k.met) && ordinary.met,
  };
}

function printFigures(title: string, f: ReturnType<typeof figures>, results: Result[]): void {
  const byLanguage = (language: string) => results.filter((r) => r.language === language).length;
  console.log(`\n${title}: ${f.sentences} sentences (nl ${byLanguage('nl')}, en ${byLanguage('en')})`);
  console.log('  kind                         sentences  recall  precision  target  met');
  for (const k of f.kinds) {
    const cells = [
      String(k.sentences).padEnd(9),
      k.recall.toFixed(3).padEnd(6),
      k.precision.toFixed(3).padEnd(9),
    ];
    console.log(`  ${k.kind.padEnd(28)} ${cells.join('  ')}  ≥${k.target}   ${k.met ? 'yes' : 'NO'}`);
  }
  const o = f.ordinary;
  console.log(
    `  ordinary job text: ${o.sentences} sentences, refused ${o.refused} ` +
      `(${(o.falseRefusalRate * 100).toFixed(1)} %, target ≤ ${o.target * 100} %), ` +
      `name warnings ${o.warned} (${(o.falseWarningRate * 100).toFixed(1)} %)`,
  );
}

function main(): void {
  const started = performance.now();
  const first = detect(SAMPLE);
  const second = detect(SECOND_ROUND);
  const heldOut = detect(HELD_OUT);
  const everything = [...first, ...second, ...heldOut];
  const msPerSentence = round3((performance.now() - started) / everything.length);
  const all = figures(everything);
  printFigures('All labelled sentences (targets are judged here)', all, everything);
  printFigures(
    'Second round (written after the first version, then used to fix it)',
    figures(second),
    second,
  );
  printFigures('Held out (never used to change the detector)', figures(heldOut), heldOut);
  if (process.argv.includes('--misses')) printMisses(everything);
  console.log(
    JSON.stringify({
      bench: 'privacy-guard',
      ...all,
      secondRound: figures(second),
      heldOut: figures(heldOut),
      msPerSentence,
    }),
  );
}

main();
