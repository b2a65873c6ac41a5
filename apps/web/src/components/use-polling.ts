import { useEffect, useState } from 'react';

/**
 * Asks again every `everyMs` while `active` (the worker is planning, exporting, rematching), and stops after
 * `giveUpAfterMs`: a job the worker lost must not keep an open tab asking for ever. `gaveUp` tells the page to
 * say so (and to suggest looking again later); it resets when `active` turns off and on again.
 */
export function usePolling(
  active: boolean,
  refresh: () => void,
  { everyMs, giveUpAfterMs }: { everyMs: number; giveUpAfterMs: number },
): { gaveUp: boolean } {
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    setGaveUp(false);
    if (!active) return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started >= giveUpAfterMs) {
        window.clearInterval(timer);
        setGaveUp(true);
        return;
      }
      refresh();
    }, everyMs);
    return () => window.clearInterval(timer);
  }, [active, refresh, everyMs, giveUpAfterMs]);
  return { gaveUp: active && gaveUp };
}
