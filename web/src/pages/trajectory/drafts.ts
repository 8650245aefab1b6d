import { trajectoryParts, type TrajectoryPartKey } from './parts.ts';

/*
 * Where drafts live: in memory only, in a store that the trajectory layout owns (React state
 * above the tabs' outlet) — not in localStorage, and not in sessionStorage either. The intake's
 * draft holds obstacles (health, debts, care duties): special-category data that must not be
 * written to the browser's storage, where it outlives the page and the next user of a shared
 * computer could read it. The price is that a reload or a closed tab loses a draft; the page warns
 * before that happens (beforeunload), and before leaving the trajectory pages inside the app.
 */

interface DraftEntry {
  value: unknown;
  /** The tab the form is on, to say where unsaved input is. */
  part: TrajectoryPartKey;
}

const keyOf = (trajectoryId: string, form: string) => `${trajectoryId} ${form}`;

/**
 * Unsaved input per trajectory and form, kept while the user moves between the trajectory's tabs.
 * A form is named by the path it sends its change to ('/funding', '/goals/<id>/evaluations'),
 * which is unique per trajectory.
 */
export class DraftStore {
  readonly #entries = new Map<string, DraftEntry>();

  /** The draft of this form, as it was saved here (the same form keeps the same shape). */
  get<D>(trajectoryId: string, form: string): D | undefined {
    const entry = this.#entries.get(keyOf(trajectoryId, form));
    return entry === undefined ? undefined : (structuredClone(entry.value) as D);
  }

  has(trajectoryId: string, form: string): boolean {
    return this.#entries.has(keyOf(trajectoryId, form));
  }

  save(trajectoryId: string, form: string, value: unknown, part: TrajectoryPartKey): void {
    this.#entries.set(keyOf(trajectoryId, form), { value: structuredClone(value), part });
  }

  discard(trajectoryId: string, form: string): void {
    this.#entries.delete(keyOf(trajectoryId, form));
  }

  /** Forgets every draft (the user chose to leave without saving). */
  discardAll(): void {
    this.#entries.clear();
  }

  hasUnsaved(): boolean {
    return this.#entries.size > 0;
  }

  /** The tabs with unsaved input, in the order of the tabs. */
  unsavedParts(): TrajectoryPartKey[] {
    const parts = new Set([...this.#entries.values()].map((e) => e.part));
    return trajectoryParts.map((p) => p.key).filter((key) => parts.has(key));
  }
}

/** Deep equality of plain form data (strings, numbers, booleans, arrays, plain objects). */
export function sameDraft(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameDraft(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every(
      (k) => Object.hasOwn(b, k) && sameDraft((a as Record<string, unknown>)[k], bRecord[k]),
    )
  );
}
