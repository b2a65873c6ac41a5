import { UUID_BYTES, type ChunkResult } from './chunk-codec';
import type { ListRowSink } from './list-copy';

/** Scores are 0–100 with one decimal, so a score is an integer number of tenths. */
const MAX_TENTHS = 1000;
const ORDINAL_SPACE = 2 ** 32;

export interface MergeSummary {
  readonly candidateLists: number;
  readonly vacancyLists: number;
  readonly entries: number;
}

/**
 * Turns a rematch's chunk results into the region's lists, written straight into `encoder`:
 * - a candidate's list comes whole from its chunk (every vacancy was scored against it);
 * - a vacancy's list is the best K over its partial lists from every chunk, ranked as everywhere else: higher
 *   score first, equal scores by lower candidate id. Chunks cover consecutive id ranges in order and each chunk's
 *   candidates are in id order, so "lower id" is "lower position in the concatenated chunk dictionaries" and the
 *   ranking is a plain numeric sort of one float64 key per entry — no strings, no comparator.
 * Every vacancy any chunk scored against gets a list, empty if nobody qualifies, so its later updates have a row
 * to merge into. `yieldEvery` lets a caller stream what is encoded so far (the generator yields between lists).
 */
export function* mergeChunks(
  chunks: readonly ChunkResult[],
  k: number,
  encoder: ListRowSink,
  yieldEvery = 2000,
): Generator<void, MergeSummary> {
  let sinceYield = 0;
  let entries = 0;
  const tick = () => ++sinceYield % yieldEvery === 0;

  // Candidate lists, whole from each chunk.
  let candidateLists = 0;
  const idSources: Buffer[] = new Array<Buffer>(k);
  const idOffsets = new Uint32Array(k);
  for (const chunk of chunks) {
    const { count, offset, index, score } = chunk.byCandidate;
    idSources.fill(chunk.vacancyIds);
    for (let row = 0; row < chunk.candidates; row++) {
      const n = count[row];
      const from = offset[row];
      for (let i = 0; i < n; i++) idOffsets[i] = index[from + i] * UUID_BYTES;
      encoder.row(
        'CANDIDATE',
        chunk.candidateIds,
        row * UUID_BYTES,
        n,
        idSources,
        idOffsets,
        score.subarray(from, from + n),
        k,
      );
      entries += n;
      candidateLists++;
      if (tick()) yield;
    }
  }

  // The vacancy universe: the union of the chunks' dictionaries, each chunk's rows mapped to it.
  const universe = new Map<string, number>();
  const vacancyIdParts: Buffer[] = [];
  let previous: { ids: Buffer; map: Uint32Array } | undefined;
  const toGlobal = chunks.map((chunk) => {
    // Chunks from one process share a dictionary byte for byte: compare once instead of mapping every id.
    if (previous?.ids.equals(chunk.vacancyIds)) return previous.map;
    const map = new Uint32Array(chunk.vacancies);
    for (let v = 0; v < chunk.vacancies; v++) {
      const key = chunk.vacancyIds.toString('latin1', v * UUID_BYTES, (v + 1) * UUID_BYTES);
      let global = universe.get(key);
      if (global === undefined) {
        global = universe.size;
        universe.set(key, global);
        vacancyIdParts.push(chunk.vacancyIds.subarray(v * UUID_BYTES, (v + 1) * UUID_BYTES));
      }
      map[v] = global;
    }
    previous = { ids: chunk.vacancyIds, map };
    return map;
  });
  const vacancyIds = Buffer.concat(vacancyIdParts);
  const candidateIds = Buffer.concat(chunks.map((c) => c.candidateIds));
  const ordinalBase = new Uint32Array(chunks.length);
  chunks.forEach((_, c) => (ordinalBase[c] = c === 0 ? 0 : ordinalBase[c - 1] + chunks[c - 1].candidates));

  // Partial entries per vacancy, bucketed in two passes (count, then fill).
  const vacancies = universe.size;
  const bucketStart = new Uint32Array(vacancies + 1);
  chunks.forEach((chunk, c) => {
    for (let v = 0; v < chunk.vacancies; v++) bucketStart[toGlobal[c][v] + 1] += chunk.byVacancy.count[v];
  });
  for (let g = 0; g < vacancies; g++) bucketStart[g + 1] += bucketStart[g];
  const keys = new Float64Array(bucketStart[vacancies]);
  const fill = bucketStart.slice(0, vacancies);
  chunks.forEach((chunk, c) => {
    const { count, offset, index, score } = chunk.byVacancy;
    for (let v = 0; v < chunk.vacancies; v++) {
      const g = toGlobal[c][v];
      for (let i = 0; i < count[v]; i++) {
        const tenths = Math.min(MAX_TENTHS, Math.max(0, Math.round(score[offset[v] + i] * 10)));
        keys[fill[g]++] = (MAX_TENTHS - tenths) * ORDINAL_SPACE + ordinalBase[c] + index[offset[v] + i];
      }
    }
  });

  idSources.fill(candidateIds);
  const scores = new Float32Array(k);
  for (let g = 0; g < vacancies; g++) {
    const bucket = keys.subarray(bucketStart[g], bucketStart[g + 1]).sort();
    const n = Math.min(k, bucket.length);
    for (let i = 0; i < n; i++) {
      const ordinal = bucket[i] % ORDINAL_SPACE;
      scores[i] = (MAX_TENTHS - (bucket[i] - ordinal) / ORDINAL_SPACE) / 10;
      idOffsets[i] = ordinal * UUID_BYTES;
    }
    encoder.row('VACANCY', vacancyIds, g * UUID_BYTES, n, idSources, idOffsets, scores, k);
    entries += n;
    if (tick()) yield;
  }
  return { candidateLists, vacancyLists: vacancies, entries };
}
