import { introductionConsentText, type ConsentText } from '@werkbrug/candidates';
import { EmployerEntity } from '@werkbrug/employers/employer.entity';
import { VacancyEntity } from '@werkbrug/vacancies';
import type { EntityManager } from 'typeorm';
import { MatchCaseEntity } from './matching.entities';

/** What an introduction consent reveals, and to whom: the text, and the identity disclosure it grants. */

/** The consent text for one match, for the candidate to read or to be read out to them. */
export interface IntroductionConsentText {
  readonly matchCaseId: string;
  readonly candidateId: string;
  readonly employerId: string;
  readonly employerName: string;
  readonly text: ConsentText;
}

export async function introductionTextFor(
  tx: EntityManager,
  matchCase: MatchCaseEntity,
): Promise<IntroductionConsentText> {
  const vacancy = await tx.findOneByOrFail(VacancyEntity, { id: matchCase.vacancyId });
  const employer = await tx.findOneByOrFail(EmployerEntity, { id: matchCase.employerId });
  return {
    matchCaseId: matchCase.id,
    candidateId: matchCase.candidateId,
    employerId: employer.id,
    employerName: employer.name,
    text: introductionConsentText({ employerName: employer.name, vacancyTitle: vacancy.title }),
  };
}

/** Reveals the identity to the case's employer (one disclosure per employer, shared by its cases). */
export async function grantDisclosure(
  tx: EntityManager,
  matchCase: MatchCaseEntity,
): Promise<MatchCaseEntity> {
  await tx.query(
    `INSERT INTO identity_disclosure (candidate_id, employer_id)
     SELECT $1, $2 WHERE NOT EXISTS (
       SELECT 1 FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL)`,
    [matchCase.candidateId, matchCase.employerId],
  );
  const [{ id }]: { id: string }[] = await tx.query(
    `SELECT id FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`,
    [matchCase.candidateId, matchCase.employerId],
  );
  await tx.update(MatchCaseEntity, matchCase.id, { disclosureId: id });
  return { ...matchCase, disclosureId: id };
}

/** Ends the case's disclosure, unless another introduction to the same employer still rests on it. */
export async function releaseDisclosure(
  tx: EntityManager,
  matchCase: MatchCaseEntity,
): Promise<MatchCaseEntity> {
  if (matchCase.disclosureId) {
    await tx.update(MatchCaseEntity, matchCase.id, { disclosureId: null });
    await tx.query(
      `UPDATE identity_disclosure SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL AND NOT EXISTS (
         SELECT 1 FROM match_case WHERE disclosure_id = $1 AND id <> $2)`,
      [matchCase.disclosureId, matchCase.id],
    );
  }
  return { ...matchCase, disclosureId: null };
}
