import { candidateFeatures, fixtureContext } from '@werkbrug/matching-core/testing-fixtures';
import { CandidateStatus } from '@werkbrug/candidates/candidate.enums';
import fc from 'fast-check';
import { idRange, lowerBound, RegionState } from './region-state';

const snapshot = {
  runId: 'run',
  modelVersion: 'm',
  skillSpaceVersion: 's',
  scoredOn: '2026-11-20',
  documents: 0,
  skillFrequencies: {},
  allowOwnEmployer: false,
  k: 50,
};

describe('RegionState', () => {
  it('holds an active, complete candidate and drops it when paused', () => {
    const state = new RegionState('AM01', snapshot, fixtureContext(), new Date());
    const id = '00000000-0000-4000-8000-000000000001';
    state.putCandidate(candidateFeatures({ id }));
    expect(state.candidateArray().map((c) => c.features.id)).toEqual([id]);
    state.putCandidate(candidateFeatures({ id, status: CandidateStatus.PAUSED }));
    expect(state.candidateArray()).toEqual([]);
  });

  it('keeps its id-ordered array equal to a fresh sort through any puts and removals', () => {
    const ids = Array.from(
      { length: 12 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const op = fc.record({
      id: fc.constantFrom(...ids),
      kind: fc.constantFrom('active', 'paused', 'remove'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(fc.nat(40)), (ops, reads) => {
        const state = new RegionState('AM01', snapshot, fixtureContext(), new Date());
        ops.forEach((o, i) => {
          if (reads.includes(i)) state.candidateArray(); // an array held (and then changed) mid-way
          if (o.kind === 'remove') state.removeCandidate(o.id);
          else
            state.putCandidate(
              candidateFeatures({
                id: o.id,
                status: o.kind === 'active' ? CandidateStatus.ACTIVE : CandidateStatus.PAUSED,
              }),
            );
        });
        const expected = [...state.candidates.keys()].sort();
        expect(state.candidateArray().map((c) => c.features.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('idRange', () => {
  const ids = [
    '00000000-0000-0000-0000-000000000001',
    '3f000000-0000-0000-0000-000000000000',
    '3f000000-0000-0000-0000-00000000000a',
    'a0000000-0000-0000-0000-000000000000',
  ];

  it('takes first inclusive and last exclusive, as a rematch chunk is bounded', () => {
    expect(idRange(ids, ids[1], ids[3])).toEqual({ from: 1, to: 3 });
    expect(idRange(ids, '00000000-0000-0000-0000-000000000000', null)).toEqual({ from: 0, to: 4 });
    expect(idRange(ids, '3f000000-0000-0000-0000-000000000005', ids[3])).toEqual({ from: 2, to: 3 });
    expect(idRange(ids, 'ffffffff-ffff-ffff-ffff-ffffffffffff', null)).toEqual({ from: 4, to: 4 });
  });

  it('finds positions in items by their id', () => {
    const items = ids.map((id) => ({ features: { id } }));
    expect(lowerBound(items, ids[2], (x) => x.features.id)).toBe(2);
    expect(lowerBound([], ids[0], (x: { id: string }) => x.id)).toBe(0);
  });
});
