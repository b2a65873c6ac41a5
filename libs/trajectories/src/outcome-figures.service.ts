import { CONVERSION_DEFINITION, conversionFunnel, type ConversionView } from './conversion';
import { conversionCounts } from './conversion.store';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import { type LocalisedMessage, Role, type Viewer } from '@werkbrug/core';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import { DataSource } from 'typeorm';
import { OUTCOME_DEFINITIONS } from './outcome-definitions';
import { OutcomeFigureKey, outcomeRows, rate, type OutcomeFigure, type OutcomeRow } from './outcome-figures';
import { flowThroughCounts, selectionCounts } from './outcome-figures.store';
import { FigureBreakdown } from './trajectory.enums';
import { primary } from './outcome-suppression';
import {
  InvalidFigurePeriodError,
  OutcomeFiguresForbiddenError,
  RegionRequiredError,
} from './trajectories.errors';
import { addDays, isIsoDate, regionToday } from './trajectory-dates';

export interface OutcomeFiguresRequest {
  /** Administrators choose; the others see their own region. */
  readonly regionCode?: string | null;
  readonly from: string;
  readonly to: string;
  readonly breakdown: FigureBreakdown;
  readonly track?: string | null;
  readonly sector?: string | null;
  readonly employerId?: string | null;
  /** The year of the flow-through figure; the period's end year when left out. */
  readonly flowThroughYear?: number | null;
}

export interface OutcomeRowView extends OutcomeRow {
  /** The employer's name for an employer breakdown; the group key otherwise. */
  readonly groupLabel: string | null;
}

export interface OutcomeFiguresView {
  readonly regionCode: string;
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly breakdown: FigureBreakdown;
  readonly minimumCellSize: number;
  readonly total: OutcomeRowView;
  readonly rows: OutcomeRowView[];
  readonly flowThroughYear: number;
  readonly flowThrough: OutcomeFigure;
  readonly definitions: { key: OutcomeFigureKey; text: LocalisedMessage }[];
}

const MAX_PERIOD_DAYS = 5 * 366;

/**
 * The region's outcome figures (placement rate within six months, flow-through, time to placement, retention)
 * from the trajectory facts, with small numbers suppressed: the mobility team and HR leads of the region and
 * administrators see them; nobody sees a person in them.
 */
@Injectable()
export class OutcomeFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async figures(
    viewer: Viewer,
    request: OutcomeFiguresRequest,
    today = regionToday(),
  ): Promise<OutcomeFiguresView> {
    const regionCode = figuresRegionOf(viewer, request.regionCode ?? null);
    const { from, to } = request;
    if (!isIsoDate(from) || !isIsoDate(to) || from > to || to > addDays(from, MAX_PERIOD_DAYS))
      throw new InvalidFigurePeriodError();
    const k = this.config.FIGURES_MIN_CELL_SIZE;
    const manager = this.dataSource.manager;
    const selection = { ...request, regionCode, today };
    const year = request.flowThroughYear ?? Number(to.slice(0, 4));
    const [counts, flow] = await Promise.all([
      selectionCounts(manager, selection),
      flowThroughCounts(manager, regionCode, year, request.employerId ?? null),
    ]);
    const { total, rows } = outcomeRows(counts.total, counts.groups, k);
    const names =
      request.breakdown === FigureBreakdown.EMPLOYER
        ? await employerNames(
            manager,
            rows.flatMap((r) => (r.group ? [r.group] : [])),
          )
        : new Map<string, string>();
    return {
      regionCode,
      from,
      to,
      today,
      breakdown: request.breakdown,
      minimumCellSize: k,
      total: { ...total, groupLabel: null },
      rows: rows.map((r) => ({ ...r, groupLabel: r.group ? (names.get(r.group) ?? r.group) : null })),
      flowThroughYear: year,
      flowThrough: rate(
        OutcomeFigureKey.FLOW_THROUGH,
        primary(flow.numerator, k),
        primary(flow.denominator, k),
        k,
      ),
      definitions: Object.values(OutcomeFigureKey).map((key) => ({ key, text: OUTCOME_DEFINITIONS[key] })),
    };
  }

  /**
   * The meet-and-greet conversion of a region and period whose figures were just asked for (`figures` checked the
   * viewer and the period): meetings → next steps → placements → hires, small numbers hidden.
   */
  async conversion(
    figures: Pick<OutcomeFiguresView, 'regionCode' | 'from' | 'to'>,
  ): Promise<ConversionView & { definition: LocalisedMessage }> {
    const counts = await conversionCounts(
      this.dataSource.manager,
      figures.regionCode,
      figures.from,
      figures.to,
    );
    return {
      ...conversionFunnel(counts, this.config.FIGURES_MIN_CELL_SIZE),
      definition: CONVERSION_DEFINITION,
    };
  }
}

/** The region whose figures the viewer asks for: their own, or for an administrator the one they name. */
export function figuresRegionOf(viewer: Viewer, requested: string | null): string {
  switch (viewer.role) {
    case Role.ADMINISTRATOR:
      if (!requested) throw new RegionRequiredError();
      return requested;
    case Role.MOBILITY_TEAM:
    case Role.HR_LEAD:
      if (requested && requested !== viewer.regionCode) throw new OutcomeFiguresForbiddenError();
      return viewer.regionCode;
    case Role.JOB_SEEKER:
    case Role.COUNSELLOR:
      throw new OutcomeFiguresForbiddenError();
  }
}
