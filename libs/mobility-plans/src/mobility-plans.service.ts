import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionToday, Role, type Viewer } from '@werkbrug/core';
import { employerNames, employerRegion } from '@werkbrug/employers/employer-directory.store';
import { CandidatesService, candidatePublicCodes } from '@werkbrug/candidates';
import { assertNoPersonalData } from '@werkbrug/privacy-guard';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  MobilityFiguresEntity,
  MobilityPlanChoiceEntity,
  MobilityPlanEntity,
  MobilityPlanVersionEntity,
  PlanVersionStatus,
} from './mobility-plan.entities';
import { choiceCountsByPath, upsertChoice, upsertFigures } from './mobility-plan-choice.store';
import {
  ChoiceRefusedError,
  DeadlineAfterEmploymentEndError,
  DuplicatePathError,
  FigureOutOfRangeError,
  InvalidPlanContentError,
  MobilityPlanEditForbiddenError,
  MobilityPlanNotFoundError,
  OnlyTheEmployeeChoosesError,
  OnlyTheEmployeeKeepsFiguresError,
  PlanNotPublishableError,
  PlanEmployerRequiredError,
  PlanVersionConflictError,
  RegionPlanFiguresForbiddenError,
  ServiceLongerThanHistoryError,
} from './mobility-plans.errors';
import { comparePath, type EmployeeFigures, type PathComparison } from './path-comparison';
import { planAccess, type PlanAccess } from './plan-access';
import { type GuideSection, type LocalisedText, needsFollowUp, type PathContent } from './plan-content';
import { elementFromFields, type ElementFields, isPlanProblem, publishProblems } from './plan-validation';
import { pathValues, type PathValue, TYPICAL_EMPLOYEES } from './proportionality';
import { REVIEWED_ON } from './statutory-parameters';

/** A draft as its author saves it; paths without an id are new, elements as a form sends them. */
export interface PlanDraft {
  readonly title: LocalisedText;
  readonly employmentEndDate: string;
  readonly choiceDeadline: string;
  readonly helpHourValueEur: number;
  readonly paths: readonly (Omit<PathContent, 'id' | 'elements' | 'followUp'> & {
    id?: string | null;
    /** Left out: only the guidance path is followed up. */
    followUp?: boolean | null;
    elements: readonly ElementFields[];
  })[];
  readonly guide: readonly GuideSection[];
}

/** A plan as one viewer may see it: the published version, and for its authors the draft too. */
export interface PlanView {
  readonly plan: MobilityPlanEntity;
  readonly employerName: string;
  readonly access: PlanAccess;
  readonly published: MobilityPlanVersionEntity | null;
  readonly draft: MobilityPlanVersionEntity | null;
}

export interface PlanComparison {
  readonly version: MobilityPlanVersionEntity;
  readonly paths: readonly PathComparison[];
  readonly parametersReviewedOn: string;
}

/** An employee's own choice of a plan, and whether it still stands. */
export interface MyChoice {
  readonly pathId: string | null;
  readonly chosenAt: Date | null;
  /** False when a newer version no longer offers the chosen path: the person should choose again. */
  readonly stillOffered: boolean;
  /**
   * True when the published version changed the chosen path's offer (its kind, money, help or conditions) since
   * the person chose: they should read it again and confirm (choosing it again) or choose another.
   */
  readonly changedSinceChosen: boolean;
  readonly deadline: string;
  readonly canChange: boolean;
}

/** The choices for one path: how many, and who only where the path is followed up. */
export interface PathChoices {
  readonly pathId: string;
  readonly offered: boolean;
  readonly count: number;
  readonly followUp: boolean;
  readonly people: readonly { candidateId: string; publicCode: string; chosenAt: Date }[];
}

/** One published plan of the region with how many chose each of its paths, for the regional dashboard. */
export interface RegionPlanFigures {
  readonly view: PlanView & { readonly published: MobilityPlanVersionEntity };
  /** Per path of the published version, in its order. */
  readonly paths: readonly { readonly pathId: string; readonly count: number }[];
  /** Choices of paths a newer version no longer offers: those people are asked to choose again. */
  readonly chosenDroppedPaths: number;
  readonly chosen: number;
}

export interface ProportionalityRow {
  readonly employee: { label: LocalisedText } & EmployeeFigures;
  readonly paths: readonly PathValue[];
}

