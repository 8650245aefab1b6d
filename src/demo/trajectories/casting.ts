import type { Participant } from './participants.ts';
import type { Script } from './script-types.ts';

/** Gives each story the participant it fits best (wishes, account), in the order of the stories. */
export function cast(scripts: Script[], people: Participant[]): Map<Script, Participant> {
  const left = [...people];
  const result = new Map<Script, Participant>();
  const score = (s: Script, p: Participant): number => {
    if (s.notFrom && p.releasingKey === s.notFrom) return -100;
    let n = 0;
    if (s.account && p.userId) n += 10;
    if (!s.account && p.userId) n -= 1;
    if (p.wishes[0] && s.wants.includes(p.wishes[0])) n += 3;
    else if (p.wishes.some((w) => s.wants.includes(w))) n += 1;
    return n;
  };
  for (const s of scripts) {
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      const a = left[i];
      const b = left[best];
      if (a && b && score(s, a) > score(s, b)) best = i;
    }
    const [chosen] = left.splice(best, 1);
    if (chosen) result.set(s, chosen);
  }
  return result;
}
