import type { Db } from '../../db/database.ts';
import type { Clock } from '../../shared/clock.ts';
import type { RetentionResult } from './contracts.ts';
import { DEFAULT_RETENTION_MONTHS, runRetention } from './use-cases/run-retention.ts';

const DAY_MS = 86_400_000;

export interface RetentionJobOptions {
  db: Db;
  clock: Clock;
  months?: number;
  /** Time between runs; a day by default. */
  intervalMs?: number;
  /** Time before the first run, so a starting server is not slowed down; a minute by default. */
  firstRunAfterMs?: number;
  onResult?: (result: RetentionResult) => void;
  onError?: (error: unknown) => void;
}

export interface RetentionJob {
  /** Runs the job now (also what the timer calls). */
  runNow(): Promise<RetentionResult>;
  stop(): void;
}

/**
 * The daily retention run inside the server (`overstap retention` does the same by hand). The
 * timers do not keep the process alive; two runs never overlap. Wire it into serve with
 * `const job = startRetentionJob({ db, clock, onResult, onError })` and `job.stop()` on close.
 */
export function startRetentionJob(options: RetentionJobOptions): RetentionJob {
  const months = options.months ?? DEFAULT_RETENTION_MONTHS;
  let running: Promise<RetentionResult> | null = null;
  const runNow = (): Promise<RetentionResult> => {
    running ??= runRetention(options.db, {
      months,
      dryRun: false,
      now: options.clock.now(),
    }).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () => {
    runNow().then(options.onResult, options.onError ?? (() => undefined));
  };
  let interval: NodeJS.Timeout | null = null;
  const first = setTimeout(() => {
    tick();
    interval = setInterval(tick, options.intervalMs ?? DAY_MS);
    interval.unref();
  }, options.firstRunAfterMs ?? 60_000);
  first.unref();
  return {
    runNow,
    stop: () => {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    },
  };
}
