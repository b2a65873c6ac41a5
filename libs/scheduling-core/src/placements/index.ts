export * from './placement-model';
export { detectConflicts } from './placement-conflicts';
export {
  proposePlacement,
  type InfeasibilityDetail,
  type PlacementInfeasibility,
  type PlacementProposal,
  type PlacementRequest,
  type ProposalWarning,
} from './placement-proposal';
export { dayNumber, dateOf, isValidDate } from './dates';
