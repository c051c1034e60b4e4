// A small in-process queue: uploads answer as soon as the original is stored, and the variants
// are made here, one media at a time, off the request path. Tests await idle().

export interface MediaWorker {
  enqueue(mediaId: string): void;
  /** Resolves when the queue is empty and no job runs. */
  idle(): Promise<void>;
}

/** Jobs running now in any worker of the process (tests wait for them before closing). */
const busy = new Set<Promise<void>>();

/** Resolves when no worker of this process has a job queued or running. */
export async function mediaWorkersIdle(): Promise<void> {
  while (busy.size) await Promise.all([...busy]);
}

/** Runs `job` for each queued id in order; `job` handles its own failures. */
export function mediaWorker(job: (mediaId: string) => Promise<void>): MediaWorker {
  const queue: string[] = [];
  let running: Promise<void> | undefined;

  const drain = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        await job(id);
      } catch {
        // job records failures itself; one bad file must not stop the queue
      }
    }
  };

  const kick = () => {
    if (running) return;
    const current = drain().finally(() => {
      busy.delete(current);
      running = undefined;
      if (queue.length) kick();
    });
    running = current;
    busy.add(current);
  };

  return {
    enqueue(mediaId) {
      if (!queue.includes(mediaId)) queue.push(mediaId);
      kick();
    },
    async idle() {
      while (running) await running;
    },
  };
}
