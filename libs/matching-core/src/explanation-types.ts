import type { SkillLevel } from '@werkbrug/core/domain-enums';
import type { Bilingual, SkillLabel } from './features';
import type { HardRule } from './hard-rules';
import type { ComponentName } from './model';

export type SkillRole = 'REQUIRED' | 'NICE_TO_HAVE';

export interface SkillRef {
  readonly skill: number;
  readonly label: SkillLabel;
}

export interface MatchedSkill extends SkillRef {
  readonly level: SkillLevel;
  readonly role: SkillRole;
}

/** A vacancy skill the candidate lacks, partly covered by a close skill they have. */
export interface Substitution {
  readonly role: SkillRole;
  readonly wanted: SkillRef;
  readonly by: SkillRef;
  /** Share of the skill's credit earned, 0–1. */
  readonly credit: number;
}

export interface ComponentBreakdown {
  readonly component: ComponentName;
  /** 0–1, three decimals. */
  readonly value: number;
  /** Normalised: the weights of a breakdown sum to 1. */
  readonly weight: number;
  /** Points of the 0–100 score this component contributes (weight × value × 100, one decimal). */
  readonly contribution: number;
  readonly explanation: Bilingual;
}

export interface RuleViolation {
  readonly rule: HardRule;
  readonly explanation: Bilingual;
}

export type ImprovementKind = 'DEVELOP_SKILL' | 'TRAIN_ON_THE_JOB';

export interface Improvement {
  readonly kind: ImprovementKind;
  /** Who can make the change: the job seeker develops a skill, the employer trains one on the job. */
  readonly audience: 'CANDIDATE' | 'EMPLOYER';
  readonly skill: SkillRef;
  readonly scoreAfter: number;
  readonly scoreGain: number;
  readonly explanation: Bilingual;
}

export interface MatchExplanation {
  readonly candidateId: string;
  readonly vacancyId: string;
  readonly modelVersion: string;
  readonly skillSpaceVersion: string;
  /** False when a hard rule is broken: then `score` is null and the pair is never ranked. */
  readonly eligible: boolean;
  /** 0–100 with one decimal. */
  readonly score: number | null;
  readonly brokenRules: readonly RuleViolation[];
  /** Between the PC4 centroids, one decimal. */
  readonly distanceKm: number;
  readonly breakdown: readonly ComponentBreakdown[];
  readonly matchedSkills: readonly MatchedSkill[];
  readonly missingRequired: readonly SkillRef[];
  /** Skills the employer trains on the job that the candidate does not have yet. */
  readonly trainedGaps: readonly SkillRef[];
  readonly substitutions: readonly Substitution[];
  /** Up to two per audience, largest gain first; empty when the pair is not eligible. */
  readonly improvements: readonly Improvement[];
}
