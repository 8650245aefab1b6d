import type { TrajectoryChanged } from '../../modules/trajectories/trajectory-change.ts';
import { PILOT_CLOSING_TIME } from './pilot-calendar.ts';

type Act = () => Promise<unknown>;

/** The actions of one story, each at its moment; run in time order. */
export class Story {
  readonly actions: { at: Date; act: Act }[] = [];
  trajectoryId = '';
  readonly ids = new Map<string, string>();
  /** Nothing happens after the pilot's end, nor after someone left (but their leaving). */
  until = PILOT_CLOSING_TIME;
  add(when: Date, act: Act): void {
    if (when.getTime() > this.until.getTime()) return;
    this.actions.push({ at: when, act });
  }
  /** The last actions of someone who leaves: the cut-off moves to them. */
  end(when: Date, act: Act): void {
    this.until = new Date(when.getTime() - 1);
    const before = this.actions.filter((a) => a.at.getTime() < when.getTime());
    this.actions.splice(0, this.actions.length, ...before, { at: when, act });
  }

  /** Keeps the id a use case created (a goal, a shadowing, …) under a key, for later actions. */
  remember(key: string): (view: TrajectoryChanged) => TrajectoryChanged {
    return (view) => {
      if (view.createdId) this.ids.set(key, view.createdId);
      return view;
    };
  }
  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`demo trajectories: no ${key} yet`);
    return id;
  }
  async run(): Promise<void> {
    const ordered = [...this.actions].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const a of ordered) await a.act();
  }
}
