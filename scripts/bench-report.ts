/**
 * The benchmark's figures and how they are shown: one table (view, figure, measured, target,
 * ok/miss) on the terminal, `bench/results.json`, and optionally the README's marked section.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname } from 'node:path';
import * as prettier from 'prettier';

export interface Figure {
  view: string;
  figure: string;
  /** The median of `runs`; null when it could not be measured (the page never got there). */
  value: number | null;
  unit: string;
  /** Met when the value is at most `max` (or below it, with `below`). */
  target?: { max: number; below?: boolean };
  /** Every run's value, when there were several. */
  runs?: (number | null)[];
  /** The measurement was cut off: the real value is at least `value`. */
  atLeast?: boolean;
}

export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length < values.length) return null;
  const mid = Math.floor(known.length / 2);
  if (known.length % 2) return known[mid] ?? null;
  return ((known[mid - 1] ?? 0) + (known[mid] ?? 0)) / 2;
}

/** One figure from several runs: the median, "at least" when any run was cut off. */
export function fromRuns(
  base: Omit<Figure, 'value' | 'runs' | 'atLeast'>,
  runs: readonly { value: number | null; atLeast?: boolean }[],
): Figure {
  const values = runs.map((run) => run.value);
  return {
    ...base,
    value: median(values),
    ...(runs.length > 1 && { runs: values }),
    ...(runs.some((run) => run.atLeast) && { atLeast: true }),
  };
}

export type Verdict = 'ok' | 'miss' | '';

export function verdict(figure: Figure): Verdict {
  if (!figure.target) return '';
  if (figure.value === null) return 'miss';
  const { max, below } = figure.target;
  if (figure.atLeast)
    return below ? (figure.value < max ? '' : 'miss') : figure.value > max ? 'miss' : '';
  return (below ? figure.value < max : figure.value <= max) ? 'ok' : 'miss';
}

function format(value: number | null, unit: string): string {
  if (value === null) return 'not reached';
  const digits = unit === 'ms' || unit === 'requests' || unit === 'rows' || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

const measured = (f: Figure) => `${f.atLeast ? '≥ ' : ''}${format(f.value, f.unit)}`;
const target = (f: Figure) =>
  f.target ? `${f.target.below ? '<' : '≤'} ${format(f.target.max, f.unit)}` : '';

function rows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => [f.view, f.figure, measured(f), target(f), verdict(f)]);
}
const HEAD = ['view', 'figure', 'measured', 'target', ''];

export function printTable(figures: readonly Figure[]): string {
  const all = [HEAD, ...rows(figures)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows(figures).map(line)].join(
    '\n',
  );
}

export function markdownTable(figures: readonly Figure[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${row.map(escape).join(' | ')} |`;
  return [line(HEAD), line(HEAD.map(() => '---')), ...rows(figures).map(line)].join('\n');
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  loadAverage: number[];
  node: string;
  chromium: string;
}

export function describeMachine(chromiumPath: string): Machine {
  let chromium = 'unknown';
  try {
    // Debian's wrapper script complains on stderr about its own checks: keep that out.
    const stdio: ('ignore' | 'pipe')[] = ['ignore', 'pipe', 'ignore'];
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio }).trim();
  } catch {
    // Not installed: the browser part will say so.
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((load) => Math.round(load * 10) / 10),
    node: process.version,
    chromium,
  };
}

/** Written as prettier would, so `npm run format:check` stays green. */
export async function writeResults(path: string, content: object): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(
    path,
    await prettier.format(JSON.stringify(content), { ...options, filepath: path }),
  );
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the README's section between the bench markers with this run's table (formatted). */
export async function updateReadme(
  path: string,
  figures: readonly Figure[],
  machine: Machine,
  date: Date,
): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const [before, rest] = text.split(START);
  const after = rest?.split(END)[1];
  if (before === undefined || after === undefined) {
    throw new Error(`${path} has no ${START} … ${END} section to update`);
  }
  const summary =
    `Measured ${date.toISOString().slice(0, 10)} on ${machine.cpu} (${String(machine.cores)} cores, ` +
    `load average ${machine.loadAverage.join(' ')}), Node ${machine.node}, ${machine.chromium}; ` +
    'median of the runs, `npm run bench -- --readme` refreshes it.';
  const updated = `${before}${START}\n${summary}\n\n${markdownTable(figures)}\n${END}${after}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(updated, { ...options, filepath: path }));
}
