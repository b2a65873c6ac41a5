import { Injectable } from '@nestjs/common';
import { EmployerEntity, EmployersService } from '@werkbrug/employers';
import { MatchExplainer } from '@werkbrug/matching';
import type { ExplanationAudience, MatchExplanation } from '@werkbrug/matching-core';
import { SkillsService } from '@werkbrug/taxonomy';
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
  ) {}

  create(): Loaders {
    return {
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
