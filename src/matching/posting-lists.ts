/**
 * Inverted index: for every skill id a posting list of (slot, flag), packed into one 32-bit
 * word per posting: slot << flagBits | flag. The flag says enough to find the exact credit of
 * the posting in a small table (requirement-sets.ts and candidate-index.ts define it).
 *
 * All lists live in one shared Int32Array arena with a (start, length, capacity) per key — not
 * one small typed array per key. Both choices were measured on the bench data: V8 keeps tiny
 * typed arrays on its heap and bigger ones off it, and a hot loop over a mix runs ~3× slower
 * than over one big array; one packed int32 instead of (int32, float32, uint8) per posting
 * makes the ranking loop another ~2.5× faster.
 *
 * Adding to a full list moves it to the end of the arena with double capacity (the old place
 * becomes garbage); removing swaps the last posting in. When garbage passes half of the arena,
 * it is compacted instead of grown. So one vacancy or candidate change touches only the lists
 * of its own skills: no rebuild.
 *
 * Hot loops read the arena directly: postings of `key` are at [start(key), start(key) +
 * length(key)). The arena may be reallocated by any write, so fetch it after writing.
 */

import { grow } from './slots.ts';

const MIN_CAPACITY = 4;

export class PostingLists {
  /** Packed postings: slot << flagBits | flag; read with `>>> flagBits` (unsigned). */
  arena = new Int32Array(1024);
  /** Slots must stay at or below this (2^(32 − flagBits) − 1). */
  readonly maxSlot: number;
  private readonly flagMask: number;
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);
  private capacities = new Int32Array(0);
  private used = 0;
  private garbage = 0;
  private total = 0;

  constructor(readonly flagBits: number) {
    this.maxSlot = 2 ** (32 - flagBits) - 1;
    this.flagMask = (1 << flagBits) - 1;
  }

  get postingCount(): number {
    return this.total;
  }

  start(key: number): number {
    return key < this.starts.length ? (this.starts[key] ?? 0) : 0;
  }

  length(key: number): number {
    return key < this.lengths.length ? (this.lengths[key] ?? 0) : 0;
  }

  add(key: number, slot: number, flag: number): void {
    if (slot > this.maxSlot) throw new RangeError(`posting slot ${slot} is above ${this.maxSlot}`);
    if (key >= this.starts.length) {
      this.starts = grow(this.starts, key + 1);
      this.lengths = grow(this.lengths, key + 1);
      this.capacities = grow(this.capacities, key + 1);
    }
    const n = this.lengths[key] ?? 0;
    if (n >= (this.capacities[key] ?? 0)) this.relocate(key, Math.max(MIN_CAPACITY, n * 2));
    this.arena[(this.starts[key] ?? 0) + n] = (slot << this.flagBits) | (flag & this.flagMask);
    this.lengths[key] = n + 1;
    this.total++;
  }

  /** Removes the posting of `slot` under `key` (order is not kept). */
  remove(key: number, slot: number): boolean {
    const n = this.length(key);
    const s = this.start(key);
    for (let i = s; i < s + n; i++) {
      if ((this.arena[i] ?? 0) >>> this.flagBits !== slot) continue;
      this.arena[i] = this.arena[s + n - 1] ?? 0;
      this.lengths[key] = n - 1;
      this.total--;
      return true;
    }
    return false;
  }

  /** Moves `key`'s list to the end of the arena with room for `capacity` postings. */
  private relocate(key: number, capacity: number): void {
    if (this.used + capacity > this.arena.length) this.makeRoom(capacity);
    const from = this.starts[key] ?? 0;
    const n = this.lengths[key] ?? 0;
    const to = this.used;
    this.arena.copyWithin(to, from, from + n);
    this.garbage += this.capacities[key] ?? 0;
    this.starts[key] = to;
    this.capacities[key] = capacity;
    this.used += capacity;
  }

  private makeRoom(extra: number): void {
    const live = this.used - this.garbage;
    if (this.garbage > live) {
      this.compact(live + extra);
      if (this.used + extra <= this.arena.length) return;
    }
    this.arena = grow(this.arena, Math.max(this.used + extra, this.arena.length * 2));
  }

  /** Rewrites all lists contiguously (keeping each list's capacity), into a fresh arena. */
  private compact(minSize: number): void {
    const arena = new Int32Array(Math.max(1024, minSize * 2));
    let at = 0;
    for (let key = 0; key < this.starts.length; key++) {
      const cap = this.capacities[key] ?? 0;
      if (cap === 0) continue;
      const s = this.starts[key] ?? 0;
      const n = this.lengths[key] ?? 0;
      arena.set(this.arena.subarray(s, s + n), at);
      this.starts[key] = at;
      at += cap;
    }
    this.arena = arena;
    this.used = at;
    this.garbage = 0;
  }
}
