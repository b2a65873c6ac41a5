import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Viewer } from '@werkbrug/core';
import { CapacityHoursOutOfRangeError, InvalidCapacityPeriodError } from './placements.errors';
import { refuse } from './placement-access';
import { isValidDate } from '@werkbrug/scheduling-core';
import { DataSource } from 'typeorm';
import { PlacementConflictsService } from './placement-conflicts.service';
import { HostCapacityEntity } from './placement.entities';

/**
 * How many placement hours per week an employer can host in a period. A newer declaration replaces older ones
 * for the days it covers (see capacityOn); the worker's proposals and the conflict checks respect it.
 */
@Injectable()
export class HostCapacityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conflicts: PlacementConflictsService,
  ) {}

  async declare(
    viewer: Viewer,
    from: string,
    to: string | null,
    hoursPerWeek: number,
  ): Promise<HostCapacityEntity> {
    if (viewer.role !== Role.HR_LEAD) refuse(true);
    if (!isValidDate(from) || (to !== null && (!isValidDate(to) || to < from)))
      throw new InvalidCapacityPeriodError();
    if (!Number.isInteger(hoursPerWeek) || hoursPerWeek < 0 || hoursPerWeek > 5000)
      throw new CapacityHoursOutOfRangeError();
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(HostCapacityEntity, {
          employerId: viewer.employerId,
          fromDate: from,
          toDate: to,
          hoursPerWeek,
          createdByUserId: viewer.userId,
        }),
      );
      // Placements the host already has may now exceed (or fit) the capacity: re-check and tell the parties.
      await this.conflicts.refreshHost(tx, viewer.employerId);
      return saved;
    });
  }

  list(viewer: Viewer): Promise<HostCapacityEntity[]> {
    if (viewer.role !== Role.HR_LEAD) return Promise.resolve([]);
    return this.dataSource.manager.find(HostCapacityEntity, {
      where: { employerId: viewer.employerId },
      order: { fromDate: 'ASC', createdAt: 'ASC' },
    });
  }
}
