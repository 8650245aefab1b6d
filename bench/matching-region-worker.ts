/**
 * Region worker: builds the same engine as the main thread, says "ready", then on "go" ranks
 * top-k vacancies for its share of the candidates and reports the time it took.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { buildBenchWorld } from './matching-world.ts';

interface Job {
  escoDir: string;
  quick: boolean;
  from: number;
  to: number;
}

const job = workerData as Job;
const world = buildBenchWorld(job.escoDir, job.quick);
parentPort?.postMessage({ type: 'ready' });
parentPort?.once('message', () => {
  const t = performance.now();
  let results = 0;
  for (let i = job.from; i < job.to; i++) {
    results += world.engine.topVacanciesForCandidate(`cand-${i}`, world.size.k).length;
  }
  const seconds = (performance.now() - t) / 1000;
  parentPort?.postMessage({ type: 'done', seconds, results });
});
