/**
 * Results as CSV (RFC 4180: fields with commas, quotes or newlines are quoted; quotes
 * doubled). Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a
 * leading apostrophe (OWASP CSV injection), since labels are user text.
 */
import type { SimResult } from './types';

export type CsvTable = 'nodes' | 'latency' | 'series';

export function resultToCsv(result: SimResult, table: CsvTable = 'nodes'): string {
  if (table === 'latency') {
    return toCsv(
      ['source', 'label', 'p50_ms', 'p95_ms', 'p99_ms', 'mean_ms', 'count', 'failed'],
      result.latency.map((l) => [l.id, l.label, l.p50, l.p95, l.p99, l.mean, l.count, l.failed]),
    );
  }
  if (table === 'series') {
    const ids = result.nodes.map((n) => n.id);
    return toCsv(
      ['at_ms', 'throughput', 'p50_ms', 'p95_ms', 'p99_ms', ...ids.map((id) => `queue:${id}`), ...ids.map((id) => `utilization:${id}`)],
      result.series.map((p) => [p.atMs, p.throughput, p.p50, p.p95, p.p99, ...p.queues, ...p.utilization]),
    );
  }
  return toCsv(
    ['id', 'label', 'kind', 'utilization', 'throughput', 'mean_queue', 'max_queue', 'drops', 'timeouts', 'retries', 'errors', 'completed', 'mean_response_ms'],
    result.nodes.map((n) => [n.id, n.label, n.kind, n.utilization, n.throughput, n.meanQueue, n.maxQueue, n.drops, n.timeouts, n.retries, n.errors, n.completed, n.meanResponseMs]),
  );
}

function toCsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
