import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { SkillsService } from '@werkbrug/taxonomy';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { Occupation, Skill, SkillSearchHit, SkillSuggestion } from './models/skill.model';
import {
  SearchOccupationsArgs,
  SearchSkillsArgs,
  SkillsByIdArgs,
  SuggestSkillsFromTextArgs,
} from './skills.args';

@Resolver()
export class SkillsResolver {
  constructor(private readonly taxonomy: SkillsService) {}

  @Query(() => [SkillSearchHit], {
    description:
      'Autocomplete over ESCO skills: Dutch and English labels and everyday Dutch words, Dutch compounds and ' +
      'inflections, typo-tolerant; skills the open vacancies of your region ask for rank higher',
  })
  searchSkills(@CurrentViewer() viewer: Viewer, @Args() args: SearchSkillsArgs): Promise<SkillSearchHit[]> {
    const regionCode = 'regionCode' in viewer ? viewer.regionCode : null;
    return this.taxonomy.search(args.query, args.limit, args.language, regionCode);
  }

  /** Like every query, open to signed-in users of any role: the global AuthGuard rejects anonymous requests. */
  @Query(() => [SkillSuggestion], {
    description:
      "ESCO skills suggested from a vacancy text or a candidate's own words, best first, with a confidence",
  })
  suggestSkillsFromText(@Args() args: SuggestSkillsFromTextArgs): SkillSuggestion[] {
    return this.taxonomy.suggestFromText(args.text, args.limit, args.language);
  }

  @Query(() => [Occupation], {
    description: 'ESCO occupations whose Dutch or English label contains the query',
  })
  searchOccupations(@Args() args: SearchOccupationsArgs): Promise<Occupation[]> {
    return this.taxonomy.searchOccupations(args.query, args.limit);
  }

  @Query(() => [Skill], { description: 'ESCO skills by id (unknown ids are left out)' })
  skills(@Args() args: SkillsByIdArgs): Promise<Skill[]> {
    return this.taxonomy.findByIds(args.ids);
  }
}
