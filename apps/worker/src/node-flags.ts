/**
 * Node flags every worker process runs with: docker/compose.yml, `npm run start:worker`, the demo and the
 * benchmarks (which start workers as production does). Keep those in step with this list.
 *
 * A larger young generation (V8's default semi-space is 16 MB). A rematch's chunks allocate short-lived data in
 * bulk; with the default much of it survives a scavenge, is promoted, and is then traced again by every full
 * collection, together with the region the worker keeps for updates. At 50,000 × 20,000 with two workers the
 * median rematch went from 42.3 s to 31.3 s (worker CPU 54–64 s → 43–47 s), at 10,000 × 10,000 by about 10 %, for
 * up to 150 MB more heap per worker.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
