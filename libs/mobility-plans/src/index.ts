export * from './mobility-plans.module';
export * from './mobility-plans.service';
export * from './mobility-plans.errors';
export * from './mobility-plan.entities';
export * from './plan-content';
export * from './path-comparison';
export * from './proportionality';
export * from './statutory-parameters';
