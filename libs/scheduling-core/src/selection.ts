import type { Board } from './board';
import { MinCostFlow } from './min-cost-flow';
import { candidateMeetingBonus, pairWorth } from './value';

export interface Selection {
  /** Unplaced pairs worth meeting, in the best choice that ignores which slot each meeting gets. */
  readonly pairs: number[];
  /** What that choice adds to the objective: no plan of the remaining capacity can add more. */
  readonly gain: number;
}

/**
 * Chooses which pairs should meet, ignoring slots: each side's meeting maximum, the employers' and the hall's
 * total capacity, the must-meet, fairness and spread tiers. That is a maximum-gain flow (source → candidate →
 * employer → hall → sink), solved exactly; its gain bounds what any slotted plan can gain, and its pairs are
 * nearly always slottable, because one slot holds many meetings and each candidate has only a few.
 */
export function selectPairs(board: Board): Selection {
  const { instance } = board;
  const C = instance.candidates.length;
  const E = instance.employers.length;
  const source = 0;
  const hall = C + E + 1;
  const sink = C + E + 2;
  const flow = new MinCostFlow(C + E + 3);
  for (let c = 0; c < C; c++) addCandidateTiers(board, flow, c, source, 1 + c);
  const pairArcs: Array<readonly [pair: number, arc: number]> = [];
  instance.pairs.forEach((pair, p) => {
    if (board.isPlaced(p) || board.commonSlots(p).length === 0) return;
    pairArcs.push([p, flow.addArc(1 + pair.candidate, 1 + C + pair.employer, 1, -pairWorth(pair))]);
  });
  let placed = 0;
  for (let e = 0; e < E; e++) {
    const room = board.employerLimit[e] - board.employerCount[e];
    if (room > 0) flow.addArc(1 + C + e, hall, room, 0);
    placed += board.employerCount[e];
  }
  flow.addArc(hall, sink, instance.tableCount * instance.slotCount - placed, 0);
  const cost = flow.solve(source, sink);
  return { pairs: pairArcs.filter(([, arc]) => flow.flowOn(arc) > 0).map(([p]) => p), gain: -cost };
}

/** The candidate's remaining meetings as arcs of falling bonus; equal bonuses share one arc. */
function addCandidateTiers(board: Board, flow: MinCostFlow, c: number, source: number, node: number): void {
  const from = board.candidateCount[c];
  const to = board.candidateLimit[c];
  let k = from;
  while (k < to) {
    const bonus = candidateMeetingBonus(board.instance, k);
    let end = k + 1;
    while (end < to && candidateMeetingBonus(board.instance, end) === bonus) end++;
    flow.addArc(source, node, end - k, -bonus);
    k = end;
  }
}
