import type { TopKTable } from '@werkbrug/matching-core';

/**
 * The result of one rematch chunk in a compact binary form (stored in rematch_chunk.result). Each chunk carries its
 * own id dictionaries — the uuids of its candidates and of the vacancies it scored against, 16 bytes each — and
 * every list entry is an index into the other side's dictionary plus a float32 score: 8 bytes per entry, no
 * strings. The finishing job merges chunks numerically and copies uuid bytes straight into the COPY stream, so a
 * rematch never turns a million entries into JavaScript strings.
 *
 * Dictionaries are per chunk because chunks may run in different processes that loaded the region at slightly
 * different moments; what changed in between is caught up by the run's incremental jobs.
 *
 * Layout (little-endian): magic u32, candidates u32, vacancies u32, then candidate ids, vacancy ids, candidate
 * list counts (u16 each), vacancy partial counts (u16 each), padding to 4 bytes, then the entries of all lists
 * in order: indices (u32 each), then scores (f32 each).
 */
const MAGIC = 0x574b4332; // "WKC2"
const HEADER_BYTES = 12;
export const UUID_BYTES = 16;

/** One side's lists of a chunk: row r holds entries [offset[r], offset[r] + count[r]), best first. */
export interface ChunkLists {
  readonly count: Uint16Array;
  readonly offset: Uint32Array;
  /** Index into the other side's dictionary of the same chunk. */
  readonly index: Uint32Array;
  readonly score: Float32Array;
}

export interface ChunkResult {
  readonly candidates: number;
  readonly vacancies: number;
  /** The chunk's candidate uuids as bytes, in id order (16 bytes each). */
  readonly candidateIds: Buffer;
  /** The vacancy uuids the chunk scored against, in id order (16 bytes each). */
  readonly vacancyIds: Buffer;
  /** A candidate's whole top-K list (every vacancy was scored). */
  readonly byCandidate: ChunkLists;
  /** A vacancy's best K among this chunk's candidates only: the finishing job merges these across chunks. */
  readonly byVacancy: ChunkLists;
}

export function uuidBytes(id: string, target: Buffer, offset: number): void {
  const written = target.write(id.replace(/-/g, ''), offset, UUID_BYTES, 'hex');
  if (written !== UUID_BYTES) throw new Error(`not a uuid: ${id}`);
}

export function uuidString(source: Buffer, offset: number): string {
  const hex = source.toString('hex', offset, offset + UUID_BYTES);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const entriesOf = (t: TopKTable): number => t.count.reduce((n, c) => n + c, 0);
const align4 = (n: number): number => (n + 3) & ~3;

export function encodeChunk(
  candidateIds: readonly string[],
  vacancyIds: readonly string[],
  byCandidate: TopKTable,
  byVacancy: TopKTable,
): Buffer {
  if (byCandidate.rows !== candidateIds.length || byVacancy.rows !== vacancyIds.length) {
    throw new Error('chunk tables do not match their dictionaries');
  }
  if (byCandidate.k > 0xffff || byVacancy.k > 0xffff) throw new RangeError('k too large for a chunk');
  const entries = entriesOf(byCandidate) + entriesOf(byVacancy);
  const idsEnd = HEADER_BYTES + (candidateIds.length + vacancyIds.length) * UUID_BYTES;
  const countsEnd = idsEnd + (candidateIds.length + vacancyIds.length) * 2;
  const entriesAt = align4(countsEnd);
  const buffer = Buffer.alloc(entriesAt + entries * 8);
  buffer.writeUInt32LE(MAGIC, 0);
  buffer.writeUInt32LE(candidateIds.length, 4);
  buffer.writeUInt32LE(vacancyIds.length, 8);
  let at = HEADER_BYTES;
  for (const id of [...candidateIds, ...vacancyIds]) {
    uuidBytes(id, buffer, at);
    at += UUID_BYTES;
  }
  let indexAt = entriesAt;
  let scoreAt = entriesAt + entries * 4;
  for (const table of [byCandidate, byVacancy]) {
    for (let row = 0; row < table.rows; row++) {
      const n = table.count[row];
      at = buffer.writeUInt16LE(n, at);
      const base = row * table.k;
      for (let i = 0; i < n; i++) {
        indexAt = buffer.writeUInt32LE(table.index[base + i], indexAt);
        scoreAt = buffer.writeFloatLE(table.score[base + i], scoreAt);
      }
    }
  }
  return buffer;
}

export function decodeChunk(buffer: Buffer): ChunkResult {
  if (buffer.length < HEADER_BYTES || buffer.readUInt32LE(0) !== MAGIC) {
    throw new Error('not a rematch chunk result (written by another version?)');
  }
  const candidates = buffer.readUInt32LE(4);
  const vacancies = buffer.readUInt32LE(8);
  const idsEnd = HEADER_BYTES + (candidates + vacancies) * UUID_BYTES;
  const countsEnd = idsEnd + (candidates + vacancies) * 2;
  const entriesAt = align4(countsEnd);
  const entries = (buffer.length - entriesAt) / 8;
  // Copies, not views: a Buffer from the driver need not be aligned for typed-array views.
  const counts = new Uint16Array(candidates + vacancies);
  for (let i = 0; i < counts.length; i++) counts[i] = buffer.readUInt16LE(idsEnd + i * 2);
  const index = new Uint32Array(entries);
  const score = new Float32Array(entries);
  for (let i = 0; i < entries; i++) {
    index[i] = buffer.readUInt32LE(entriesAt + i * 4);
    score[i] = buffer.readFloatLE(entriesAt + entries * 4 + i * 4);
  }
  const side = (from: number, rows: number, entryBase: number): ChunkLists => {
    const count = counts.subarray(from, from + rows);
    const offset = new Uint32Array(rows);
    let next = entryBase;
    for (let r = 0; r < rows; r++) {
      offset[r] = next;
      next += count[r];
    }
    return { count, offset, index, score };
  };
  const byCandidate = side(0, candidates, 0);
  const candidateEntries = byCandidate.count.reduce((n, c) => n + c, 0);
  return {
    candidates,
    vacancies,
    candidateIds: buffer.subarray(HEADER_BYTES, HEADER_BYTES + candidates * UUID_BYTES),
    vacancyIds: buffer.subarray(HEADER_BYTES + candidates * UUID_BYTES, idsEnd),
    byCandidate,
    byVacancy: side(candidates, vacancies, candidateEntries),
  };
}