@Injectable()
export class MobilityPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
  ) {}

  /** The plans the viewer may see, newest first; job seekers only those with a published version. */
  async list(viewer: Viewer): Promise<PlanView[]> {
    const where =
      viewer.role === Role.HR_LEAD || viewer.role === Role.JOB_SEEKER
        ? { employerId: viewer.employerId }
        : viewer.role === Role.MOBILITY_TEAM
          ? { regionCode: viewer.regionCode }
          : null;
    if (!where) return [];
    const plans = await this.dataSource.manager.find(MobilityPlanEntity, {
      where,
      order: { createdAt: 'DESC' },
    });
    const views = await this.views(viewer, plans);
    return views.filter((v) => v.access === 'EDIT' || v.published !== null);
  }

  async get(viewer: Viewer, planId: string): Promise<PlanView> {
    const plan = await this.dataSource.manager.findOneBy(MobilityPlanEntity, { id: planId });
    const [view] = plan ? await this.views(viewer, [plan]) : [];
    // A job seeker's employer's plan before it is published does not exist for them yet.
    if (!view || view.access === 'NONE' || (view.access === 'READ_PUBLISHED' && !view.published))
      throw new MobilityPlanNotFoundError();
    return view;
  }

  /** A new plan with its first draft. The mobility team names the employer; an HR lead writes for their own. */
  async create(viewer: Viewer, employerId: string | null, draft: PlanDraft): Promise<PlanView> {
    const owner = await this.ownerFor(viewer, employerId);
    const content = checkedDraft(draft);
    const planId = await this.dataSource.transaction(async (tx) => {
      const plan = await tx.save(tx.create(MobilityPlanEntity, { ...owner, createdByUserId: viewer.userId }));
      await tx.insert(MobilityPlanVersionEntity, {
        planId: plan.id,
        number: 1,
        status: PlanVersionStatus.DRAFT,
        ...content,
        updatedByUserId: viewer.userId,
        updatedAt: new Date(),
        publishedAt: null,
        publishedByUserId: null,
      });
      return plan.id;
    });
    return this.get(viewer, planId);
  }

  /**
   * Replaces the draft's content. `basedOn` is the draft's `updatedAt` the author started from: a draft changed
   * by someone else since is refused, so nobody's work is silently overwritten.
   */
  async saveDraft(viewer: Viewer, planId: string, draft: PlanDraft, basedOn: Date | null): Promise<PlanView> {
    const content = checkedDraft(draft);
    await this.dataSource.transaction(async (tx) => {
      const current = await this.lockedDraft(tx, viewer, planId);
      if (basedOn && current.updatedAt.getTime() !== basedOn.getTime())
        throw new PlanVersionConflictError('STALE_DRAFT');
      await tx.update(MobilityPlanVersionEntity, current.id, {
        ...content,
        updatedByUserId: viewer.userId,
        updatedAt: new Date(),
      });
    });
    return this.get(viewer, planId);
  }

  /** Freezes the draft: everyone it concerns now reads this version; the one before is superseded. */
  async publish(
    viewer: Viewer,
    planId: string,
    basedOn: Date | null = null,
    now = new Date(),
  ): Promise<PlanView> {
    await this.dataSource.transaction(async (tx) => {
      const draft = await this.lockedDraft(tx, viewer, planId);
      // What is published is what the publisher saw: a draft changed since is refused, as a save would be.
      if (basedOn && draft.updatedAt.getTime() !== basedOn.getTime())
        throw new PlanVersionConflictError('STALE_DRAFT');
      const problems = publishProblems(
        { title: { nl: draft.titleNl, en: draft.titleEn }, ...draft },
        regionToday(now),
      );
      if (problems.length > 0) throw new PlanNotPublishableError(problems);
      await tx.update(
        MobilityPlanVersionEntity,
        { planId, status: PlanVersionStatus.PUBLISHED },
        { status: PlanVersionStatus.SUPERSEDED },
      );
      await tx.update(MobilityPlanVersionEntity, draft.id, {
        status: PlanVersionStatus.PUBLISHED,
        publishedAt: now,
        publishedByUserId: viewer.userId,
      });
    });
    return this.get(viewer, planId);
  }

  /** A new draft that starts as a copy of the published version. */
  async startNewVersion(viewer: Viewer, planId: string): Promise<PlanView> {
    await this.dataSource.transaction(async (tx) => {
      await this.lockedPlan(tx, viewer, planId);
      const versions = await tx.find(MobilityPlanVersionEntity, {
        where: { planId },
        order: { number: 'DESC' },
      });
      if (versions.some((v) => v.status === PlanVersionStatus.DRAFT))
        throw new PlanVersionConflictError('DRAFT_EXISTS');
      const published = versions.find((v) => v.status === PlanVersionStatus.PUBLISHED);
      if (!published) throw new PlanVersionConflictError('NOTHING_PUBLISHED');
      const { id: _id, publishedAt: _at, publishedByUserId: _by, ...copy } = published;
      await tx.insert(MobilityPlanVersionEntity, {
        ...copy,
        number: versions[0].number + 1,
        status: PlanVersionStatus.DRAFT,
        updatedByUserId: viewer.userId,
        updatedAt: new Date(),
        publishedAt: null,
        publishedByUserId: null,
      });
    });
    return this.get(viewer, planId);
  }

  /**
   * Every path of a version side by side on the figures given. The figures are used for this answer only: they
   * are not stored and not logged (an employee keeps them only by asking, `keepMyFigures`). Employees compare the published version; authors any version, drafts too.
   */
  async compare(viewer: Viewer, versionId: string, figures: EmployeeFigures): Promise<PlanComparison> {
    checkFigures(figures);
    const version = await this.readableVersion(viewer, versionId);
    return {
      version,
      paths: version.paths.map((path) => comparePath(path, figures, version.employmentEndDate)),
      parametersReviewedOn: REVIEWED_ON,
    };
  }

  /** For authors: the value of each path for typical employees, so uneven paths stand out before publishing. */
  async proportionality(viewer: Viewer, versionId: string): Promise<ProportionalityRow[]> {
    const version = await this.readableVersion(viewer, versionId);
    const plan = await this.dataSource.manager.findOneByOrFail(MobilityPlanEntity, { id: version.planId });
    if (planAccess(viewer, plan) !== 'EDIT') throw new MobilityPlanEditForbiddenError();
    return TYPICAL_EMPLOYEES.map((employee) => ({
      employee,
      paths: pathValues(version.paths, employee, version.employmentEndDate, version.helpHourValueEur),
    }));
  }

  /**
   * The employee records their path, changeable until the deadline. Choosing the guidance path with
   * `shareProfile` enrols them for matching at once (their consent to share the profile with the region, the
   * profile active, the plan's end of employment as their contract end).
   */
  async choose(
    viewer: Viewer,
    planId: string,
    pathId: string,
    shareProfile: boolean,
    now = new Date(),
  ): Promise<MyChoice> {
    const view = await this.get(viewer, planId);
    if (viewer.role !== Role.JOB_SEEKER) throw new OnlyTheEmployeeChoosesError();
    const version = view.published!;
    if (regionToday(now) > version.choiceDeadline) throw new ChoiceRefusedError('DEADLINE_PASSED');
    const path = version.paths.find((p) => p.id === pathId);
    if (!path) throw new ChoiceRefusedError('UNKNOWN_PATH');
    const storeChoice = (manager: EntityManager) =>
      upsertChoice(manager, { planId, versionId: version.id, candidateId: viewer.candidateId, pathId });
    // The guidance path with consent enrols the person in the same transaction as the choice.
    if (path.kind === 'GUIDANCE' && shareProfile)
      await this.candidates.enrolForGuidance(viewer, version.employmentEndDate, storeChoice);
    else await storeChoice(this.dataSource.manager);
    return this.myChoice(viewer, planId, now);
  }

  async myChoice(viewer: Viewer, planId: string, now = new Date()): Promise<MyChoice> {
    const view = await this.get(viewer, planId);
    if (viewer.role !== Role.JOB_SEEKER) throw new OnlyTheEmployeeChoosesError();
    const version = view.published!;
    const choice = await this.dataSource.manager.findOneBy(MobilityPlanChoiceEntity, {
      planId,
      candidateId: viewer.candidateId,
    });
    const offered = choice && version.paths.find((p) => p.id === choice.pathId);
    let changedSinceChosen = false;
    if (choice && offered && choice.versionId !== version.id) {
      const chosenUnder = await this.dataSource.manager.findOneBy(MobilityPlanVersionEntity, {
        id: choice.versionId,
      });
      const before = chosenUnder?.paths.find((p) => p.id === choice.pathId);
      changedSinceChosen = !before || !sameOffer(before, offered);
    }
    return {
      pathId: choice?.pathId ?? null,
      chosenAt: choice?.chosenAt ?? null,
      stillOffered: !choice || !!offered,
      changedSinceChosen,
      deadline: version.choiceDeadline,
      canChange: regionToday(now) <= version.choiceDeadline,
    };
  }

  /**
   * For the plan's authors: per path how many chose it, and who only for paths the employer follows up (the
   * public code, from which the HR lead opens the profile). Choices of a path a newer version dropped are listed
   * apart, so nobody is lost.
   */
  async choices(viewer: Viewer, planId: string): Promise<PathChoices[]> {
    const view = await this.get(viewer, planId);
    if (view.access !== 'EDIT') throw new MobilityPlanEditForbiddenError();
    const paths = view.published?.paths ?? [];
    const rows = await this.dataSource.manager.find(MobilityPlanChoiceEntity, {
      where: { planId },
      order: { chosenAt: 'ASC' },
    });
    // Someone is named only if the path was followed up in the version they chose under (they were told so) and
    // still is, and only to their own employer's HR leads: the mobility team counts, it does not see who.
    const chosenUnder = await this.dataSource.manager.find(MobilityPlanVersionEntity, {
      where: { id: In([...new Set(rows.map((r) => r.versionId))]) },
    });
    const followedIn = new Map(
      chosenUnder.map((v) => [v.id, new Set(v.paths.filter(needsFollowUp).map((p) => p.id))]),
    );
    const followedNow = new Set(paths.filter(needsFollowUp).map((p) => p.id));
    const named = (r: MobilityPlanChoiceEntity) =>
      viewer.role === Role.HR_LEAD &&
      followedNow.has(r.pathId) &&
      (followedIn.get(r.versionId)?.has(r.pathId) ?? false);
    const codes = await candidatePublicCodes(
      this.dataSource.manager,
      rows.filter(named).map((r) => r.candidateId),
    );
    const pathIds = [...paths.map((p) => p.id), ...rows.map((r) => r.pathId)];
    return [...new Set(pathIds)].map((pathId) => {
      const chosen = rows.filter((r) => r.pathId === pathId);
      return {
        pathId,
        offered: paths.some((p) => p.id === pathId),
        count: chosen.length,
        followUp: followedNow.has(pathId),
        people: chosen.filter(named).map((r) => ({
          candidateId: r.candidateId,
          publicCode: codes.get(r.candidateId) ?? '',
          chosenAt: r.chosenAt,
        })),
      };
    });
  }

  /**
   * The regional dashboard's figures: for each published plan of the region, how many chose each path. Counts
   * only, as the team sees them on each plan; who chose is their employer's to know.
   */
  async regionFigures(viewer: Viewer, regionCode: string): Promise<RegionPlanFigures[]> {
    if (viewer.role !== Role.MOBILITY_TEAM || viewer.regionCode !== regionCode)
      throw new RegionPlanFiguresForbiddenError();
    const plans = await this.dataSource.manager.find(MobilityPlanEntity, {
      where: { regionCode },
      order: { createdAt: 'DESC' },
    });
    const published = (await this.views(viewer, plans)).filter(
      (v): v is RegionPlanFigures['view'] => v.published !== null,
    );
    const counts = await choiceCountsByPath(
      this.dataSource.manager,
      published.map((v) => v.plan.id),
    );
    return published.map((view) => {
      const perPath = counts.get(view.plan.id) ?? new Map<string, number>();
      const paths = view.published.paths.map((p) => ({ pathId: p.id, count: perPath.get(p.id) ?? 0 }));
      const chosen = [...perPath.values()].reduce((sum, n) => sum + n, 0);
      const offered = paths.reduce((sum, p) => sum + p.count, 0);
      return { view, paths, chosen, chosenDroppedPaths: chosen - offered };
    });
  }

  /** The figures the employee kept for comparing, or null: nobody else's are ever read (staff get null). */
  async myFigures(viewer: Viewer): Promise<MobilityFiguresEntity | null> {
    if (viewer.role !== Role.JOB_SEEKER || !viewer.candidateId) return null;
    return this.dataSource.manager.findOneBy(MobilityFiguresEntity, { candidateId: viewer.candidateId });
  }

  /**
   * Keeps the employee's figures because they asked to, checked as a comparison checks them. Only the employee
   * themselves: an HR lead comparing on someone's behalf keeps nothing.
   */
  async keepMyFigures(viewer: Viewer, figures: EmployeeFigures): Promise<MobilityFiguresEntity> {
    if (viewer.role !== Role.JOB_SEEKER || !viewer.candidateId) throw new OnlyTheEmployeeKeepsFiguresError();
    checkFigures(figures);
    await upsertFigures(this.dataSource.manager, viewer.candidateId, figures);
    return (await this.myFigures(viewer))!;
  }

  /** Forgets the employee's kept figures; true when there were any. */
  async forgetMyFigures(viewer: Viewer): Promise<boolean> {
    if (viewer.role !== Role.JOB_SEEKER || !viewer.candidateId) throw new OnlyTheEmployeeKeepsFiguresError();
    const result = await this.dataSource.manager.delete(MobilityFiguresEntity, {
      candidateId: viewer.candidateId,
    });
    return (result.affected ?? 0) > 0;
  }

  private async readableVersion(viewer: Viewer, versionId: string): Promise<MobilityPlanVersionEntity> {
    const version = await this.dataSource.manager.findOneBy(MobilityPlanVersionEntity, { id: versionId });
    if (!version) throw new MobilityPlanNotFoundError();
    const plan = await this.dataSource.manager.findOneByOrFail(MobilityPlanEntity, { id: version.planId });
    const access = planAccess(viewer, plan);
    if (access === 'EDIT' || (access === 'READ_PUBLISHED' && version.status === PlanVersionStatus.PUBLISHED))
      return version;
    throw new MobilityPlanNotFoundError();
  }

  private async ownerFor(
    viewer: Viewer,
    employerId: string | null,
  ): Promise<{ employerId: string; regionCode: string }> {
    if (viewer.role === Role.HR_LEAD) {
      if (employerId && employerId !== viewer.employerId) throw new MobilityPlanEditForbiddenError();
      return { employerId: viewer.employerId, regionCode: viewer.regionCode };
    }
    if (viewer.role !== Role.MOBILITY_TEAM) throw new MobilityPlanEditForbiddenError();
    if (!employerId) throw new PlanEmployerRequiredError();
    const employer = await employerRegion(this.dataSource.manager, employerId);
    if (!employer || employer.regionCode !== viewer.regionCode) throw new MobilityPlanEditForbiddenError();
    return { employerId: employer.id, regionCode: employer.regionCode };
  }

  /** The plan, locked for this transaction, after checking the viewer writes it. */
  private async lockedPlan(tx: EntityManager, viewer: Viewer, planId: string): Promise<MobilityPlanEntity> {
    const plan = await tx.findOne(MobilityPlanEntity, {
      where: { id: planId },
      lock: { mode: 'pessimistic_write' },
    });
    const access = plan ? planAccess(viewer, plan) : 'NONE';
    if (!plan || access === 'NONE') throw new MobilityPlanNotFoundError();
    if (access === 'READ_PUBLISHED') {
      // An employee is told "not yours to write" only about a plan they can read; before it is published it
      // does not exist for them.
      const published = await tx.existsBy(MobilityPlanVersionEntity, {
        planId,
        status: PlanVersionStatus.PUBLISHED,
      });
      throw published ? new MobilityPlanEditForbiddenError() : new MobilityPlanNotFoundError();
    }
    return plan;
  }

  private async lockedDraft(
    tx: EntityManager,
    viewer: Viewer,
    planId: string,
  ): Promise<MobilityPlanVersionEntity> {
    await this.lockedPlan(tx, viewer, planId);
    const draft = await tx.findOneBy(MobilityPlanVersionEntity, { planId, status: PlanVersionStatus.DRAFT });
    if (!draft) throw new PlanVersionConflictError('NO_DRAFT');
    return draft;
  }

  private async views(viewer: Viewer, plans: readonly MobilityPlanEntity[]): Promise<PlanView[]> {
    if (plans.length === 0) return [];
    const versions = await this.dataSource.manager.find(MobilityPlanVersionEntity, {
      where: {
        planId: In(plans.map((p) => p.id)),
        status: In([PlanVersionStatus.DRAFT, PlanVersionStatus.PUBLISHED]),
      },
    });
    const names = await employerNames(this.dataSource.manager, [...new Set(plans.map((p) => p.employerId))]);
    return plans.map((plan) => {
      const access = planAccess(viewer, plan);
      const mine = versions.filter((v) => v.planId === plan.id);
      return {
        plan,
        employerName: names.get(plan.employerId) ?? '',
        access,
        published:
          access === 'NONE' ? null : (mine.find((v) => v.status === PlanVersionStatus.PUBLISHED) ?? null),
        draft: access === 'EDIT' ? (mine.find((v) => v.status === PlanVersionStatus.DRAFT) ?? null) : null,
      };
    });
  }
}

