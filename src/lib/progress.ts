// Progress of a long command (export, import, backup, restore, reindex): a bar with done/total,
// rate and time left on a terminal (cli-progress), plain lines every few seconds when the output
// is a file or a pipe (CI, logs), where a redrawn bar would only be noise.
import cliProgress from 'cli-progress';

export interface Progress {
  /**
   * Starts (or restarts) a phase: `label` names it, `total` is what `done` counts up to, `unit`
   * (default: the one given at creation) what is counted.
   */
  phase(label: string, total: number, unit?: string): void;
  /** Adds `count` to what is done in the current phase. */
  advance(count?: number): void;
  /** Ends the current phase, printing its final state. */
  stop(): void;
}

export interface ProgressOptions {
  /** Where to draw; standard error by default, so standard output stays machine-readable. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Seconds between two plain lines when the stream is not a terminal. */
  intervalSeconds?: number;
  /** The unit counted, shown after the numbers ("rows", "files"). */
  unit?: string;
  /** Injected clock for tests. */
  now?: () => number;
}

/** A progress reporter that prints nothing, for tests and library callers. */
export const silentProgress: Progress = { phase: () => {}, advance: () => {}, stop: () => {} };

/** "1,234/5,000 rows (25%), 410 rows/s, 9 s left" */
export function describeProgress(
  done: number,
  total: number,
  elapsedMs: number,
  unit: string,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
  const left = rate > 0 && total > done ? `, ${formatSeconds((total - done) / rate)} left` : '';
  const n = (x: number) => x.toLocaleString('en');
  return `${n(done)}/${n(total)} ${unit} (${percent}%), ${n(Math.round(rate))} ${unit}/s${left}`;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}

/** A bar on a terminal, periodic lines otherwise. */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const unit = options.unit ?? 'items';
  return stream.isTTY
    ? terminalProgress(stream, unit)
    : lineProgress(stream, unit, (options.intervalSeconds ?? 5) * 1000, options.now ?? Date.now);
}

function terminalProgress(stream: NodeJS.WritableStream, defaultUnit: string): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  let done = 0;
  return {
    phase(label, total, unit = defaultUnit) {
      bar?.stop();
      done = 0;
      started = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${label} [{bar}] {value}/{total} ${unit} ({percentage}%), {rate} ${unit}/s, {eta_formatted} left`,
          etaBuffer: 50,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { rate: 0 });
    },
    advance(count = 1) {
      done += count;
      const seconds = (Date.now() - started) / 1000;
      bar?.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function lineProgress(
  stream: NodeJS.WritableStream,
  defaultUnit: string,
  intervalMs: number,
  now: () => number,
): Progress {
  let label = '';
  let unit = defaultUnit;
  let total = 0;
  let shown = -1;
  let done = 0;
  let started = 0;
  let printed = 0;
  let active = false;
  const print = () => {
    stream.write(`${label}: ${describeProgress(done, total, now() - started, unit)}\n`);
    printed = now();
    shown = done;
  };
  return {
    phase(nextLabel, nextTotal, nextUnit = defaultUnit) {
      if (active && shown !== done) print();
      label = nextLabel;
      unit = nextUnit;
      shown = -1;
      total = nextTotal;
      done = 0;
      started = now();
      printed = started;
      active = true;
    },
    advance(count = 1) {
      done += count;
      if (now() - printed >= intervalMs) print();
    },
    stop() {
      if (active && shown !== done) print();
      active = false;
    },
  };
}
