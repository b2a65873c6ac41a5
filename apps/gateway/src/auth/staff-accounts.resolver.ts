import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffAccountsService } from '@werkbrug/accounts';
import { Viewer } from '@werkbrug/core';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { CurrentViewer } from './current-viewer.decorator';
import { CreateStaffAccountInput } from './dto/auth.input';
import { RejectStaffAccountArgs, SetEmployerAdminArgs } from './dto/staff-account.args';
import { User } from './models/session.model';
import { PendingStaffAccount } from './models/staff-account.model';

@Resolver()
export class StaffAccountsResolver {
  constructor(private readonly staff: StaffAccountsService) {}

  @Mutation(() => User, {
    description:
      "An employer's administrator HR lead adds HR leads (ACTIVE at once). Mobility teams (own region) and " +
      'administrators request HR leads; administrators request mobility team and administrator accounts: ' +
      'those are PENDING_APPROVAL until a second person approves (approveStaffAccount)',
  })
  createStaffAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateStaffAccountInput,
  ): Promise<User> {
    return this.staff.create(viewer, input);
  }

  @Query(() => [PendingStaffAccount], { description: 'Staff account requests this viewer may approve' })
  async pendingStaffAccounts(@CurrentViewer() viewer: Viewer): Promise<PendingStaffAccount[]> {
    const pending = await this.staff.pending(viewer);
    return pending.map((p) => ({ ...p, approvalBasis: p.basis }));
  }

  @Mutation(() => User, {
    description:
      "HR lead accounts: the employer's administrator HR lead; for an employer without an active HR lead also a " +
      'different administrator or a mobility team member of its region (the account then becomes the ' +
      'employer’s administrator). Mobility team accounts: a different administrator or the region’s team. ' +
      'Administrator accounts: a different administrator. Never the requester.',
  })
  approveStaffAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<User> {
    return this.staff.approve(viewer, id);
  }

  @Mutation(() => User, { description: 'Turn down a request (whoever may approve it), or withdraw your own' })
  rejectStaffAccount(@CurrentViewer() viewer: Viewer, @Args() args: RejectStaffAccountArgs): Promise<User> {
    return this.staff.reject(viewer, args.id, args.reason ?? null);
  }

  @Mutation(() => User, {
    description: "An employer's administrator HR lead makes another of its HR leads administrator, or not",
  })
  setEmployerAdmin(@CurrentViewer() viewer: Viewer, @Args() args: SetEmployerAdminArgs): Promise<User> {
    return this.staff.setEmployerAdmin(viewer, args.userId, args.employerAdmin);
  }
}
