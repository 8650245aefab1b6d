import type { Script } from './script-types.ts';
import { inMediation } from './scripts-in-mediation.ts';
import { inTraining } from './scripts-in-training.ts';
import { leftThePilot } from './scripts-left.ts';
import { placedOtherSectors, placedSpecialCases } from './scripts-placed.ts';
import { workAndTraining } from './scripts-work-and-training.ts';

/**
 * The 30 stories, most specific first (they pick their person in this order, and the demo
 * records them in this order): 2 work + training, 12 new jobs, 2 in training, 9 in mediation,
 * 5 who left.
 */
export const scripts: Script[] = [
  ...workAndTraining,
  ...placedSpecialCases,
  ...inTraining,
  ...placedOtherSectors,
  ...inMediation,
  ...leftThePilot,
];
