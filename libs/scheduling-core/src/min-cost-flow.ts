/**
 * Maximum-gain flow by successive shortest paths: Dijkstra on reduced costs with Johnson potentials, started
 * from Bellman–Ford so arcs may carry gains (negative costs) from the start. Augmenting stops as soon as the
 * cheapest path no longer gains anything, so the result is the most valuable flow, not the largest.
 * Small and general on purpose: the session graph has a few thousand nodes and arcs in the tens of thousands.
 */
export class MinCostFlow {
  private readonly head: Int32Array;
  private to: number[] = [];
  private next: number[] = [];
  private capacity: number[] = [];
  private cost: number[] = [];
  private built = false;
  private arcTo!: Int32Array;
  private arcNext!: Int32Array;
  private arcCapacity!: Float64Array;
  private arcCost!: Float64Array;

  constructor(private readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin; returns the arc's id (its twin is id ^ 1). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (this.built) throw new Error('arcs must be added before solving');
    const id = this.to.length;
    this.pushArc(from, to, capacity, cost);
    this.pushArc(to, from, 0, -cost);
    return id;
  }

  /** Units on an arc after `solve`. */
  flowOn(arc: number): number {
    return this.arcCapacity[arc ^ 1];
  }

  /** Sends flow from source to sink while a path gains; returns the total cost (negative: the gain). */
  solve(source: number, sink: number): number {
    this.build();
    const n = this.nodeCount;
    const potential = this.bellmanFord(source);
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    const settled = new Uint8Array(n);
    const heap = new MinHeap(n);
    let total = 0;
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      settled.fill(0);
      dist[source] = 0;
      heap.push(source, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        if (settled[u]) continue;
        settled[u] = 1;
        if (u === sink) break;
        for (let a = this.head[u]; a >= 0; a = this.arcNext[a]) {
          if (this.arcCapacity[a] <= 0) continue;
          const v = this.arcTo[a];
          if (settled[v]) continue;
          const d = dist[u] + this.arcCost[a] + potential[u] - potential[v];
          if (d < dist[v] - 1e-9) {
            dist[v] = d;
            via[v] = a;
            heap.push(v, d);
          }
        }
      }
      heap.clear();
      if (!settled[sink]) break;
      const sinkDist = dist[sink];
      for (let v = 0; v < n; v++) potential[v] += settled[v] ? dist[v] : sinkDist;
      const pathCost = potential[sink] - potential[source];
      if (pathCost >= -1e-9) break;
      let bottleneck = Infinity;
      for (let v = sink; v !== source; v = this.arcTo[via[v] ^ 1])
        bottleneck = Math.min(bottleneck, this.arcCapacity[via[v]]);
      for (let v = sink; v !== source; v = this.arcTo[via[v] ^ 1]) {
        this.arcCapacity[via[v]] -= bottleneck;
        this.arcCapacity[via[v] ^ 1] += bottleneck;
      }
      total += bottleneck * pathCost;
    }
    return total;
  }

  private pushArc(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  private build(): void {
    if (this.built) return;
    this.arcTo = Int32Array.from(this.to);
    this.arcNext = Int32Array.from(this.next);
    this.arcCapacity = Float64Array.from(this.capacity);
    this.arcCost = Float64Array.from(this.cost);
    this.to = this.next = this.capacity = this.cost = [];
    this.built = true;
  }

  /** Shortest distances from the source over arcs with capacity; unreachable nodes get 0 (never used). */
  private bellmanFord(source: number): Float64Array {
    const dist = new Float64Array(this.nodeCount).fill(Infinity);
    dist[source] = 0;
    const queue: number[] = [source];
    const queued = new Uint8Array(this.nodeCount);
    queued[source] = 1;
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i];
      queued[u] = 0;
      for (let a = this.head[u]; a >= 0; a = this.arcNext[a]) {
        if (this.arcCapacity[a] <= 0) continue;
        const v = this.arcTo[a];
        const d = dist[u] + this.arcCost[a];
        if (d < dist[v]) {
          dist[v] = d;
          if (!queued[v]) {
            queued[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    for (let v = 0; v < dist.length; v++) if (dist[v] === Infinity) dist[v] = 0;
    return dist;
  }
}

/** Binary heap of (node, key) with lazy deletion. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[i] = this.nodes[parent];
      this.keys[i] = this.keys[parent];
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0];
    const lastNode = this.nodes[--this.size];
    const lastKey = this.keys[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= lastKey) break;
      this.nodes[i] = this.nodes[child];
      this.keys[i] = this.keys[child];
      i = child;
    }
    this.nodes[i] = lastNode;
    this.keys[i] = lastKey;
    return top;
  }

  private grow(): void {
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.nodes = nodes;
    this.keys = keys;
  }
}
