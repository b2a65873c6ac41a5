export * from './trajectory.enums';
export * from './trajectory-access';
export * from './trajectory-dates';
export * from './trajectory-input';
export * from './trajectory-view';
export * from './trajectories.errors';
export * from './trajectories.service';
export * from './trajectories.module';
