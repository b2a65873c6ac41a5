import { lazy, type ComponentType } from 'react';

/**
 * Pages of one role's module, each loaded when first shown. All of a role's pages come from one dynamic import,
 * so the bundler makes one chunk per role and no role downloads another role's screens; the layout's Suspense
 * shows the loading state meanwhile.
 */
export function lazyPages<M extends Record<string, ComponentType>>(load: () => Promise<M>) {
  return (name: keyof M & string) => lazy(async () => ({ default: (await load())[name] }));
}
