import { Injectable } from '@nestjs/common';
import { CandidateNotFoundError, CandidatesService, type CandidateView } from '@werkbrug/candidates';
import { EmployerEntity, EmployersService } from '@werkbrug/employers';
import type { Viewer } from '@werkbrug/core';
import { MatchCaseEntity, MatchCasesService, MatchExplainer } from '@werkbrug/matching';
import type { ExplanationAudience, MatchExplanation } from '@werkbrug/matching-core';
import { SkillsService } from '@werkbrug/taxonomy';
import { VacanciesService, VacancyNotFoundError, type VacancyEntity } from '@werkbrug/vacancies';
import { EscoOccupationEntity, EscoSkillEntity } from '@werkbrug/taxonomy/taxonomy.entities';
import DataLoader from 'dataloader';

export interface Loaders {
  employer: DataLoader<string, EmployerEntity | null>;
  skill: DataLoader<string, EscoSkillEntity | null>;
  occupation: DataLoader<string, EscoOccupationEntity | null>;
  /**
   * Keyed `candidateId|vacancyId|audience`: one feature load for every explanation on a page of matches.
   * The audience (NEED_TO_KNOW or OTHER_EMPLOYER) decides whether the timing names the contract's end.
   */
  explanation: DataLoader<string, MatchExplanation | null>;
  /**
   * Keyed `candidateId|vacancyId`: the workflow cases of a page of matches, as this viewer may see them, in one
   * query (one loader per viewer, which is one per request).
   */
  matchCase(viewer: Viewer): DataLoader<string, MatchCaseEntity | null>;
  /**
   * By id, the profiles and vacancies as this viewer may see them (null when not): a page of matches names its
   * own vacancy or candidate again in every row, and the page's query often asks for it by itself as well.
   */
  candidate(viewer: Viewer): DataLoader<string, CandidateView | null>;
  vacancy(viewer: Viewer): DataLoader<string, VacancyEntity | null>;
}

/** A loader per viewer (one viewer per request): what one viewer may see is not what another may. */
function perViewer<V>(
  make: (viewer: Viewer) => DataLoader<string, V>,
): (viewer: Viewer) => DataLoader<string, V> {
  const loaders = new WeakMap<Viewer, DataLoader<string, V>>();
  return (viewer) => {
    let loader = loaders.get(viewer);
    if (!loader) loaders.set(viewer, (loader = make(viewer)));
    return loader;
  };
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/**
 * One set of loaders per request: a list of fifty profiles resolves its employers and skills in one query each.
 * Loaders only fetch rows referenced by something the viewer was already allowed to see.
 */
@Injectable()
export class LoaderFactory {
  constructor(
    private readonly employers: EmployersService,
    private readonly skills: SkillsService,
    private readonly explainer: MatchExplainer,
    private readonly cases: MatchCasesService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
  ) {}

  create(): Loaders {
    return {
      matchCase: perViewer(
        (viewer) =>
          new DataLoader<string, MatchCaseEntity | null>(async (keys) => {
            const pairs = keys.map((key) => {
              const [candidateId, vacancyId] = key.split('|');
              return { candidateId, vacancyId };
            });
            const found = await this.cases.visibleForPairs(viewer, pairs);
            const byPair = new Map(found.map((c) => [`${c.candidateId}|${c.vacancyId}`, c]));
            return keys.map((key) => byPair.get(key) ?? null);
          }),
      ),
      candidate: perViewer(
        (viewer) =>
          new DataLoader<string, CandidateView | null>(async (ids) => {
            const views = await this.candidates.getMany(viewer, ids);
            const byProfileId = new Map(views.map((v) => [v.profile.id, v]));
            return ids.map((id) => byProfileId.get(id) ?? null);
          }),
      ),
      vacancy: perViewer(
        (viewer) =>
          new DataLoader<string, VacancyEntity | null>(async (ids) =>
            byId(ids, await this.vacancies.getMany(viewer, ids)),
          ),
      ),
      employer: new DataLoader(async (ids) => byId(ids, await this.employers.findByIds(ids))),
      skill: new DataLoader(async (ids) => byId(ids, await this.skills.findByIds(ids))),
      occupation: new DataLoader(async (ids) => byId(ids, await this.skills.findOccupationsByIds(ids))),
      explanation: new DataLoader((keys) =>
        this.explainer.explain(
          keys.map((key) => {
            const [candidateId, vacancyId, audience] = key.split('|');
            return { candidateId, vacancyId, audience: audience as ExplanationAudience };
          }),
        ),
      ),
    };
  }
}

/** Skills in the order given, skipping ids that no longer resolve. */
export async function loadSkills(loaders: Loaders, ids: string[]): Promise<EscoSkillEntity[]> {
  const skills = await loaders.skill.loadMany(ids);
  return skills.filter((s): s is EscoSkillEntity => s !== null && !(s instanceof Error));
}

/** The profile as the viewer may see it, through the request's loader; not found when the viewer may not. */
export async function visibleCandidate(loaders: Loaders, viewer: Viewer, id: string): Promise<CandidateView> {
  const found = await loaders.candidate(viewer).load(id);
  if (!found) throw new CandidateNotFoundError();
  return found;
}

/** The vacancy as the viewer may see it, through the request's loader; not found when the viewer may not. */
export async function visibleVacancy(loaders: Loaders, viewer: Viewer, id: string): Promise<VacancyEntity> {
  const found = await loaders.vacancy(viewer).load(id);
  if (!found) throw new VacancyNotFoundError();
  return found;
}
