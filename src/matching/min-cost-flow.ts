/**
 * Maximum-weight assignment of people to vacancies with capacities, as min-cost flow solved by
 * successive shortest paths (Dijkstra with Johnson potentials).
 *
 *   source → person (capacity 1, cost 0)
 *   person → vacancy (capacity 1, cost −weight)      only the given sparse edges
 *   vacancy → sink (capacity = positions, cost 0)
 *
 * Each augmentation adds one person along the cheapest path (possibly re-routing others).
 * Path costs never decrease, so we stop at the first path that does not lower the cost
 * (does not raise total weight): the result maximises total weight, not the head count.
 * Weights are integers so potentials stay exact. Initial potentials come from the DAG shape
 * (all edge costs ≤ 0 point forward), so no Bellman-Ford is needed.
 * Dijkstra stops when the sink is settled; potentials then grow by min(dist, dist(sink)),
 * which keeps reduced costs non-negative.
 */

export interface AssignmentInput {
  people: number;
  /** Capacity per vacancy index. */
  capacities: ArrayLike<number>;
  edgePerson: Int32Array;
  edgeVacancy: Int32Array;
  /** Positive integers; larger = better. */
  edgeWeight: Int32Array;
}

export interface AssignmentOutput {
  /** Vacancy index per person, −1 when unassigned. */
  vacancyOf: Int32Array;
  totalWeight: number;
  augmentations: number;
}

export function maxWeightAssignment(input: AssignmentInput): AssignmentOutput {
  const P = input.people;
  const V = input.capacities.length;
  const E = input.edgePerson.length;
  const S = 0;
  const T = P + V + 1;
  const N = T + 1;
  const M = 2 * (P + E + V);
  const head = new Int32Array(N).fill(-1);
  const next = new Int32Array(M);
  const to = new Int32Array(M);
  const cap = new Int32Array(M);
  const cost = new Float64Array(M);
  let m = 0;
  const addEdge = (u: number, v: number, c: number, w: number): void => {
    to[m] = v;
    cap[m] = c;
    cost[m] = w;
    next[m] = head[u] ?? -1;
    head[u] = m++;
    to[m] = u;
    cap[m] = 0;
    cost[m] = -w;
    next[m] = head[v] ?? -1;
    head[v] = m++;
  };
  for (let p = 0; p < P; p++) addEdge(S, 1 + p, 1, 0);
  const pi = new Float64Array(N);
  for (let e = 0; e < E; e++) {
    const p = input.edgePerson[e] ?? 0;
    const vi = 1 + P + (input.edgeVacancy[e] ?? 0);
    const w = input.edgeWeight[e] ?? 0;
    addEdge(1 + p, vi, 1, -w);
    if (-w < (pi[vi] ?? 0)) pi[vi] = -w;
  }
  for (let v = 0; v < V; v++) {
    const vi = 1 + P + v;
    addEdge(vi, T, input.capacities[v] ?? 0, 0);
    if ((pi[vi] ?? 0) < (pi[T] ?? 0)) pi[T] = pi[vi] ?? 0;
  }

  const dist = new Float64Array(N);
  const prevEdge = new Int32Array(N);
  const done = new Uint8Array(N);
  const heap = new BinaryHeap(N + M);
  let total = 0;
  let augmentations = 0;
  for (;;) {
    dist.fill(Infinity);
    done.fill(0);
    dist[S] = 0;
    heap.clear();
    heap.push(0, S);
    while (heap.size > 0) {
      const u = heap.popItem();
      if (done[u] === 1) continue;
      done[u] = 1;
      if (u === T) break;
      const du = dist[u] ?? 0;
      const pu = pi[u] ?? 0;
      for (let e = head[u] ?? -1; e !== -1; e = next[e] ?? -1) {
        if ((cap[e] ?? 0) <= 0) continue;
        const v = to[e] ?? 0;
        const nd = du + (cost[e] ?? 0) + pu - (pi[v] ?? 0);
        if (nd < (dist[v] ?? Infinity)) {
          dist[v] = nd;
          prevEdge[v] = e;
          heap.push(nd, v);
        }
      }
    }
    const dT = dist[T] ?? Infinity;
    if (dT === Infinity) break;
    const pathCost = dT + (pi[T] ?? 0) - (pi[S] ?? 0);
    if (pathCost >= 0) break; // no path raises the total weight any more
    for (let v = 0; v < N; v++) pi[v] = (pi[v] ?? 0) + Math.min(dist[v] ?? Infinity, dT);
    for (let v = T; v !== S;) {
      const e = prevEdge[v] ?? 0;
      cap[e] = (cap[e] ?? 0) - 1;
      cap[e ^ 1] = (cap[e ^ 1] ?? 0) + 1;
      v = to[e ^ 1] ?? S;
    }
    total -= pathCost;
    augmentations++;
  }

  const vacancyOf = new Int32Array(P).fill(-1);
  for (let p = 0; p < P; p++) {
    for (let e = head[1 + p] ?? -1; e !== -1; e = next[e] ?? -1) {
      const v = to[e] ?? 0;
      // A saturated forward person → vacancy edge (even index) carries the person's flow.
      if ((e & 1) === 0 && v > P && v < T && cap[e] === 0) vacancyOf[p] = v - P - 1;
    }
  }
  return { vacancyOf, totalWeight: total, augmentations };
}

/** Min-heap of (key, item) in typed arrays, lazy deletion (stale entries are skipped). */
class BinaryHeap {
  private keys: Float64Array;
  private items: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(capacity, 16));
    this.items = new Int32Array(this.keys.length);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, item: number): void {
    if (this.size >= this.keys.length) {
      const k = new Float64Array(this.keys.length * 2);
      const it = new Int32Array(k.length);
      k.set(this.keys);
      it.set(this.items);
      this.keys = k;
      this.items = it;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.keys[p] ?? 0) <= key) break;
      this.keys[i] = this.keys[p] ?? 0;
      this.items[i] = this.items[p] ?? 0;
      i = p;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }

  popItem(): number {
    const top = this.items[0] ?? 0;
    const n = --this.size;
    const key = this.keys[n] ?? 0;
    const item = this.items[n] ?? 0;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (this.keys[c + 1] ?? 0) < (this.keys[c] ?? 0)) c++;
      if ((this.keys[c] ?? 0) >= key) break;
      this.keys[i] = this.keys[c] ?? 0;
      this.items[i] = this.items[c] ?? 0;
      i = c;
    }
    this.keys[i] = key;
    this.items[i] = item;
    return top;
  }
}
