import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The shipped reference data (ESCO taxonomy, Dutch geography) lives in `data/reference` at the repository root.
 * Code runs both from source (jest) and from `dist/`, so walk up from here instead of assuming a depth.
 */
export function findReferenceDataDir(startDir: string = __dirname): string {
  const fromEnv = process.env.REFERENCE_DATA_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, 'data', 'reference');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`data/reference not found above ${startDir}; set REFERENCE_DATA_DIR`);
    dir = parent;
  }
}
