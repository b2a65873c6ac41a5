/**
 * Exact maximum-weight b-matching on a sparse bipartite graph, as a min-cost flow solved by successive shortest
 * paths. Each unit of a candidate's capacity is routed in turn, either to a vacancy with a free position (possibly
 * moving other candidates along the way) or to a zero-cost "not introduced" arc, so every step leaves an optimal
 * plan for the candidates routed so far. Dijkstra runs on reduced costs with potentials (Johnson), stops as soon
 * as the sink is settled and only updates the potentials of settled nodes, so a search touches the few nodes
 * whose reduced distance is below the sink's rather than the whole graph.
 */

export interface BipartiteGraph {
  readonly candidates: number;
  readonly vacancies: number;
  /** Edge e joins edgeCandidate[e] and edgeVacancy[e]; edges are sorted by candidate, then vacancy. */
  readonly edgeCandidate: Int32Array;
  readonly edgeVacancy: Int32Array;
  /** Integer gains (scores scaled), so sums of potentials stay exact. */
  readonly gain: Float64Array;
  /** Candidate c's edges are [candidateStart[c], candidateStart[c + 1]). */
  readonly candidateStart: Int32Array;
  /** Vacancy v's edges are vacancyEdges[vacancyStart[v] … vacancyStart[v + 1]). */
  readonly vacancyStart: Int32Array;
  readonly vacancyEdges: Int32Array;
}

/** Marks the chosen edges: at most candidateCapacity per candidate, vacancyCapacity[v] per vacancy. */
export function maxWeightBMatching(
  g: BipartiteGraph,
  candidateCapacity: number,
  vacancyCapacity: Int32Array,
): Uint8Array {
  const flow = new FlowState(g, vacancyCapacity);
  for (const c of strongestFirst(g)) {
    // Successive paths from one source never get shorter: once one gains nothing, the next will not either.
    for (let unit = 0; unit < candidateCapacity && flow.route(c); unit++);
  }
  return flow.chosen;
}

/**
 * Candidates with pairs, by best gain (then index). Any order gives an optimal plan; this one is faster when
 * positions are scarce: weaker candidates then meet prices already raised by stronger ones and their searches
 * end early, where strong candidates arriving last must displace many (10× fewer edge scans at 4,000 × 2,000).
 */
function strongestFirst(g: BipartiteGraph): number[] {
  const best = new Float64Array(g.candidates);
  const order: number[] = [];
  for (let c = 0; c < g.candidates; c++) {
    if (g.candidateStart[c] === g.candidateStart[c + 1]) continue;
    for (let e = g.candidateStart[c]; e < g.candidateStart[c + 1]; e++)
      best[c] = Math.max(best[c], g.gain[e]);
    order.push(c);
  }
  return order.sort((a, b) => best[b] - best[a] || a - b);
}

class FlowState {
  readonly chosen: Uint8Array;
  private readonly used: Int32Array;
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly settled: Uint8Array;
  /** Edge by which a node was reached (forward into a vacancy, backward into a candidate); for the sink, a node. */
  private readonly via: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly heap: NodeHeap;
  private readonly sink: number;

  constructor(
    private readonly g: BipartiteGraph,
    private readonly capacity: Int32Array,
  ) {
    const nodes = g.candidates + g.vacancies + 1;
    this.sink = nodes - 1;
    this.chosen = new Uint8Array(g.gain.length);
    this.used = new Int32Array(g.vacancies);
    this.dist = new Float64Array(nodes).fill(Infinity);
    this.settled = new Uint8Array(nodes);
    this.via = new Int32Array(nodes).fill(-1);
    this.touched = new Int32Array(nodes);
    this.heap = new NodeHeap(nodes, this.dist);
    this.potential = this.initialPotential();
  }

  /**
   * Costs are negated gains. Candidates start at 0, a vacancy at minus its best incoming gain, the sink below
   * both: every arc of the empty plan then has a non-negative reduced cost.
   */
  private initialPotential(): Float64Array {
    const { g } = this;
    const p = new Float64Array(this.sink + 1);
    let lowest = 0;
    for (let v = 0; v < g.vacancies; v++) {
      let best = 0;
      for (let i = g.vacancyStart[v]; i < g.vacancyStart[v + 1]; i++)
        best = Math.max(best, g.gain[g.vacancyEdges[i]]);
      p[g.candidates + v] = -best;
      lowest = Math.min(lowest, -best);
    }
    p[this.sink] = lowest;
    return p;
  }

