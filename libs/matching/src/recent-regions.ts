/**
 * Puts `value` for `regionCode` as the most recently used and lets go of the least recently used beyond `kept`:
 * a Map iterates in insertion order, so the first key is the one used longest ago.
 */
export function keepRecent<V>(regions: Map<string, V>, regionCode: string, value: V, kept: number): void {
  regions.delete(regionCode);
  regions.set(regionCode, value);
  while (regions.size > kept) regions.delete(regions.keys().next().value!);
}
