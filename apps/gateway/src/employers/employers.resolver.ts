import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toPageRequest, Viewer } from '@werkbrug/core';
import { EmployersService } from '@werkbrug/employers';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { connectionCost, toConnection } from '@werkbrug/gateway/graphql/pagination';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { CreateEmployerInput, UpdateEmployerInput } from './dto/employer.input';
import { EmployersArgs } from './employers.args';
import { Employer, EmployerConnection } from './models/employer.model';

@Resolver(() => Employer)
export class EmployersResolver {
  constructor(private readonly employerService: EmployersService) {}

  @Query(() => EmployerConnection, { complexity: connectionCost(3) })
  async employers(@CurrentViewer() viewer: Viewer, @Args() args: EmployersArgs): Promise<EmployerConnection> {
    const page = await this.employerService.list(viewer, toPageRequest(args.first, args.after), args);
    return toConnection(page, (e) => e);
  }

  @Query(() => Employer)
  employer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<Employer> {
    return this.employerService.get(viewer, id);
  }

  @Mutation(() => Employer)
  createEmployer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateEmployerInput,
  ): Promise<Employer> {
    return this.employerService.create(viewer, input);
  }

  @Mutation(() => Employer)
  updateEmployer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateEmployerInput,
  ): Promise<Employer> {
    return this.employerService.update(viewer, id, input);
  }
}
