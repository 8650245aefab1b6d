/**
 * The whole-region run: top-k vacancies for every candidate. With workers > 1 the candidates
 * are split over worker threads, each holding its own copy of the engine (the engine is
 * single-threaded by design; a region job on a 2-core machine uses both cores this way).
 * The clock runs from "go" to the last "done": building the copies is not counted.
 */

import { Worker } from 'node:worker_threads';
import type { MatchingEngine } from '../src/matching/index.ts';

export interface RegionResult {
  workers: number;
  seconds: number;
  results: number;
  perWorkerSeconds: number[];
  peakRssMiB: number;
}

const mib = (bytes: number): number => Math.round(bytes / 1048576);

export function runRegionInline(
  engine: MatchingEngine,
  candidates: number,
  k: number,
): RegionResult {
  const t = performance.now();
  let results = 0;
  for (let i = 0; i < candidates; i++)
    results += engine.topVacanciesForCandidate(`cand-${i}`, k).length;
  const seconds = (performance.now() - t) / 1000;
  return {
    workers: 1,
    seconds,
    results,
    perWorkerSeconds: [seconds],
    peakRssMiB: mib(process.memoryUsage().rss),
  };
}

export async function runRegionInWorkers(
  escoDir: string,
  quick: boolean,
  candidates: number,
  workers: number,
): Promise<RegionResult> {
  const entry = new URL('./matching-region-worker.ts', import.meta.url).href;
  // Worker threads do not inherit tsx's loader: register it first, then load the entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  const share = Math.ceil(candidates / workers);
  const threads = Array.from(
    { length: workers },
    (_, w) =>
      new Worker(bootstrap, {
        eval: true,
        workerData: { escoDir, quick, from: w * share, to: Math.min(candidates, (w + 1) * share) },
      }),
  );
  const next = (worker: Worker, type: string) =>
    new Promise<{ seconds: number; results: number }>((resolve, reject) => {
      const onMessage = (m: { type: string; seconds: number; results: number }) => {
        if (m.type !== type) return;
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  try {
    await Promise.all(threads.map((w) => next(w, 'ready')));
    const t = performance.now();
    const done = threads.map((w) => next(w, 'done'));
    for (const w of threads) w.postMessage('go');
    const parts = await Promise.all(done);
    const seconds = (performance.now() - t) / 1000;
    return {
      workers,
      seconds,
      results: parts.reduce((a, p) => a + p.results, 0),
      perWorkerSeconds: parts.map((p) => Math.round(p.seconds * 1000) / 1000),
      peakRssMiB: mib(Math.max(peak, process.memoryUsage().rss)),
    };
  } finally {
    clearInterval(sample);
    await Promise.all(threads.map((w) => w.terminate()));
  }
}