  /** Routes one more unit from candidate c; false when the best path gains nothing (c gets no introduction). */
  route(c: number): boolean {
    const dSink = this.shortestPath(c);
    const gain = -(dSink - this.potential[c] + this.potential[this.sink]);
    this.updatePotentials(dSink);
    const last = this.via[this.sink];
    const improves = gain > 0 && last !== c;
    if (improves) this.augment(c, last);
    this.reset();
    return improves;
  }

  private shortestPath(source: number): number {
    const { g, dist, heap, potential: p, sink } = this;
    const nC = g.candidates;
    this.relax(source, 0, -1);
    while (heap.size > 0) {
      const u = heap.pop();
      if (u === sink) break;
      this.settled[u] = 1;
      const du = dist[u];
      if (u < nC) {
        // Not introduced: the zero-cost arc to the sink, relaxed first so it wins ties.
        this.relax(sink, du + p[u] - p[sink], u);
        for (let e = g.candidateStart[u]; e < g.candidateStart[u + 1]; e++) {
          const v = nC + g.edgeVacancy[e];
          if (this.chosen[e] === 0 && this.settled[v] === 0) this.relax(v, du - g.gain[e] + p[u] - p[v], e);
        }
      } else {
        const v = u - nC;
        if (this.used[v] < this.capacity[v]) this.relax(sink, du + p[u] - p[sink], u);
        for (let i = g.vacancyStart[v]; i < g.vacancyStart[v + 1]; i++) {
          const e = g.vacancyEdges[i];
          const c = g.edgeCandidate[e];
          if (this.chosen[e] === 1 && this.settled[c] === 0) this.relax(c, du + g.gain[e] + p[u] - p[c], e);
        }
      }
    }
    return dist[sink];
  }

  /**
   * A node no closer than the sink's current distance can neither shorten the path nor move a potential (it would
   * be settled, if at all, at the sink's distance), so it is not queued.
   */
  private relax(node: number, d: number, via: number): void {
    if (!(d < this.dist[node]) || (node !== this.sink && d >= this.dist[this.sink])) return;
    if (this.dist[node] === Infinity) this.touched[this.touchedCount++] = node;
    this.dist[node] = d;
    this.via[node] = via;
    this.heap.push(node);
  }

  /** Settled nodes move by their distance minus the sink's; the rest keep theirs (a uniform shift is free). */
  private updatePotentials(dSink: number): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const node = this.touched[i];
      if (this.settled[node] === 1) this.potential[node] += this.dist[node] - dSink;
    }
  }

  /** Walks back from the node that reached the sink, flipping the alternating path's edges. */
  private augment(source: number, last: number): void {
    const nC = this.g.candidates;
    if (last >= nC) this.used[last - nC]++;
    let node = last;
    while (node !== source) {
      const e = this.via[node];
      if (node >= nC) {
        this.chosen[e] = 1;
        node = this.g.edgeCandidate[e];
      } else {
        this.chosen[e] = 0;
        node = nC + this.g.edgeVacancy[e];
      }
    }
  }

  private reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const node = this.touched[i];
      this.dist[node] = Infinity;
      this.settled[node] = 0;
      this.via[node] = -1;
    }
    this.touchedCount = 0;
    this.heap.clear();
  }
}

/** A binary min-heap of nodes keyed by dist, lower node first on ties, with decrease-key. */
class NodeHeap {
  size = 0;
  private readonly items: Int32Array;
  private readonly position: Int32Array;

  constructor(
    nodes: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(nodes);
    this.position = new Int32Array(nodes).fill(-1);
  }

  private less(a: number, b: number): boolean {
    return this.key[a] < this.key[b] || (this.key[a] === this.key[b] && a < b);
  }

  /** Inserts the node, or restores order after its key decreased. */
  push(node: number): void {
    let i = this.position[node];
    if (i < 0) {
      i = this.size++;
      this.items[i] = node;
    }
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = this.items[parent];
      if (!this.less(node, above)) break;
      this.items[i] = above;
      this.position[above] = i;
      i = parent;
    }
    this.items[i] = node;
    this.position[node] = i;
  }

  pop(): number {
    const top = this.items[0];
    this.position[top] = -1;
    const last = this.items[--this.size];
    if (this.size > 0) this.siftDown(last);
    return top;
  }

  private siftDown(node: number): void {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(this.items[child + 1], this.items[child])) child++;
      const below = this.items[child];
      if (!this.less(below, node)) break;
      this.items[i] = below;
      this.position[below] = i;
      i = child;
    }
    this.items[i] = node;
    this.position[node] = i;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]] = -1;
    this.size = 0;
  }
}
