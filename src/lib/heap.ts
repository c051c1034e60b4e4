// Batch commands (imports, export, restore) make garbage at a steady pace for minutes: V8 lets the
// heap grow up to four times what survives its last collection before it collects again, which
// showed as a 390 MB peak on the 10,000-post import benchmark. Growing by a quarter at a time
// kept it near 240 MB for a few per cent more CPU (README, Import benchmark).
import { setFlagsFromString } from 'node:v8';

/** Makes V8 collect before the heap outgrows what survives by more than `percent`. */
export function boundHeapGrowth(percent = 25): void {
  // Read at every collection, so it holds from the next one on.
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
