import type {
  MatchExplanation as CoreExplanation,
  SkillRef as CoreSkillRef,
  SkillSpace,
} from '@werkbrug/matching-core';
import type { MatchExplanation, SkillRef } from './models/match-explanation.model';

/** The core's explanation with dense skill indices turned back into ESCO ids. */
export function toExplanationModel(e: CoreExplanation, space: SkillSpace): MatchExplanation {
  const skill = (ref: CoreSkillRef): SkillRef => ({
    skillId: space.ids[ref.skill],
    labelEn: ref.label.en,
    labelNl: ref.label.nl,
  });
  return {
    modelVersion: e.modelVersion,
    skillSpaceVersion: e.skillSpaceVersion,
    eligible: e.eligible,
    score: e.score,
    distanceKm: e.distanceKm,
    breakdown: e.breakdown.map((b) => ({ ...b })),
    matchedSkills: e.matchedSkills.map((m) => ({ skill: skill(m), level: m.level, role: m.role })),
    missingRequiredSkills: e.missingRequired.map(skill),
    trainedGaps: e.trainedGaps.map(skill),
    substitutions: e.substitutions.map((s) => ({
      role: s.role,
      wanted: skill(s.wanted),
      by: skill(s.by),
      credit: s.credit,
    })),
    improvements: e.improvements.map((i) => ({
      kind: i.kind,
      audience: i.audience,
      skill: skill(i.skill),
      scoreAfter: i.scoreAfter,
      scoreGain: i.scoreGain,
      explanation: i.explanation,
    })),
    brokenRules: e.brokenRules.map((r) => ({ rule: r.rule, explanation: r.explanation })),
  };
}
