import { ForbiddenError } from '@werkbrug/core';

/** Why a request for figures was refused: stable, for clients to switch on. */
export enum StatisticsReason {
  OUTSIDE_OWN_REGION = 'OUTSIDE_OWN_REGION',
  ADMINISTRATORS_ONLY = 'ADMINISTRATORS_ONLY',
}

/** Regional figures are for that region's mobility team and HR leads, and for administrators. */
export class RegionStatisticsForbiddenError extends ForbiddenError {
  constructor() {
    super(undefined, { reason: StatisticsReason.OUTSIDE_OWN_REGION });
  }
}

/** All regions' figures side by side are for administrators; everyone else reads their own region's. */
export class EveryRegionStatisticsForbiddenError extends ForbiddenError {
  constructor() {
    super(undefined, { reason: StatisticsReason.ADMINISTRATORS_ONLY });
  }
}
