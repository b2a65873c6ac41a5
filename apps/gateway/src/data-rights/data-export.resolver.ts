import { Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { DataExportEntity, DataExportService } from '@werkbrug/data-rights';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

@ObjectType({ description: 'A download of everything Werkbrug holds about the signed-in job seeker' })
export class DataExport {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) requestedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set once the worker has built it' })
  readyAt!: Date | null;
  @Field(() => DateTimeScalar, { description: 'The links stop working then' }) expiresAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) jsonDownloadedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) htmlDownloadedAt!: Date | null;
  @Field() failed!: boolean;
}

@ObjectType({
  description: 'A requested export with its links, shown once: only a hash of the links is kept',
})
export class RequestedDataExport {
  @Field(() => DataExport) export!: DataExport;
  @Field({ description: 'GET with your bearer token: everything as JSON (once, within 7 days)' })
  jsonPath!: string;
  @Field({ description: 'GET with your bearer token: a readable HTML page (once, within 7 days)' })
  htmlPath!: string;
}

@Resolver(() => DataExport)
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Query(() => [DataExport], { description: 'Job seekers: their own-data downloads, newest first' })
  async myDataExports(@CurrentViewer() viewer: Viewer): Promise<DataExport[]> {
    return (await this.exports.mine(viewer)).map(toModel);
  }

  @Mutation(() => RequestedDataExport, {
    description:
      'Job seekers: asks for a download of everything Werkbrug holds about you, built by the worker within ' +
      'minutes. The two paths are shown only now; each works once, with your login, for 7 days.',
  })
  async requestMyDataExport(@CurrentViewer() viewer: Viewer): Promise<RequestedDataExport> {
    const { export: requested, token } = await this.exports.request(viewer);
    return {
      export: toModel(requested),
      jsonPath: `/my-data/${token}.json`,
      htmlPath: `/my-data/${token}.html`,
    };
  }
}

function toModel(entity: DataExportEntity): DataExport {
  return { ...entity, failed: entity.failedAt !== null };
}