/** A draft's content as stored: each path with an id (kept across edits), each element checked for its kind. */
function checkedDraft(draft: PlanDraft) {
  if (draft.choiceDeadline > draft.employmentEndDate) throw new DeadlineAfterEmploymentEndError();
  // Every employee reads the plan: no contact details, numbers or health information about anyone in it. Names of
  // organisations are common in a plan, so a possible person's name alone does not refuse.
  assertNoPersonalData(planTexts(draft), { allowPossibleNames: true });
  const ids = draft.paths.map((p) => p.id).filter((id): id is string => !!id);
  const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (duplicate >= 0)
    throw new DuplicatePathError(`paths.${draft.paths.findIndex((p) => p.id === ids[duplicate])}.id`);
  const paths = draft.paths.map((path, i): PathContent => {
    const elements = path.elements.map((fields, j) => {
      const element = elementFromFields(fields, `paths.${i}.elements.${j}`);
      if (isPlanProblem(element)) throw new InvalidPlanContentError(element.field, element.message);
      return element;
    });
    return {
      ...path,
      id: path.id ?? randomUUID(),
      followUp: path.followUp ?? path.kind === 'GUIDANCE',
      elements,
    };
  });
  return {
    titleNl: draft.title.nl,
    titleEn: draft.title.en,
    employmentEndDate: draft.employmentEndDate,
    choiceDeadline: draft.choiceDeadline,
    helpHourValueEur: draft.helpHourValueEur,
    paths,
    guide: [...draft.guide],
  };
}

