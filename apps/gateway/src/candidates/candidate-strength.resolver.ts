import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { Skill } from '@werkbrug/gateway/skills/models/skill.model';
import { CandidateStrength } from './models/candidate-profile.model';

@Resolver(() => CandidateStrength)
export class CandidateStrengthResolver {
  @ResolveField(() => Skill, { nullable: true })
  skill(@Parent() strength: CandidateStrength, @Context() ctx: GraphQLContext): Promise<Skill | null> {
    return ctx.loaders.skill.load(strength.skillId);
  }
}
