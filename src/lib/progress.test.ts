import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, describeProgress } from './progress.js';

function sink(isTTY: boolean) {
  const written: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    }),
    { isTTY },
  );
  return { stream, written };
}

describe('progress', () => {
  it('describes done/total, rate and time left', () => {
    expect(describeProgress(250, 1000, 1000, 'rows')).toBe(
      '250/1,000 rows (25%), 250 rows/s, 3 s left',
    );
    expect(describeProgress(1000, 1000, 2000, 'rows')).toBe('1,000/1,000 rows (100%), 500 rows/s');
    expect(describeProgress(10, 100_000, 1000, 'rows')).toBe(
      '10/100,000 rows (0%), 10 rows/s, 166 min 39 s left',
    );
  });

  it('prints a plain line every interval when the output is not a terminal', () => {
    let clock = 0;
    const { stream, written } = sink(false);
    const progress = createProgress({ stream, intervalSeconds: 5, unit: 'rows', now: () => clock });
    progress.phase('Exporting rows', 100);
    for (let i = 0; i < 100; i++) {
      clock += 200; // 5 rows a second
      progress.advance();
    }
    progress.stop();
    expect(written).toEqual([
      'Exporting rows: 25/100 rows (25%), 5 rows/s, 15 s left\n',
      'Exporting rows: 50/100 rows (50%), 5 rows/s, 10 s left\n',
      'Exporting rows: 75/100 rows (75%), 5 rows/s, 5 s left\n',
      'Exporting rows: 100/100 rows (100%), 5 rows/s\n',
    ]);
    progress.phase('Packing media files', 3, 'files');
    clock += 1000;
    progress.advance(3);
    progress.stop();
    expect(written.at(-1)).toBe('Packing media files: 3/3 files (100%), 3 files/s\n');
    expect(written.join('')).not.toContain('\u001b'); // no escape codes in logs
  });

  it('draws a bar on a terminal', () => {
    const { stream, written } = sink(true);
    Object.assign(stream, {
      columns: 120,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    const progress = createProgress({ stream, unit: 'rows' });
    progress.phase('Importing rows', 10);
    progress.advance(10);
    progress.stop();
    const screen = written.join('');
    expect(screen).toContain('Importing rows [');
    expect(screen).toContain('10/10 rows (100%)');
  });
});
