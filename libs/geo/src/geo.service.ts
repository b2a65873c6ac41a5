import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError } from '@werkbrug/core';
import { Repository } from 'typeorm';
import { LabourMarketRegionEntity, PostcodeAreaEntity } from './geo.entities';
import { UnknownLabourMarketRegionError, UnknownPostcodeAreaError } from './geo.errors';

/**
 * Regions and PC4 areas change only with a reference data release, so they are read once per process and kept
 * in memory (4,086 areas): every profile and vacancy write resolves a PC4 without a query.
 */
@Injectable()
export class GeoService {
  private cache?: Promise<{
    areas: Map<string, PostcodeAreaEntity>;
    regions: Map<string, LabourMarketRegionEntity>;
  }>;

  constructor(
    @InjectRepository(PostcodeAreaEntity) private readonly areas: Repository<PostcodeAreaEntity>,
    @InjectRepository(LabourMarketRegionEntity)
    private readonly regions: Repository<LabourMarketRegionEntity>,
  ) {}

  async listRegions(): Promise<LabourMarketRegionEntity[]> {
    const { regions } = await this.load();
    return [...regions.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  async findRegion(code: string): Promise<LabourMarketRegionEntity | undefined> {
    return (await this.load()).regions.get(code);
  }

  async requireRegion(code: string, field = 'regionCode'): Promise<LabourMarketRegionEntity> {
    const region = await this.findRegion(code);
    if (!region) {
      throw new UnknownLabourMarketRegionError(code, field);
    }
    return region;
  }

  async findPostcodeArea(pc4: string): Promise<PostcodeAreaEntity | undefined> {
    return (await this.load()).areas.get(pc4);
  }

  async getPostcodeArea(pc4: string): Promise<PostcodeAreaEntity> {
    const area = await this.findPostcodeArea(pc4);
    if (!area) throw new NotFoundError('Postcode area', 'Postcodegebied');
    return area;
  }

  /** Validates user input: a PC4 the product does not know is a clear error on that field. */
  async requirePostcodeArea(pc4: string, field: string): Promise<PostcodeAreaEntity> {
    const area = await this.findPostcodeArea(pc4);
    if (!area) {
      throw new UnknownPostcodeAreaError(pc4, field);
    }
    return area;
  }

  private load() {
    this.cache ??= (async () => {
      const [areas, regions] = await Promise.all([this.areas.find(), this.regions.find()]);
      return {
        areas: new Map(areas.map((a) => [a.pc4, a])),
        regions: new Map(regions.map((r) => [r.code, r])),
      };
    })().catch((error: unknown) => {
      this.cache = undefined;
      throw error;
    });
    return this.cache;
  }
}
