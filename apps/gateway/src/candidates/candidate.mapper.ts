import { CandidatePresentation } from '@werkbrug/candidates';
import { CandidateProfile } from './models/candidate-profile.model';

export function toCandidateModel(p: CandidatePresentation): CandidateProfile {
  const { developmentSkills, strengths, ...rest } = p;
  return {
    ...rest,
    strengths: strengths.map((s) => ({ skillId: s.skillId, level: s.level, evidenceNote: s.evidenceNote })),
    developmentSkillIds: developmentSkills.map((s) => s.skillId),
  };
}
