// The report of one import: counts per kind (created, updated, unchanged, skipped, failed) and
// warnings naming each item's source id; printed at the end, and its failures set the exit code.

export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface ReportLine {
  /** The item, as the source names it: « post 12 “Title” », « attachment 40 ». */
  item: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  counts: Record<string, Record<Outcome, number>>;
  warnings: ReportLine[];
  failures: ReportLine[];
}

export function newReport(dryRun: boolean): ImportReport {
  return { dryRun, counts: {}, warnings: [], failures: [] };
}

export function count(report: ImportReport, kind: string, outcome: Outcome, n = 1): void {
  const row = (report.counts[kind] ??= {
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
  });
  row[outcome] += n;
}

export function warn(report: ImportReport, item: string, message: string): void {
  report.warnings.push({ item, message });
}

export function fail(report: ImportReport, kind: string, item: string, message: string): void {
  count(report, kind, 'failed');
  report.failures.push({ item, message });
}

/** The report as lines of text for a terminal or a log. */
export function formatReport(report: ImportReport): string[] {
  const lines = [report.dryRun ? 'Dry run: nothing was written.' : 'Import finished.'];
  lines.push(`${'kind'.padEnd(20)} created  updated  unchanged  skipped  failed`);
  for (const [kind, c] of Object.entries(report.counts))
    lines.push(
      `${kind.padEnd(20)}${[c.created, c.updated, c.unchanged, c.skipped, c.failed]
        .map((n, i) => String(n).padStart([8, 8, 10, 8, 7][i]!))
        .join(' ')}`,
    );
  if (report.failures.length) {
    lines.push('', `Failed (${report.failures.length}):`);
    for (const f of report.failures) lines.push(`  ${f.item}: ${f.message}`);
  }
  if (report.warnings.length) {
    lines.push('', `Warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`  ${w.item}: ${w.message}`);
  }
  return lines;
}
