import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffAccountsService } from '@werkbrug/accounts';
import { Viewer } from '@werkbrug/core';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { CurrentViewer } from './current-viewer.decorator';
import { ActivateStaffAccountInput, CreateStaffAccountInput } from './dto/auth.input';
import {
  RejectStaffAccountArgs,
  SetEmployerAdminArgs,
  StaffAccountEventsArgs,
} from './dto/staff-account.args';
import { Session, User } from './models/session.model';
import {
  PendingStaffAccount,
  StaffAccountActivation,
  StaffAccountEvent,
  StaffAccountResult,
} from './models/staff-account.model';
import { Public } from './public.decorator';

@Resolver()
export class StaffAccountsResolver {
  constructor(private readonly staff: StaffAccountsService) {}

  @Mutation(() => StaffAccountResult, {
    description:
      "An employer's administrator HR lead adds HR leads (ACTIVE at once, with an activation code for the new " +
      'colleague). Mobility teams (own region) and administrators request HR leads; administrators request ' +
      'mobility team and administrator accounts: those are PENDING_APPROVAL until a second person approves ' +
      '(approveStaffAccount), who then gets the activation code',
  })
  createStaffAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateStaffAccountInput,
  ): Promise<StaffAccountResult> {
    return this.staff.create(viewer, input);
  }

  @Query(() => [PendingStaffAccount], { description: 'Staff account requests this viewer may approve' })
  async pendingStaffAccounts(@CurrentViewer() viewer: Viewer): Promise<PendingStaffAccount[]> {
    const pending = await this.staff.pending(viewer);
    return pending.map((p) => ({ ...p, approvalBasis: p.basis }));
  }

  @Mutation(() => StaffAccountResult, {
    description:
      "HR lead accounts: the employer's administrator HR lead; for a new employer (never an HR lead, no " +
      'candidates yet) also a different administrator or a mobility team member of its region (the account then ' +
      'becomes the employer’s administrator). Mobility team accounts: a different administrator or the region’s ' +
      'team. Administrator accounts: a different administrator. Never the requester, nor someone whose own ' +
      'account the requester requested or approved. Returns the activation code for the account’s holder.',
  })
  approveStaffAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<StaffAccountResult> {
    return this.staff.approve(viewer, id);
  }

  @Mutation(() => User, { description: 'Turn down a request (whoever may approve it), or withdraw your own' })
  rejectStaffAccount(@CurrentViewer() viewer: Viewer, @Args() args: RejectStaffAccountArgs): Promise<User> {
    return this.staff.reject(viewer, args.id, args.reason ?? null);
  }

  @Mutation(() => StaffAccountActivation, {
    description:
      'A new activation code for an account whose holder has not activated it yet; earlier codes stop working. ' +
      "For its approver, or an HR lead account's employer administrator HR lead",
  })
  renewStaffAccountActivation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<StaffAccountActivation> {
    return this.staff.renewActivation(viewer, id);
  }

  @Public()
  @Mutation(() => Session, {
    description:
      'The holder of a new staff account chooses their password with its one-time activation code. Failed ' +
      'attempts are rate-limited.',
  })
  activateStaffAccount(
    @Args('input') input: ActivateStaffAccountInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Session> {
    return this.staff.activateFromClient(input, ctx.req.ip ?? 'unknown');
  }

  @Query(() => [StaffAccountEvent], {
    description:
      'Administrators: every staff account request, creation, approval, rejection and activation, newest first',
  })
  staffAccountEvents(
    @CurrentViewer() viewer: Viewer,
    @Args() args: StaffAccountEventsArgs,
  ): Promise<StaffAccountEvent[]> {
    return this.staff.events(viewer, args.limit);
  }

  @Mutation(() => User, {
    description: "An employer's administrator HR lead makes another of its HR leads administrator, or not",
  })
  setEmployerAdmin(@CurrentViewer() viewer: Viewer, @Args() args: SetEmployerAdminArgs): Promise<User> {
    return this.staff.setEmployerAdmin(viewer, args.userId, args.employerAdmin);
  }
}
