import { Args, Query, Resolver } from '@nestjs/graphql';
import { GeoService } from '@werkbrug/geo';
import { PostcodeArea, Region } from './models/region.model';

@Resolver()
export class RegionsResolver {
  constructor(private readonly geo: GeoService) {}

  @Query(() => [Region], { description: 'The 35 labour-market regions' })
  regions(): Promise<Region[]> {
    return this.geo.listRegions();
  }

  @Query(() => PostcodeArea, { description: 'Resolve a PC4 to its centroid and region' })
  postcodeArea(@Args('pc4') pc4: string): Promise<PostcodeArea> {
    return this.geo.getPostcodeArea(pc4);
  }
}
