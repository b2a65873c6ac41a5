import { lazy, type ComponentType } from 'react';

/**
 * A load that runs once and is shared by everyone who asks; a failed download (a new deployment, a lost
 * connection) is tried again by the next caller instead of failing for good.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

export type LazyPart<P> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * A part of a page that only some visits need (a dialog, say), kept out of the page's first download. Render it
 * inside a Suspense boundary of its own, and call `preload` when the person reaches for what opens it (pointer
 * over or focus on the button, a touch starting), so it is usually there by the time they let go.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const preload = loadOnce(load);
  const Part = lazy(async () => ({ default: await preload() }));
  return Object.assign(Part as unknown as ComponentType<P>, { preload });
}
