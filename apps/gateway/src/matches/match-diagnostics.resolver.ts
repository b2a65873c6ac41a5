import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CandidateNotFoundError } from '@werkbrug/candidates';
import { Viewer } from '@werkbrug/core';
import { MatchDiagnosticsService, MatchesService } from '@werkbrug/matching';
import { NetworksService } from '@werkbrug/networks';
import { RULE_NAMES, type HardRule } from '@werkbrug/matching-core';
import { VacancyNotFoundError } from '@werkbrug/vacancies';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { visibleVacancy } from '@werkbrug/gateway/graphql/loaders';
import { MatchArgs, VacancyDropOutArgs } from './matches.args';
import { networkScope } from './network-scope';
import { PairDiagnosis, VacancyDropOut } from './models/match-diagnostics.model';

/** "Waarom staat deze kandidaat niet op mijn lijst?" and the drop-out per rule of a vacancy with few candidates. */
@Resolver()
export class MatchDiagnosticsResolver {
  constructor(
    private readonly diagnostics: MatchDiagnosticsService,
    private readonly matches: MatchesService,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => PairDiagnosis, {
    description:
      'Why a candidate is not on a vacancy’s list (or is): every hard rule that excludes the pair and what would ' +
      'change it, in Dutch and English. For whoever may see either side’s list: the candidate, their own HR ' +
      'leads, the vacancy’s employer (profiles shared with it), the region’s mobility team.',
  })
  async whyNotMatched(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MatchArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<PairDiagnosis> {
    const [candidate, vacancy] = await Promise.all([
      ctx.loaders.candidate(viewer).load(args.candidateId),
      ctx.loaders.vacancy(viewer).load(args.vacancyId),
    ]);
    if (!candidate) throw new CandidateNotFoundError();
    if (!vacancy) throw new VacancyNotFoundError();
    const diagnosis = await this.diagnostics.whyNot(viewer, candidate, vacancy);
    const listed = (await this.matches.listed(viewer, candidate, vacancy)) !== null;
    const exclusions = diagnosis.exclusions.map((e) => ({ ...e, name: RULE_NAMES[e.rule] }));
    return { listed, exclusions, incomplete: diagnosis.incomplete, summary: summaryOf(listed, diagnosis) };
  }

  @Query(() => VacancyDropOut, {
    nullable: true,
    description:
      'For a vacancy with few or no candidates: how many of the region’s active candidates (or a network’s ' +
      'members’ candidates) drop out on each hard rule. Its employer’s HR leads and the region’s mobility team; ' +
      'null before the region is scored or while the vacancy is incomplete.',
  })
  async vacancyDropOut(
    @CurrentViewer() viewer: Viewer,
    @Args() args: VacancyDropOutArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<VacancyDropOut | null> {
    const vacancy = await visibleVacancy(ctx.loaders, viewer, args.vacancyId);
    const scope = networkScope(this.networks, viewer, args.networkId);
    const counts = await this.diagnostics.dropOut(viewer, vacancy, scope);
    if (!counts) return null;
    return {
      compared: counts.compared,
      eligible: counts.eligible,
      rules: counts.rules.map((r) => ({
        ...r,
        name: RULE_NAMES[r.rule],
        text: dropOutText(r.rule, r.firstExcluded),
      })),
    };
  }
}

function dropOutText(rule: HardRule, n: number) {
  const name = RULE_NAMES[rule];
  return {
    nl: `${n} ${n === 1 ? 'kandidaat valt' : 'kandidaten vallen'} af op ${name.nl}`,
    en: `${n} ${n === 1 ? 'candidate drops' : 'candidates drop'} out on ${name.en}`,
  };
}

function summaryOf(
  listed: boolean,
  d: Awaited<ReturnType<MatchDiagnosticsService['whyNot']>>,
): { nl: string; en: string } {
  if (d.incomplete === 'REGION_NOT_SCORED')
    return {
      nl: 'De regio is nog niet doorgerekend; probeer het over enkele minuten opnieuw.',
      en: 'The region has not been scored yet; try again in a few minutes.',
    };
  if (d.incomplete === 'CANDIDATE_INCOMPLETE')
    return {
      nl: 'Het profiel van de kandidaat is nog niet compleet (vaardigheden, postcode of uren); pas daarna wordt het vergeleken.',
      en: "The candidate's profile is not complete yet (skills, postcode or hours); it is compared once it is.",
    };
  if (d.incomplete === 'VACANCY_INCOMPLETE')
    return {
      nl: 'De vacature is nog niet compleet (vaardigheden, postcode of uren); pas daarna wordt die vergeleken.',
      en: 'The vacancy is not complete yet (skills, postcode or hours); it is compared once it is.',
    };
  const n = d.exclusions.length;
  if (n > 0)
    return {
      nl: `${n === 1 ? 'Eén regel sluit' : `${n} regels sluiten`} deze combinatie uit; hieronder staat wat eraan te doen is.`,
      en: `${n === 1 ? 'One rule excludes' : `${n} rules exclude`} this pair; below is what would change it.`,
    };
  return listed
    ? { nl: 'Deze kandidaat staat op de lijst.', en: 'This candidate is on the list.' }
    : {
        nl: 'Geen regel sluit deze combinatie uit, maar andere kandidaten of vacatures passen beter: alleen de beste komen op de lijst, of de lijst wordt net bijgewerkt.',
        en: 'No rule excludes this pair, but other candidates or vacancies fit better: only the best are listed, or the list is being updated.',
      };
}
