// The health-data firewall of the privacy guard measured on a hand-labelled set of Dutch and English sentences
// (bench/health-guard.sample.ts): recall on health content (overall and per sub-reason: a sentence counts as
// found when the guard refuses it for health information), how often the sub-reason it gives is the labelled
// one, and the false-refusal rate on allowed text (any refusal, health or other, counts). Run with
// `npm run bench:health-guard`; `-- --misses` also prints the missed and wrongly refused sentences. Targets are
// judged on all sentences; the second and third rounds (each measured once, then used to fix the detector)
// and the held-out set
// (written last, never used to change the detector) are also reported apart. The last line is one JSON object
// with the figures.
import { findPersonalData, HealthReason, PersonalDataKind } from '@werkbrug/privacy-guard';
import {
  ALLOWED_LABELS,
  HEALTH_LABELS,
  HELD_OUT,
  isHealth,
  SAMPLE,
  SECOND_ROUND,
  THIRD_ROUND,
  type HealthSentence,
} from './health-guard.sample';

const RECALL_TARGET = 0.95;
const FALSE_REFUSAL_TARGET = 0.05;

const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const ratio = (part: number, whole: number): number => round3(part / Math.max(whole, 1));

function detect(sentences: readonly HealthSentence[]) {
  return sentences.map(([language, text, label]) => {
    const findings = findPersonalData(text);
    const health = findings.find((f) => f.kind === PersonalDataKind.HEALTH_INFORMATION);
    return {
      language,
      text,
      label,
      healthReason: health?.healthReason ?? null,
      refused: findings.some((f) => f.severity === 'BLOCK'),
    };
  });
}

type Result = ReturnType<typeof detect>[number];

function figures(results: Result[]) {
  const health = results.filter((r) => isHealth(r.label));
  const allowed = results.filter((r) => !isHealth(r.label));
  const found = health.filter((r) => r.healthReason !== null);
  const recall = ratio(found.length, health.length);
  const refused = allowed.filter((r) => r.refused);
  const falseRefusalRate = ratio(refused.length, allowed.length);
  const perReason = HEALTH_LABELS.map((reason) => {
    const labelled = health.filter((r) => r.label === reason);
    const hits = labelled.filter((r) => r.healthReason !== null);
    return {
      reason,
      sentences: labelled.length,
      recall: ratio(hits.length, labelled.length),
      sameReason: ratio(hits.filter((r) => r.healthReason === HealthReason[reason]).length, hits.length),
    };
  });
  const perAllowed = ALLOWED_LABELS.map((label) => {
    const labelled = allowed.filter((r) => r.label === label);
    return { label, sentences: labelled.length, refused: labelled.filter((r) => r.refused).length };
  });
  return {
    sentences: results.length,
    nl: results.filter((r) => r.language === 'nl').length,
    en: results.filter((r) => r.language === 'en').length,
    health: { sentences: health.length, found: found.length, recall, perReason },
    allowed: { sentences: allowed.length, refused: refused.length, falseRefusalRate, perAllowed },
    targets: {
      recall: { target: RECALL_TARGET, value: recall, met: recall >= RECALL_TARGET },
      falseRefusals: {
        target: FALSE_REFUSAL_TARGET,
        value: falseRefusalRate,
        met: falseRefusalRate <= FALSE_REFUSAL_TARGET,
      },
    },
  };
}

type Figures = ReturnType<typeof figures>;

function print(title: string, f: Figures): void {
  console.log(`\n${title}: ${f.sentences} sentences (nl ${f.nl}, en ${f.en})`);
  const h = f.health;
  console.log(
    `  health content: ${h.sentences} sentences, refused ${h.found}, recall ${h.recall.toFixed(3)}`,
  );
  console.log('    sub-reason                   sentences  recall  same sub-reason');
  for (const r of h.perReason) {
    const cells = [String(r.sentences).padEnd(9), r.recall.toFixed(3).padEnd(6), r.sameReason.toFixed(3)];
    console.log(`    ${r.reason.padEnd(28)} ${cells.join('  ')}`);
  }
  const a = f.allowed;
  const parts = a.perAllowed.map((p) => `${p.label.toLowerCase()} ${p.refused}/${p.sentences}`).join(', ');
  console.log(
    `  allowed text: ${a.sentences} sentences, refused ${a.refused} ` +
      `(${(a.falseRefusalRate * 100).toFixed(1)} %): ${parts}`,
  );
  const t = f.targets;
  console.log(
    `  targets: recall ≥ ${t.recall.target} ${t.recall.met ? 'met' : 'NOT MET'}, ` +
      `false refusals ≤ ${t.falseRefusals.target * 100} % ${t.falseRefusals.met ? 'met' : 'NOT MET'}`,
  );
}

function printMisses(results: Result[]): void {
  console.log('\nMissed, refused for another sub-reason, or wrongly refused:');
  for (const r of results) {
    const health = isHealth(r.label);
    if (isHealth(r.label) && r.healthReason === HealthReason[r.label]) continue;
    if (!health && !r.refused) continue;
    const what = health ? (r.healthReason ? `as ${r.healthReason}` : 'missed') : 'refused';
    console.log(`  ${r.label.padEnd(27)} ${what.padEnd(30)} ${JSON.stringify(r.text)}`);
  }
}

function main(): void {
  const started = performance.now();
  const tuning = detect(SAMPLE);
  const second = detect([...SECOND_ROUND, ...THIRD_ROUND]);
  const heldOut = detect(HELD_OUT);
  const everything = [...tuning, ...second, ...heldOut];
  const msPerSentence = round3((performance.now() - started) / everything.length);
  const all = figures(everything);
  print('All labelled sentences (targets are judged here)', all);
  print('Tuning set (written with the detector and used to tune it)', figures(tuning));
  print('Second and third rounds (each measured once, then used to fix the detector)', figures(second));
  print('Held out (written last, never used to change the detector)', figures(heldOut));
  if (process.argv.includes('--misses')) printMisses(everything);
  console.log(
    JSON.stringify({
      bench: 'health-guard',
      ...all,
      tuning: figures(tuning),
      secondRound: figures(second),
      heldOut: figures(heldOut),
      allTargetsMet: all.targets.recall.met && all.targets.falseRefusals.met,
      msPerSentence,
    }),
  );
}

main();
