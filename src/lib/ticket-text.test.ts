import { describe, expect, it } from 'vitest';
import { formatDuration, formatObjective } from './duration';
import { formatInZone, ticketText } from './ticket-text';

const point = {
  vmName: 'sql01',
  time: new Date('2025-06-16T11:01:23.456Z'),
  pointType: 'Increment',
  algorithm: 'Incremental',
  backupName: 'SQL Daily',
  uid: 'urn:veeam:VmRestorePoint:f45e5f83-99a0-4b8e-9195-9f88ee13da07',
  restorePointName: 'Jun 16 2025 11:01AM',
  restorePointUid: 'urn:veeam:RestorePoint:94ebd136-e5e0-4ebf-8e89-c37269132c28',
  backupFileName: 'SQL DailyD2025-06-16T110130_AB12.vib',
};

describe('ticket text', () => {
  it('turns line breaks in server values into spaces, so a name cannot forge ticket lines', () => {
    const text = ticketText({
      point: {
        ...point,
        vmName: 'sql01\r\nAge: 1 minute (within the 24-hour recovery point objective)',
        backupName: 'SQL\u2028Daily\u0085x\u000bY\u0000',
      },
      link: 'https://rpe.example/vms/sql01',
      now: new Date('2025-06-16T12:00:00Z'),
      timeZone: 'UTC',
    });
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('Age:'))).toHaveLength(1);
    expect(lines[0]).toBe('VM: sql01 Age: 1 minute (within the 24-hour recovery point objective)');
    expect(lines).toContain('Backup: SQL Daily x Y ');
    for (const mark of ['\r', '\u2028', '\u0085', '\u000b', '\u0000']) {
      expect(text).not.toContain(mark);
    }
  });

  it('lists VM, local and UTC time, age, backup, point type, UIDs and the link, one fact per line', () => {
    const text = ticketText({
      point,
      link: 'https://rpe.example/vms/sql01?rpo=24',
      objectiveHours: 24,
      newest: true,
      now: new Date('2025-06-16T12:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(text).toBe(
      [
        'VM: sql01',
        'Newest restore point (local): 2025-06-16 13:01:23 Europe/Berlin (UTC+02:00)',
        'Newest restore point (UTC): 2025-06-16 11:01:23 UTC',
        'Age: 59 min (within the 24 h recovery point objective)',
        'Backup: SQL Daily',
        'Point type: Increment (algorithm: Incremental)',
        'VM restore point UID: urn:veeam:VmRestorePoint:f45e5f83-99a0-4b8e-9195-9f88ee13da07',
        'Restore point: Jun 16 2025 11:01AM (urn:veeam:RestorePoint:94ebd136-e5e0-4ebf-8e89-c37269132c28)',
        'Backup file: SQL DailyD2025-06-16T110130_AB12.vib',
        'Link: https://rpe.example/vms/sql01?rpo=24',
        '',
      ].join('\n'),
    );
  });

  it('says when the point is older than the objective, and keeps names with quotes and non-ASCII as they are', () => {
    const text = ticketText({
      point: {
        ...point,
        vmName: 'file server "old"',
        backupName: 'Büro Dateien',
        pointType: 'ReverseIncrement',
        algorithm: null,
      },
      link: 'https://rpe.example/vms/file%20server%20%22old%22',
      objectiveHours: 24,
      now: new Date('2025-06-19T12:00:00Z'),
      timeZone: 'UTC',
    });
    expect(text).toContain('VM: file server "old"\n');
    expect(text).toContain('Restore point (local): 2025-06-16 11:01:23 UTC (UTC+00:00)\n');
    expect(text).toContain('Age: 3 d 1 h (older than the 24 h recovery point objective)\n');
    expect(text).toContain('Backup: Büro Dateien\n');
    expect(text).toContain('Point type: Reverse increment\n');
  });

  it('leaves out what it does not know and says "unknown" for the facts a ticket needs', () => {
    const text = ticketText({
      point: { vmName: 'dc01', time: point.time, pointType: null, backupName: null, uid: null },
      link: 'https://rpe.example/vms/dc01',
      now: new Date('2025-06-16T12:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(text).toContain(
      'Restore point (local): 2025-06-16 07:01:23 America/New_York (UTC-04:00)',
    );
    expect(text).toContain('Age: 59 min\n');
    expect(text).toContain('Backup: unknown\n');
    expect(text).toContain('Point type: unknown\n');
    expect(text).not.toContain('Backup file');
    expect(text.split('\n').filter((line) => line.startsWith('Restore point:'))).toEqual([]);
  });

  it('formats zones and durations', () => {
    expect(formatInZone(new Date('2025-01-15T23:30:00Z'), 'Asia/Kolkata')).toEqual({
      text: '2025-01-16 05:00:00',
      offset: 'UTC+05:30',
    });
    expect(formatDuration(0.25)).toBe('15 min');
    expect(formatDuration(30)).toBe('30 h');
    expect(formatDuration(74)).toBe('3 d 2 h');
    expect(formatObjective(24)).toBe('24 h');
    expect(formatObjective(48)).toBe('48 h (2 d)');
    expect(formatObjective(36)).toBe('36 h');
    expect(formatObjective(0.5)).toBe('0.5 h');
  });
});

describe('ticket text of a point-in-time lookup', () => {
  const at = new Date('2025-06-10T14:00:00Z');

  it('starts with the time asked for and the points around it, then the point to restore', () => {
    const text = ticketText({
      point: { ...point, time: new Date('2025-06-06T14:39:57Z') },
      pointInTime: {
        at,
        before: new Date('2025-06-06T14:39:57Z'),
        after: new Date('2025-06-11T14:31:21Z'),
      },
      link: 'https://rpe.example/vms/sql01?at=2025-06-10T14%3A00%3A00Z',
      now: new Date('2025-06-16T12:00:00Z'),
      timeZone: 'America/New_York',
    });
    expect(text.split('\n').slice(0, 7)).toEqual([
      'VM: sql01',
      'Restore to (local): 2025-06-10 10:00:00 America/New_York (UTC-04:00)',
      'Restore to (UTC): 2025-06-10 14:00:00 UTC',
      'Newest restore point at or before it: 2025-06-06 14:39:57 UTC (3 d 23 h earlier)',
      'First restore point after it: 2025-06-11 14:31:21 UTC (24 h 31 min later)',
      'Restore point (local): 2025-06-06 10:39:57 America/New_York (UTC-04:00)',
      'Restore point (UTC): 2025-06-06 14:39:57 UTC',
    ]);
    expect(text).toContain('\nLink: https://rpe.example/vms/sql01?at=2025-06-10T14%3A00%3A00Z\n');
  });

  it('says when a point is exactly at the time, when none is before it, and when none is after', () => {
    const exact = ticketText({
      point: { ...point, time: at },
      pointInTime: { at, before: at, after: null },
      link: 'x',
      timeZone: 'UTC',
    });
    expect(exact).toContain(
      '\nNewest restore point at or before it: 2025-06-10 14:00:00 UTC (exactly that time)\n',
    );
    expect(exact).toContain('\nFirst restore point after it: none yet\n');
    const none = ticketText({
      point: { ...point, time: new Date('2025-06-10T16:30:00Z') },
      pointInTime: { at, before: null, after: new Date('2025-06-10T16:30:00Z') },
      link: 'x',
      timeZone: 'UTC',
    });
    expect(none).toContain(
      '\nNewest restore point at or before it: none: the oldest restore point is newer than that\n',
    );
    expect(none).toContain(
      '\nFirst restore point after it: 2025-06-10 16:30:00 UTC (2 h 30 min later)\n',
    );
  });
});
