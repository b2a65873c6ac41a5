import { AuditAction, recordAudit } from '@werkbrug/audit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, keysetPage, Page, PageRequest, Role, Sector, Viewer } from '@werkbrug/core';
import { GeoService } from '@werkbrug/geo';
import { OutboxService, recomputeRegionStatistics } from '@werkbrug/queue';
import { DataSource, QueryFailedError } from 'typeorm';
import { EmployerLocationEntity } from './employer-location.entity';
import { EmployerEntity } from './employer.entity';
import { EmployerNameTakenError, requireEmployerAccess } from './employers.errors';
import { employersVisibleTo, employersWithLocations, findVisibleEmployer } from './employer.store';

export interface EmployerLocationInput {
  pc4: string;
  label?: string;
}

export interface CreateEmployerInput {
  name: string;
  sector: Sector;
  regionCode: string;
  locations: EmployerLocationInput[];
}

export interface UpdateEmployerInput {
  name?: string;
  sector?: Sector;
  locations?: EmployerLocationInput[];
}

/**
 * Participating employers. Employer records are organisational, not personal, data: every signed-in user may
 * read the employers of their own region (administrators: all regions). Administrators and the region's
 * mobility team onboard employers; an employer's HR leads keep its details and locations up to date.
 */
@Injectable()
export class EmployersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geo: GeoService,
    private readonly outbox: OutboxService,
  ) {}

  async create(viewer: Viewer, input: CreateEmployerInput): Promise<EmployerEntity> {
    const allowed =
      viewer.role === Role.ADMINISTRATOR ||
      (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === input.regionCode);
    if (!allowed) throw new ForbiddenError();
    await this.geo.requireRegion(input.regionCode);
    await this.validateLocations(input.locations);
    return this.saveTranslatingConflicts(async () =>
      this.dataSource.transaction(async (tx) => {
        const employer = await tx.save(
          tx.create(EmployerEntity, {
            name: input.name.trim(),
            sector: input.sector,
            regionCode: input.regionCode,
            locations: input.locations.map((l) => ({ pc4: l.pc4, label: l.label?.trim() ?? '' })),
          }),
        );
        await this.outbox.publish(tx, recomputeRegionStatistics(input.regionCode));
        await recordAudit(tx, viewer, {
          action: viewer.role === Role.ADMINISTRATOR ? AuditAction.ADMIN_ACTION : AuditAction.ACCOUNT_CHANGED,
          subjectType: 'Employer',
          subjectId: employer.id,
          regionCode: input.regionCode,
          details: { change: 'EMPLOYER_CREATED' },
        });
        return employer;
      }),
    );
  }

  async update(viewer: Viewer, id: string, input: UpdateEmployerInput): Promise<EmployerEntity> {
    const employer = requireEmployerAccess(
      await findVisibleEmployer(this.dataSource.manager, viewer, id),
      (found) =>
        viewer.role === Role.ADMINISTRATOR ||
        (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === found.regionCode) ||
        (viewer.role === Role.HR_LEAD && viewer.employerId === found.id),
    );
    if (input.locations) await this.validateLocations(input.locations);
    return this.saveTranslatingConflicts(() =>
      this.dataSource.transaction(async (tx) => {
        const changes: Partial<EmployerEntity> = {};
        if (input.name !== undefined) changes.name = input.name.trim();
        if (input.sector !== undefined) changes.sector = input.sector;
        if (Object.keys(changes).length > 0) await tx.update(EmployerEntity, employer.id, changes);
        if (input.locations) {
          await tx.delete(EmployerLocationEntity, { employerId: employer.id });
          if (input.locations.length > 0)
            await tx.insert(
              EmployerLocationEntity,
              input.locations.map((l) => ({
                employerId: employer.id,
                pc4: l.pc4,
                label: l.label?.trim() ?? '',
              })),
            );
        }
        return tx.findOneOrFail(EmployerEntity, {
          where: { id: employer.id },
          relations: { locations: true },
        });
      }),
    );
  }

  async get(viewer: Viewer, id: string): Promise<EmployerEntity> {
    return requireEmployerAccess(await findVisibleEmployer(this.dataSource.manager, viewer, id), () => true);
  }

  async list(
    viewer: Viewer,
    page: PageRequest,
    filter: { regionCode?: string; sector?: Sector },
  ): Promise<Page<EmployerEntity>> {
    const query = employersVisibleTo(this.dataSource.manager, viewer);
    if (filter.regionCode)
      query.andWhere('e.region_code = :filterRegion', { filterRegion: filter.regionCode });
    if (filter.sector) query.andWhere('e.sector = :sector', { sector: filter.sector });
    return keysetPage(query, page, (ids) => this.findByIds(ids));
  }

  /** Batch lookup for DataLoader; callers have already established that the viewer may see the referencing row. */
  findByIds(ids: readonly string[]): Promise<EmployerEntity[]> {
    return employersWithLocations(this.dataSource.manager, ids);
  }

  private async validateLocations(locations: EmployerLocationInput[]): Promise<void> {
    for (const [i, location] of locations.entries()) {
      await this.geo.requirePostcodeArea(location.pc4, `locations.${i}.pc4`);
    }
  }

  private async saveTranslatingConflicts<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new EmployerNameTakenError();
      }
      throw error;
    }
  }
}
