import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { definedFields, ForbiddenError, keysetPage, Page, PageRequest, Role, Viewer } from '@werkbrug/core';
import { GeoService } from '@werkbrug/geo';
import {
  assertNoPersonalData,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { OutboxService, recomputeRegionStatistics, rescoreVacancy } from '@werkbrug/queue';
import { SkillsService } from '@werkbrug/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { canManageVacancy, VACANCY_STATUS_TRANSITIONS } from './vacancy-access';
import {
  findVisibleVacancies,
  findVisibleVacancy,
  updateVacancy,
  vacanciesWithSkills,
  visibleVacanciesQuery,
} from './vacancy.store';
import { VacancyEntity, VacancySkillEntity } from './vacancy.entity';
import { SkillRequirement, VacancyStatus } from './vacancy.enums';
import type {
  CreateVacancyInput,
  UpdateVacancyInput,
  VacancyFields,
  VacancyListFilter,
} from './vacancy.inputs';
import {
  SkillInSeveralListsError,
  VacancyHoursRangeError,
  InvalidVacancyStatusTransitionError,
  requireVacancyAccess,
  StaleVacancyVersionError,
} from './vacancies.errors';

@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geo: GeoService,
    private readonly skills: SkillsService,
    private readonly outbox: OutboxService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<VacancyEntity> {
    return requireVacancyAccess(await findVisibleVacancy(this.dataSource.manager, viewer, id), () => true);
  }

  /** The vacancies among `ids` the viewer may see, in the order given (for lists built elsewhere, e.g. matches). */
  async getMany(viewer: Viewer, ids: readonly string[]): Promise<VacancyEntity[]> {
    if (ids.length === 0) return [];
    return findVisibleVacancies(this.dataSource.manager, viewer, ids);
  }

  async list(viewer: Viewer, page: PageRequest, filter: VacancyListFilter): Promise<Page<VacancyEntity>> {
    const query = visibleVacanciesQuery(this.dataSource.manager, viewer);
    if (filter.status) query.andWhere('v.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('v.kind = :kind', { kind: filter.kind });
    if (filter.employerId) query.andWhere('v.employer_id = :employerId', { employerId: filter.employerId });
    return keysetPage(query, page, (ids) => vacanciesWithSkills(this.dataSource.manager, ids));
  }

  async create(
    viewer: Viewer,
    input: CreateVacancyInput,
    check: PersonalDataCheckOptions = {},
  ): Promise<VacancyEntity> {
    if (viewer.role !== Role.HR_LEAD) throw new ForbiddenError();
    await this.validate(input, check);
    const id = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(VacancyEntity, {
          ...columns(input),
          employerId: viewer.employerId,
          regionCode: viewer.regionCode,
          status: VacancyStatus.DRAFT,
          createdByUserId: viewer.userId,
        }),
      );
      await this.replaceSkills(tx, saved.id, input);
      await this.outbox.publish(
        tx,
        recomputeRegionStatistics(viewer.regionCode),
        rescoreVacancy(viewer.regionCode, saved.id),
      );
      return saved.id;
    });
    return this.get(viewer, id);
  }

  async update(
    viewer: Viewer,
    id: string,
    input: UpdateVacancyInput,
    check: PersonalDataCheckOptions = {},
  ): Promise<VacancyEntity> {
    const vacancy = await this.getManaged(viewer, id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== vacancy.version) {
      throw new StaleVacancyVersionError(vacancy.version);
    }
    const stored = currentFields(vacancy);
    const merged: VacancyFields = { ...stored, ...definedFields(input, ['expectedVersion']) };
    await this.validate(merged, check, stored);
    await this.dataSource.transaction(async (tx) => {
      const updated = await updateVacancy(tx, id, columns(merged), vacancy.version);
      if (updated !== 1) throw new StaleVacancyVersionError(vacancy.version + 1);
      await this.replaceSkills(tx, id, merged);
      await this.outbox.publish(
        tx,
        recomputeRegionStatistics(vacancy.regionCode),
        rescoreVacancy(vacancy.regionCode, id),
      );
    });
    return this.get(viewer, id);
  }

  async changeStatus(viewer: Viewer, id: string, status: VacancyStatus): Promise<VacancyEntity> {
    const vacancy = await this.getManaged(viewer, id);
    if (vacancy.status === status) return vacancy;
    if (!VACANCY_STATUS_TRANSITIONS[vacancy.status].includes(status)) {
      throw new InvalidVacancyStatusTransitionError(vacancy.status, status);
    }
    await this.dataSource.transaction(async (tx) => {
      await updateVacancy(tx, id, { status });
      await this.outbox.publish(
        tx,
        recomputeRegionStatistics(vacancy.regionCode),
        rescoreVacancy(vacancy.regionCode, id),
      );
    });
    return this.get(viewer, id);
  }

  private async getManaged(viewer: Viewer, id: string): Promise<VacancyEntity> {
    return requireVacancyAccess(await this.get(viewer, id), (vacancy) => canManageVacancy(viewer, vacancy));
  }

  /** `stored` (on update): the fields before the change; see checkFreeText. */
  private async validate(
    fields: VacancyFields,
    check: PersonalDataCheckOptions,
    stored?: VacancyFields,
  ): Promise<void> {
    if (fields.hoursMin > fields.hoursMax) {
      throw new VacancyHoursRangeError();
    }
    checkFreeText(fields, check, stored);
    const all = [...fields.requiredSkillIds, ...fields.niceToHaveSkillIds, ...fields.trainedOnTheJobSkillIds];
    if (new Set(all).size !== all.length) {
      throw new SkillInSeveralListsError();
    }
    await this.geo.requirePostcodeArea(fields.locationPc4, 'locationPc4');
    await this.skills.requireSkills(fields.requiredSkillIds, 'requiredSkillIds');
    await this.skills.requireSkills(fields.niceToHaveSkillIds, 'niceToHaveSkillIds');
    await this.skills.requireSkills(fields.trainedOnTheJobSkillIds, 'trainedOnTheJobSkillIds');
    if (fields.escoOccupationId)
      await this.skills.requireOccupation(fields.escoOccupationId, 'escoOccupationId');
  }

  private async replaceSkills(tx: EntityManager, vacancyId: string, fields: VacancyFields): Promise<void> {
    await tx.delete(VacancySkillEntity, { vacancyId });
    const rows = [
      ...fields.requiredSkillIds.map((skillId) => ({
        vacancyId,
        skillId,
        requirement: SkillRequirement.REQUIRED,
      })),
      ...fields.niceToHaveSkillIds.map((skillId) => ({
        vacancyId,
        skillId,
        requirement: SkillRequirement.NICE_TO_HAVE,
      })),
      ...fields.trainedOnTheJobSkillIds.map((skillId) => ({
        vacancyId,
        skillId,
        requirement: SkillRequirement.TRAINED_ON_THE_JOB,
      })),
    ];
    if (rows.length) await tx.insert(VacancySkillEntity, rows);
  }
}

