// A small in-process queue: uploads answer as soon as the original is stored, and the variants
// are made here, one media at a time, off the request path. Tests await idle().

export interface MediaWorker {
  enqueue(mediaId: string): void;
  /** Resolves when the queue is empty and no job runs. */
  idle(): Promise<void>;
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
    running = drain().finally(() => {
      running = undefined;
      if (queue.length) kick();
    });
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
