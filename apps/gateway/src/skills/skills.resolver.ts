import { Args, Query, Resolver } from '@nestjs/graphql';
import { SkillsService } from '@werkbrug/taxonomy';
import { SkillSearchHit } from './models/skill.model';
import { SearchSkillsArgs } from './skills.args';

@Resolver()
export class SkillsResolver {
  constructor(private readonly skills: SkillsService) {}

  @Query(() => [SkillSearchHit], {
    description: 'Autocomplete over ESCO skills: Dutch and English labels, typo-tolerant',
  })
  searchSkills(@Args() args: SearchSkillsArgs): SkillSearchHit[] {
    return this.skills.search(args.query, args.limit, args.language);
  }
}
