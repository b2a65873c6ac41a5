import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import type { Sector, Viewer } from '@werkbrug/core';
import { SkillsService } from '@werkbrug/taxonomy';
import { DataSource } from 'typeorm';
import { figuresRegionOf } from './outcome-figures.service';
import { SHORTAGE_DEFINITIONS, type ShortageLine, shortageLine } from './shortages';
import { activeCandidateCount, sectorShortageCounts, skillShortageCounts } from './shortages.store';

/** How many of the most-asked skills the shortages list. */
const SHORTAGE_SKILLS = 15;

export interface ShortagesView {
  readonly regionCode: string;
  readonly minimumCellSize: number;
  readonly bySector: (ShortageLine & { sector: Sector })[];
  readonly bySkill: (ShortageLine & { skillId: string; labelEn: string; labelNl: string | null })[];
  readonly definitions: typeof SHORTAGE_DEFINITIONS;
}

/**
 * The region's shortages today: per sector and for the skills asked most, the open positions against the active
 * candidates for them, small candidate counts hidden. Who may see them: as for the outcome figures.
 */
@Injectable()
export class ShortagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly taxonomy: SkillsService,
  ) {}

  async shortages(viewer: Viewer, requestedRegion: string | null): Promise<ShortagesView> {
    const regionCode = figuresRegionOf(viewer, requestedRegion);
    const k = this.config.FIGURES_MIN_CELL_SIZE;
    const manager = this.dataSource.manager;
    const [sectors, skills, active] = await Promise.all([
      sectorShortageCounts(manager, regionCode),
      skillShortageCounts(manager, regionCode, SHORTAGE_SKILLS),
      activeCandidateCount(manager, regionCode),
    ]);
    const labels = new Map(
      (await this.taxonomy.findByIds(skills.map((s) => s.skillId))).map((s) => [s.id, s]),
    );
    return {
      regionCode,
      minimumCellSize: k,
      bySector: sectors.map((s) => ({ sector: s.sector, ...shortageLine(s, k, active) })),
      bySkill: skills.map((s) => ({
        skillId: s.skillId,
        labelEn: labels.get(s.skillId)?.labelEn ?? s.skillId,
        labelNl: labels.get(s.skillId)?.labelNl ?? null,
        ...shortageLine(s, k, active),
      })),
      definitions: SHORTAGE_DEFINITIONS,
    };
  }
}
