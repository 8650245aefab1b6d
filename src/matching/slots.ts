/**
 * Storage helpers: growable typed arrays, string id ↔ dense slot maps, string interning.
 * Indexes keep per-entity data in columns (typed arrays) addressed by a dense slot, so a query
 * touches flat memory instead of objects.
 */

export type NumericArray = Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array;

/** Returns `a` itself when big enough, else a bigger copy; new cells hold `fill`. */
export function grow<T extends NumericArray>(a: T, minLength: number, fill = 0): T {
  if (a.length >= minLength) return a;
  const Ctor = a.constructor as new (length: number) => T;
  const b = new Ctor(Math.max(minLength, a.length * 2, 16));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** Maps external string ids to dense slots; freed slots are reused. */
export class SlotMap {
  private readonly byId = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly free: number[] = [];

  get size(): number {
    return this.byId.size;
  }

  /** One past the highest slot ever used: loop bound for column scans. */
  get highWater(): number {
    return this.ids.length;
  }

  slotOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  idOf(slot: number): string {
    const id = this.ids[slot];
    if (id === undefined) throw new Error(`slot ${slot} is empty`);
    return id;
  }

  acquire(id: string): number {
    const existing = this.byId.get(id);
    if (existing !== undefined) return existing;
    const slot = this.free.pop() ?? this.ids.length;
    this.ids[slot] = id;
    this.byId.set(id, slot);
    return slot;
  }

  release(id: string): number | undefined {
    const slot = this.byId.get(id);
    if (slot === undefined) return undefined;
    this.byId.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
    return slot;
  }

  /** Deterministic tie-break, independent of slot order: by external id. */
  compareIds(a: number, b: number): number {
    const x = this.ids[a] ?? '';
    const y = this.ids[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  }

  *entries(): IterableIterator<[string, number]> {
    yield* this.byId.entries();
  }
}

/** Interns strings (regions, sectors, occupation ids) to small integers; never forgets. */
export class Interner {
  private readonly codes = new Map<string, number>();
  private readonly names: string[] = [];

  code(name: string): number {
    let c = this.codes.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.codes.set(name, c);
      this.names.push(name);
    }
    return c;
  }

  /** -1 when never seen (so it can match nothing). */
  peek(name: string): number {
    return this.codes.get(name) ?? -1;
  }

  name(code: number): string {
    return this.names[code] ?? '';
  }
}
