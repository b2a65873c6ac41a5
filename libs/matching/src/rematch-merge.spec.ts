import { createTopK, finish, offer, type TopKTable } from '@werkbrug/matching-core/top-k';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { decodeChunk, encodeChunk, uuidString } from './chunk-codec';
import type { ListRowSink } from './list-copy';
import type { MatchList, MatchSide } from './match-list';
import { mergeChunks } from './rematch-merge';

/** Records merged rows as MatchLists (and their floors) instead of encoding them. */
class Recorder implements ListRowSink {
  readonly lists: (MatchList & { floor: number })[] = [];
  row(
    side: MatchSide,
    owner: Buffer,
    ownerOffset: number,
    n: number,
    idSources: readonly Buffer[],
    idOffsets: ArrayLike<number>,
    scores: ArrayLike<number>,
    k: number,
  ): void {
    this.lists.push({
      side,
      ownerId: uuidString(owner, ownerOffset),
      otherIds: Array.from({ length: n }, (_, i) => uuidString(idSources[i], idOffsets[i])),
      scores: Array.from({ length: n }, (_, i) => Math.round(scores[i] * 10) / 10),
      floor: n >= k ? Math.round(scores[k - 1] * 10) / 10 : -1,
    });
  }
}

const sortedIds = (n: number) => Array.from({ length: n }, () => randomUUID()).sort();

/** Scores in tenths (as the model rounds them); null = the pair breaks a hard rule. */
type Matrix = (number | null)[][];

function table(rows: number, k: number, fill: (t: TopKTable) => void): TopKTable {
  const t = createTopK(rows, k);
  fill(t);
  return finish(t);
}

function run(matrix: Matrix, candidateIds: string[], vacancyIds: string[], chunkSize: number, k: number) {
  const chunks = [];
  for (let from = 0; from < candidateIds.length; from += chunkSize) {
    const rows = matrix.slice(from, from + chunkSize);
    const byCandidate = table(rows.length, k, (t) =>
      rows.forEach((row, c) => row.forEach((s, v) => s !== null && offer(t, c, v, s))),
    );
    const byVacancy = table(vacancyIds.length, k, (t) =>
      rows.forEach((row, c) => row.forEach((s, v) => s !== null && offer(t, v, c, s))),
    );
    const ids = candidateIds.slice(from, from + chunkSize);
    chunks.push(decodeChunk(encodeChunk(ids, vacancyIds, byCandidate, byVacancy)));
  }
  const recorder = new Recorder();
  const merge = mergeChunks(chunks, k, recorder, 3);
  let step = merge.next();
  while (!step.done) step = merge.next();
  return { lists: recorder.lists, summary: step.value };
}

/** What one pass over the whole matrix gives: higher score first, equal scores by lower id. */
function expected(matrix: Matrix, candidateIds: string[], vacancyIds: string[], k: number, side: MatchSide) {
  const owners = side === 'CANDIDATE' ? candidateIds : vacancyIds;
  const others = side === 'CANDIDATE' ? vacancyIds : candidateIds;
  return owners.map((ownerId, o) => {
    const entries = others
      .map((id, x) => ({ id, score: side === 'CANDIDATE' ? matrix[o][x] : matrix[x][o] }))
      .filter((e): e is { id: string; score: number } => e.score !== null)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, k);
    return { side, ownerId, otherIds: entries.map((e) => e.id), scores: entries.map((e) => e.score) };
  });
}

describe('mergeChunks', () => {
  it('gives the lists of a single pass over the whole region, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (candidates, vacancies, chunkSize, k, seed) => {
          // Few distinct scores, so ties (broken by id) are common.
          let state = seed;
          const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
          const matrix: Matrix = Array.from({ length: candidates }, () =>
            Array.from({ length: vacancies }, () => (next() % 4 === 0 ? null : (next() % 5) * 10)),
          );
          const candidateIds = sortedIds(candidates);
          const vacancyIds = sortedIds(vacancies);
          const { lists, summary } = run(matrix, candidateIds, vacancyIds, chunkSize, k);
          const strip = (l: MatchList) => ({
            side: l.side,
            ownerId: l.ownerId,
            otherIds: l.otherIds,
            scores: l.scores,
          });
          expect(lists.filter((l) => l.side === 'CANDIDATE').map(strip)).toEqual(
            expected(matrix, candidateIds, vacancyIds, k, 'CANDIDATE'),
          );
          expect(lists.filter((l) => l.side === 'VACANCY').map(strip)).toEqual(
            expected(matrix, candidateIds, vacancyIds, k, 'VACANCY'),
          );
          expect(summary.entries).toBe(lists.reduce((n, l) => n + l.otherIds.length, 0));
          for (const list of lists) {
            expect(list.floor).toBe(list.scores.length >= k ? list.scores[k - 1] : -1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives every vacancy any chunk scored against a list, and joins chunks that saw different vacancies', () => {
    const [c1, c2] = sortedIds(2);
    const [v1, v2, v3] = sortedIds(3);
    const first = decodeChunk(
      encodeChunk(
        [c1],
        [v1, v2],
        table(1, 2, (t) => offer(t, 0, 1, 70)),
        table(2, 2, (t) => offer(t, 1, 0, 70)),
      ),
    );
    // Scored later, after v1 closed and v3 opened.
    const second = decodeChunk(
      encodeChunk(
        [c2],
        [v2, v3],
        table(1, 2, (t) => (offer(t, 0, 0, 80), offer(t, 0, 1, 60))),
        table(2, 2, (t) => (offer(t, 0, 0, 80), offer(t, 1, 0, 60))),
      ),
    );
    const recorder = new Recorder();
    Array.from(mergeChunks([first, second], 2, recorder));
    const vacancyLists = Object.fromEntries(
      recorder.lists.filter((l) => l.side === 'VACANCY').map((l) => [l.ownerId, l.otherIds]),
    );
    expect(vacancyLists).toEqual({ [v1]: [], [v2]: [c2, c1], [v3]: [c2] });
  });
});

describe('chunk codec', () => {
  it('rejects what it did not write', () => {
    expect(() => decodeChunk(Buffer.from('not a chunk'))).toThrow(/not a rematch chunk/);
  });

  it('rejects ids that are not uuids', () => {
    expect(() => encodeChunk(['nope'], [], createTopK(1, 1), createTopK(0, 1))).toThrow(/not a uuid/);
  });
});
