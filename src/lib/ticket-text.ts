/**
 * The plain-text summary a help-desk user pastes into a ticket: one
 * "Label: value" line per fact, times in local time (with the zone) and UTC.
 * Values come from the server, so their line breaks and other control
 * characters become spaces: a name cannot forge extra ticket lines.
 */
import { formatUtc, HOUR_MS } from './dates';
import { formatDuration, formatObjective } from './duration';
import { formatDistance } from './point-in-time';

export interface TicketPoint {
  vmName: string;
  time: Date;
  pointType: string | null;
  algorithm?: string | null;
  backupName: string | null;
  /** The VM restore point's UID (`urn:veeam:VmRestorePoint:…`). */
  uid: string | null;
  /** The restore point (job run) the VM point belongs to; its name is kept verbatim (the docs say server local time; examples show UTC). */
  restorePointName?: string | null;
  restorePointUid?: string | null;
  backupFileName?: string | null;
}

/** A point-in-time lookup: the time asked for and the two points around it. */
export interface TicketPointInTime {
  at: Date;
  /** The newest point at or before `at`. */
  before: Date | null;
  /** The first point after `at`. */
  after: Date | null;
}

export interface TicketOptions {
  point: TicketPoint;
  /** When set, the ticket starts with the time asked for and the answer. */
  pointInTime?: TicketPointInTime;
  /** Absolute link to the VM's page in this app. */
  link: string;
  /** When set, the age is compared with the recovery point objective. */
  objectiveHours?: number;
  /** True when the point is the newest of the VM. */
  newest?: boolean;
  now?: Date;
  /** IANA zone for "local"; defaults to the browser's. */
  timeZone?: string;
}

/** `2025-06-16 13:00:52` and `UTC+02:00` in `timeZone`. */
export function formatInZone(date: Date, timeZone?: string): { text: string; offset: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace(/^GMT$/, 'UTC+00:00').replace(/^GMT/, 'UTC');
  return {
    text: `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`,
    offset,
  };
}

/** Line breaks (CR, LF, NEL, LS, PS, VT, FF) and other control characters → one space each run. */
export function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

const pointTypeNames: Record<string, string> = {
  Full: 'Full',
  Increment: 'Increment',
  ReverseIncrement: 'Reverse increment',
};

/** "Restore to" lines: the time asked for, in local time and UTC, and the points around it. */
export function pointInTimeLines(
  { at, before, after }: TicketPointInTime,
  zone: string,
): [string, string][] {
  const local = formatInZone(at, zone);
  const earlier = before ? at.getTime() - before.getTime() : null;
  return [
    ['Restore to (local)', `${local.text} ${zone} (${local.offset})`],
    ['Restore to (UTC)', formatUtc(at)],
    [
      'Newest restore point at or before it',
      before && earlier !== null
        ? `${formatUtc(before)} (${earlier === 0 ? 'exactly that time' : `${formatDistance(earlier)} earlier`})`
        : 'none: the oldest restore point is newer than that',
    ],
    [
      'First restore point after it',
      after
        ? `${formatUtc(after)} (${formatDistance(after.getTime() - at.getTime())} later)`
        : 'none yet',
    ],
  ];
}

export function ticketText({
  point,
  pointInTime,
  link,
  objectiveHours,
  newest,
  now = new Date(),
  timeZone,
}: TicketOptions): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = formatInZone(point.time, zone);
  const age = Math.max(0, (now.getTime() - point.time.getTime()) / HOUR_MS);
  const objective =
    objectiveHours === undefined
      ? ''
      : age > objectiveHours
        ? ` (older than the ${formatObjective(objectiveHours)} recovery point objective)`
        : ` (within the ${formatObjective(objectiveHours)} recovery point objective)`;
  const type = point.pointType ? (pointTypeNames[point.pointType] ?? point.pointType) : 'unknown';
  const lines: [string, string | null | undefined][] = [
    ['VM', point.vmName],
    ...(pointInTime ? pointInTimeLines(pointInTime, zone) : []),
    [
      newest ? 'Newest restore point (local)' : 'Restore point (local)',
      `${local.text} ${zone} (${local.offset})`,
    ],
    [newest ? 'Newest restore point (UTC)' : 'Restore point (UTC)', formatUtc(point.time)],
    ['Age', `${formatDuration(age)}${objective}`],
    ['Backup', point.backupName ?? 'unknown'],
    ['Point type', point.algorithm ? `${type} (algorithm: ${point.algorithm})` : type],
    ['VM restore point UID', point.uid ?? 'unknown'],
    [
      'Restore point',
      point.restorePointName || point.restorePointUid
        ? [point.restorePointName, point.restorePointUid ? `(${point.restorePointUid})` : null]
            .filter(Boolean)
            .join(' ')
        : null,
    ],
    ['Backup file', point.backupFileName],
    ['Link', link],
  ];
  return `${lines
    .filter((line): line is [string, string] => Boolean(line[1]))
    .map(([label, value]) => `${label}: ${oneLine(value)}`)
    .join('\n')}\n`;
}
