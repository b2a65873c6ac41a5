import { createElement, lazy, useState, type ComponentType } from 'react';
import { loadOnce } from '@web/components/lazy-part';

/**
 * Pages of one module, each loaded when first shown. All of a role's pages come from one dynamic import, so the
 * bundler makes one chunk per role and no role downloads another role's screens; the layout's Suspense shows the
 * loading state meanwhile.
 *
 * Once the module has arrived (or was preloaded at start-up) a page renders straight away instead of through
 * React.lazy, which would still suspend once and so show the loading state for a frame or more. The choice is made
 * once per mount: switching from the lazy wrapper to the loaded component on a later render would change the element
 * type, so React would unmount the page and drop its state (an administrator's just-shown activation code vanished
 * when the layout re-rendered after the approval).
 */
export function lazyPages<M extends Record<string, ComponentType>>(load: () => Promise<M>) {
  let loaded: M | undefined;
  const preload = loadOnce(async () => (loaded = await load()));
  const page = (name: keyof M & string): ComponentType => {
    const Lazy = lazy(async (): Promise<{ default: ComponentType }> => ({
      default: (await preload())[name],
    }));
    return function LazyPage() {
      const [component] = useState<ComponentType>(() => loaded?.[name] ?? Lazy);
      return createElement(component);
    };
  };
  return Object.assign(page, { preload });
}
