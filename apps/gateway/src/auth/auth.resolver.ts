import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService, JobSeekerInvitationsService, UsersService } from '@werkbrug/accounts';
import { Viewer } from '@werkbrug/core';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { CurrentViewer } from './current-viewer.decorator';
import { ClaimJobSeekerAccountInput, LoginInput } from './dto/auth.input';
import { Session, User } from './models/session.model';
import { Public } from './public.decorator';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: JobSeekerInvitationsService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => Session, {
    description: 'Log in with e-mail and password. Failed attempts are rate-limited.',
  })
  login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<Session> {
    return this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => Session, {
    description: 'A job seeker claims their account with the invitation code from their HR lead',
  })
  claimJobSeekerAccount(
    @Args('input') input: ClaimJobSeekerAccountInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Session> {
    return this.invitations.claimFromClient(input, ctx.req.ip ?? 'unknown');
  }

  @Mutation(() => User, {
    description:
      'HR leads and the mobility team: whether news in Werkbrug is also mailed to you (a short mail without content)',
  })
  setNotificationMail(@CurrentViewer() viewer: Viewer, @Args('enabled') enabled: boolean): Promise<User> {
    return this.users.setNotificationMail(viewer, enabled);
  }

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentViewer() viewer: Viewer): Promise<User> {
    return this.users.findById(viewer, viewer.userId);
  }
}
