// Imports started from the newsroom run in the background of the server process, so the admin's
// request returns at once and the job page shows where they are (done/total per phase, then the
// report). Jobs live in memory for a day: with several instances, the job page is answered by
// the instance that runs the import (sticky sessions), or it says the job is unknown.
import type { Progress } from '../lib/progress.js';
import type { ImportReport } from './import-report.js';

export interface ImportJob {
  status: 'running' | 'done' | 'failed';
  phase: string;
  done: number;
  total: number;
  report?: ImportReport;
  error?: string;
  startedAt: number;
}

const keepMs = 24 * 3600_000;

export function importJobs(now: () => number = Date.now) {
  const jobs = new Map<string, ImportJob>();
  const sweep = () => {
    for (const [token, job] of jobs)
      if (job.status !== 'running' && now() - job.startedAt > keepMs) jobs.delete(token);
  };
  return {
    /** Starts `work` with a progress reporter feeding the job; never throws. */
    start(token: string, work: (progress: Progress) => Promise<ImportReport>): ImportJob {
      sweep();
      const job: ImportJob = { status: 'running', phase: '', done: 0, total: 0, startedAt: now() };
      jobs.set(token, job);
      const progress: Progress = {
        phase: (label, total) => Object.assign(job, { phase: label, total, done: 0 }),
        advance: (count = 1) => {
          job.done += count;
        },
        stop: () => {},
      };
      void work(progress).then(
        (report) => Object.assign(job, { status: 'done', report }),
        (error: unknown) =>
          Object.assign(job, {
            status: 'failed',
            error: error instanceof Error ? error.message : String(error),
          }),
      );
      return job;
    },
    find: (token: string): ImportJob | undefined => jobs.get(token),
  };
}

export type ImportJobs = ReturnType<typeof importJobs>;
