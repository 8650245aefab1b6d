/**
 * Bounded top-k: a binary min-heap whose root is the worst kept item, so a new item is compared
 * with one number and most candidates are rejected in O(1). Storage is typed arrays reused
 * across queries (`reset`), so ranking allocates nothing per scanned item.
 *
 * Ties: with a `tieBreak(a, b)` (negative = a ranks first) equal scores are ordered
 * deterministically (the engine breaks ties by external id, so results never depend on slot
 * order or insertion history).
 */

export type TieBreak = (a: number, b: number) => number;

export class TopK {
  scores: Float64Array;
  items: Int32Array;
  size = 0;
  private capacity: number;

  constructor(
    capacity: number,
    private tieBreak: TieBreak | null = null,
  ) {
    this.capacity = capacity;
    this.scores = new Float64Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
  }

  reset(capacity: number, tieBreak: TieBreak | null = this.tieBreak): void {
    if (capacity > this.scores.length) {
      this.scores = new Float64Array(capacity);
      this.items = new Int32Array(capacity);
    }
    this.capacity = capacity;
    this.tieBreak = tieBreak;
    this.size = 0;
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  /** Score of the worst kept item (-Infinity while not full). */
  get threshold(): number {
    return this.size >= this.capacity && this.size > 0 ? (this.scores[0] ?? -Infinity) : -Infinity;
  }

  /** True when (sa, a) ranks after (sb, b). */
  private ranksAfter(sa: number, a: number, sb: number, b: number): boolean {
    if (sa !== sb) return sa < sb;
    return this.tieBreak !== null ? this.tieBreak(a, b) > 0 : a > b;
  }

  wouldAccept(score: number, item: number): boolean {
    if (this.capacity <= 0) return false;
    if (this.size < this.capacity) return true;
    return this.ranksAfter(this.scores[0] ?? 0, this.items[0] ?? 0, score, item);
  }

  push(score: number, item: number): boolean {
    if (!this.wouldAccept(score, item)) return false;
    if (this.size < this.capacity) {
      this.scores[this.size] = score;
      this.items[this.size] = item;
      this.siftUp(this.size++);
    } else {
      this.scores[0] = score;
      this.items[0] = item;
      this.siftDown(0);
    }
    return true;
  }

  private swap(i: number, j: number): void {
    const s = this.scores[i] ?? 0;
    const t = this.items[i] ?? 0;
    this.scores[i] = this.scores[j] ?? 0;
    this.items[i] = this.items[j] ?? 0;
    this.scores[j] = s;
    this.items[j] = t;
  }

  private after(i: number, j: number): boolean {
    return this.ranksAfter(
      this.scores[i] ?? 0,
      this.items[i] ?? 0,
      this.scores[j] ?? 0,
      this.items[j] ?? 0,
    );
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.after(i, p)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.after(l, worst)) worst = l;
      if (r < this.size && this.after(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** Empties the heap into `count` items best first (writes into the same arrays). */
  drainSorted(): number {
    const n = this.size;
    // Heap sort in place: repeatedly move the worst to the end of the live range.
    while (this.size > 1) {
      this.swap(0, this.size - 1);
      this.size--;
      this.siftDown(0);
    }
    this.size = 0;
    // Now scores[0] is best ... scores[n − 1] is worst.
    return n;
  }
}
