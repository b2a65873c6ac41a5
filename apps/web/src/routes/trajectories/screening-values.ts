import type {
  AssessmentDomain,
  SaveScreeningInput,
  ScreeningAdvice,
  TrajectoryDetailPartsFragment as Trajectory,
} from '@web/graphql/generated/graphql';

export const CONCLUSION_KEYS = ['sectors', 'mobility', 'training', 'obstacles', 'period'] as const;
export type ConclusionKey = (typeof CONCLUSION_KEYS)[number];

/** The screening form as the counsellor edits it: every value a string, '' for not given. */
export interface ScreeningValues {
  items: Partial<Record<AssessmentDomain, { score: string; note: string }>>;
  functionalCapacityNote: string;
  functionalConclusion: string;
  conclusions: Record<ConclusionKey, string>;
  advice: ScreeningAdvice | '';
  adviceReason: string;
}

export function screeningValues(trajectory: Trajectory): ScreeningValues {
  return {
    items: Object.fromEntries(
      trajectory.assessment.map((item) => [
        item.domain,
        { score: String(item.score), note: item.note ?? '' },
      ]),
    ),
    functionalCapacityNote: trajectory.functionalCapacityNote ?? '',
    functionalConclusion: trajectory.functionalConclusion ?? '',
    conclusions: Object.fromEntries(
      CONCLUSION_KEYS.map((key) => [key, trajectory.conclusions[key] ?? '']),
    ) as Record<ConclusionKey, string>,
    advice: trajectory.advice ?? '',
    adviceReason: trajectory.adviceReason ?? '',
  };
}

const CONCLUSION_FIELDS = {
  sectors: 'conclusionSectors',
  mobility: 'conclusionMobility',
  training: 'conclusionTraining',
  obstacles: 'conclusionObstacles',
  period: 'conclusionPeriod',
} as const satisfies Record<ConclusionKey, keyof SaveScreeningInput>;

const orNull = (text: string) => text.trim() || null;

/** The save: scored domains (a note needs a score), every text, and the advice. */
export function screeningInput(values: ScreeningValues, healthVisible: boolean): SaveScreeningInput {
  const items = Object.entries(values.items)
    .filter(([, item]) => item && item.score !== '')
    .map(([domain, item]) => ({
      domain: domain as AssessmentDomain,
      score: Number(item.score),
      note: orNull(item.note),
    }));
  const conclusions = Object.fromEntries(
    CONCLUSION_KEYS.map((key) => [CONCLUSION_FIELDS[key], orNull(values.conclusions[key])]),
  );
  return {
    items,
    // Only the counsellor sees (and so sends) the functional-capacity note.
    ...(healthVisible ? { functionalCapacityNote: orNull(values.functionalCapacityNote) } : {}),
    functionalConclusion: orNull(values.functionalConclusion),
    ...conclusions,
    advice: values.advice || null,
    adviceReason: orNull(values.adviceReason),
  };
}