function checkFigures(figures: EmployeeFigures): void {
  const checks: [keyof EmployeeFigures, number, number][] = [
    ['grossMonthlySalaryEur', 1, 100_000],
    ['yearsOfService', 0, 60],
    ['employmentHistoryYears', 0, 60],
  ];
  for (const [field, min, max] of checks) {
    const value = figures[field];
    if (!Number.isFinite(value) || value < min || value > max)
      throw new FigureOutOfRangeError(field, min, max);
  }
  if (figures.yearsOfService > figures.employmentHistoryYears + 1) throw new ServiceLongerThanHistoryError();
}

/** Whether two versions of a path offer the same: everything but its name and description (wording may improve). */
function sameOffer(a: PathContent, b: PathContent): boolean {
  const offer = ({ name: _name, description: _description, ...rest }: PathContent) => canonical(rest);
  return offer(a) === offer(b);
}

/** JSON with every object's keys in order, so two equal values stored apart compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The plan's texts by field path, for the privacy guard. */
function planTexts(draft: PlanDraft): Record<string, string> {
  const texts: Record<string, string> = { 'title.nl': draft.title.nl, 'title.en': draft.title.en };
  const add = (field: string, value: { nl: string; en: string }) => {
    texts[`${field}.nl`] = value.nl;
    texts[`${field}.en`] = value.en;
  };
  draft.paths.forEach((path, i) => {
    add(`paths.${i}.name`, path.name);
    add(`paths.${i}.description`, path.description);
    add(`paths.${i}.conditions`, path.conditions);
    path.elements.forEach((element, j) => add(`paths.${i}.elements.${j}.description`, element.description));
  });
  draft.guide.forEach((section, i) => {
    add(`guide.${i}.title`, section.title);
    add(`guide.${i}.body`, section.body);
  });
  return texts;
}
