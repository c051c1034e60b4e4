// Server child processes: started on a free port, ready once /healthz answers, measured through
// /proc, and always stopped — on success, on failure and on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerProcess {
  name: string;
  pid: number;
  origin: string;
  /** Resident set size now, in MB; undefined where /proc is not available. */
  rssMb: () => number | undefined;
  /** User + system CPU time used so far, in ms. */
  cpuMs: () => number | undefined;
  /** Peak resident set size (VmHWM) since start or the last resetPeak(), in MB. */
  peakRssMb: () => number | undefined;
  /** Starts a new peak window; false when the kernel refused (peaks are then cumulative). */
  resetPeak: () => boolean;
  /** SIGTERM, then SIGKILL after 3 s. */
  stop: () => Promise<void>;
  /** SIGKILL at once: a server blocked in a synchronous query never sees SIGTERM. */
  kill: () => Promise<void>;
}

export interface StartOptions {
  name: string;
  /** Arguments of `node` (the same binary as the bench). */
  args: string[];
  /** Added to the bench's environment; PORT is set from `port`. */
  env: Record<string, string>;
  cwd: string;
  port: number;
  readyTimeoutMs: number;
}

const running = new Set<ChildProcess>();

/** Kills every child still running, synchronously (for exit and signal handlers). */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** utime + stime from /proc/<pid>/stat, in ms (USER_HZ is 100 on Linux). */
function procCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const toMb = (kb: number | undefined) => (kb === undefined ? undefined : Math.round(kb / 1024));

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  const isRunning = () => child.exitCode === null && child.signalCode === null;

  const stop = async (graceMs = 3_000) => {
    if (isRunning()) {
      child.kill(graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };

  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + options.readyTimeoutMs;
  for (;;) {
    if (!isRunning()) {
      throw new Error(`${options.name} server exited (code ${child.exitCode}):\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `${options.name} server not ready after ${options.readyTimeoutMs} ms:\n${output}`,
      );
    }
    const ok = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }

  const pid = child.pid!;
  return {
    name: options.name,
    pid,
    origin,
    rssMb: () => toMb(procStatusKb(pid, 'VmRSS')),
    cpuMs: () => procCpuMs(pid),
    peakRssMb: () => toMb(procStatusKb(pid, 'VmHWM')),
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5'); // Linux: VmHWM := current RSS
        return true;
      } catch {
        return false;
      }
    },
    stop: () => stop(),
    kill: () => stop(0),
  };
}
