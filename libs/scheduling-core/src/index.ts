export * from './instance';
export * from './value';
export {
  planSchedule,
  replanSchedule,
  CHANGE_PENALTY,
  type SchedulePlan,
  type PlanOptions,
  type PublishedMeeting,
  type ReplanResult,
} from './planner';
export { findViolations } from './validate';
export { unmetWishReason, UnmetWishReason, type WishedPair } from './unmet-wishes';
export * from './placements';