/**
 * Every text is checked for hard findings. A possible name is only refused in a changed text: a name-like word
 * the user confirmed earlier must not block a later change of, say, the hours.
 */
function checkFreeText(fields: VacancyFields, check: PersonalDataCheckOptions, stored?: VacancyFields): void {
  const text = { title: fields.title, description: fields.description };
  if (!stored) return assertNoPersonalData(text, check);
  assertNoPersonalData(text, { allowPossibleNames: true });
  assertNoPersonalData(
    {
      title: text.title.trim() === stored.title.trim() ? null : text.title,
      description: text.description?.trim() === stored.description?.trim() ? null : text.description,
    },
    check,
  );
}

function columns(f: VacancyFields): Partial<VacancyEntity> {
  return {
    title: f.title.trim(),
    escoOccupationId: f.escoOccupationId ?? null,
    description: f.description?.trim() ?? '',
    locationPc4: f.locationPc4,
    hoursMin: f.hoursMin,
    hoursMax: f.hoursMax,
    workDays: [...new Set(f.workDays ?? [])],
    shifts: [...new Set(f.shifts ?? [])],
    contractType: f.contractType,
    contractDurationMonths: f.contractDurationMonths ?? null,
    kind: f.kind,
    startDate: f.startDate ?? null,
    positions: f.positions,
  };
}

function currentFields(v: VacancyEntity): VacancyFields {
  const skillsWith = (r: SkillRequirement) =>
    v.skills.filter((s) => s.requirement === r).map((s) => s.skillId);
  return {
    ...v,
    requiredSkillIds: skillsWith(SkillRequirement.REQUIRED),
    niceToHaveSkillIds: skillsWith(SkillRequirement.NICE_TO_HAVE),
    trainedOnTheJobSkillIds: skillsWith(SkillRequirement.TRAINED_ON_THE_JOB),
  };
}
