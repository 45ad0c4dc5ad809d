/**
 * Property tests: random and mutated bodies thrown at every response schema,
 * through the client's own parsing (`interpret`). Whatever arrives, the result
 * is data or a typed ApiError, never another exception. Mutations start from a
 * real answer of the shared mock, so they reach deep into each schema.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { HOSTILE_HREFS, HOSTILE_NAMES } from '@/mocks/fixtures/hostile';
import { emSamples, m365Samples } from '@/test/sample-bodies';
import { interpret } from './client';
import { LogonSessionSchema } from './em/auth';
import { BackupFileSchema } from './em/backup-files';
import { BackupServerSchema } from './em/backup-servers';
import { BackupSchema } from './em/backups';
import { queryEntitiesSchema, queryReferencesSchema } from './em/query';
import { RestorePointSchema } from './em/restore-points';
import { ReferenceListSchema } from './em/schema';
import { VmRestorePointSchema, vmRestorePointPage } from './em/vm-restore-points';
import { ApiError, type ApiSource } from './errors';
import { TokenSchema } from './m365/auth';
import { BackupRepositorySchema } from './m365/backup-repositories';
import { JobSchema } from './m365/jobs';
import { OrganizationSchema } from './m365/organizations';
import { RestorePointSchema as M365RestorePointSchema } from './m365/restore-points';
import { pageSchema } from './m365/schema';

interface Target {
  name: string;
  source: ApiSource;
  schema: z.ZodType;
  sample: unknown;
}

let targets: Target[] = [];

beforeAll(async () => {
  const em = await emSamples();
  const m365 = await m365Samples();
  const e = (name: string, schema: z.ZodType, sample: unknown): Target => ({
    name,
    source: 'em',
    schema,
    sample,
  });
  const m = (name: string, schema: z.ZodType, sample: unknown): Target => ({
    name,
    source: 'm365',
    schema,
    sample,
  });
  targets = [
    e('LogonSession', LogonSessionSchema, em.logon),
    e('Backup', BackupSchema, em.backup),
    e('Backup page', queryEntitiesSchema('Backups', BackupSchema), em.backups),
    e('RestorePoint', RestorePointSchema, em.restorePoint),
    e(
      'RestorePoint page',
      queryEntitiesSchema('RestorePoints', RestorePointSchema),
      em.restorePoints,
    ),
    e('VmRestorePoint', VmRestorePointSchema, em.vmRestorePoint),
    e('VmRestorePoint page', vmRestorePointPage, em.vmRestorePoints),
    e('BackupFile', BackupFileSchema, em.backupFile),
    e('BackupFile page', queryEntitiesSchema('BackupFiles', BackupFileSchema), em.backupFiles),
    e('BackupServer', BackupServerSchema, em.backupServer),
    e('reference list', ReferenceListSchema, em.references),
    e('query references', queryReferencesSchema, em.queryReferences),
    m('token', TokenSchema, m365.token),
    m('organization page', pageSchema(OrganizationSchema), m365.organizations),
    m('organizations (v6 array)', pageSchema(OrganizationSchema), m365.organizationsV6),
    m('organization', OrganizationSchema, m365.organization),
    m('job page', pageSchema(JobSchema), m365.jobs),
    m('repository page', pageSchema(BackupRepositorySchema), m365.repositories),
    m('repository', BackupRepositorySchema, m365.repository),
    m('restore point page', pageSchema(M365RestorePointSchema), m365.restorePoints),
    m('restore point', M365RestorePointSchema, m365.restorePoint),
  ];
}, 30_000);

/** The answer as the client would see it; the kind of ApiError, or 'ok'. Anything else throws. */
function outcome(target: Target, text: string): string {
  try {
    interpret(
      { source: target.source, path: '/api/x', schema: target.schema, auth: null },
      {
        status: 200,
        headers: new Headers({ 'Content-Type': 'application/json' }),
        text,
        sent: {},
      },
    );
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError) return error.kind;
    throw error;
  }
}

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_NAMES, ...HOSTILE_HREFS),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', 'NaN', '1e309', '0001-01-01T00:00:00', '9999-99-99T99:99:99Z'),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, 0, -1, Number.MAX_VALUE, [], {}),
  fc.double(),
);

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, at: Path = [], found: Path[] = []): Path[] {
  found.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...at, index], found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], found);
  }
  return found;
}

/** A copy of `value` with the node at `path` replaced, removed or wrapped. */
function mutate(value: Json, path: Path, op: 'replace' | 'delete' | 'wrap', next: unknown): Json {
  if (path.length === 0) return op === 'wrap' ? [value] : op === 'delete' ? undefined : next;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    if (rest.length === 0 && op === 'delete') copy.splice(Number(head), 1);
    else copy[Number(head)] = mutate(copy[Number(head)], rest, op, next);
    return copy;
  }
  const key = String(head);
  const entries = Object.entries(value as Record<string, unknown>);
  if (rest.length === 0 && op === 'delete') {
    return Object.fromEntries(entries.filter(([name]) => name !== key));
  }
  return {
    ...Object.fromEntries(entries),
    [key]: mutate((value as Record<string, unknown>)[key], rest, op, next),
  };
}

type Op = 'replace' | 'delete' | 'wrap';
interface Step {
  /** Which node: a link's Href, any text, or any node at all. */
  target: 'href' | 'text' | 'any';
  at: number;
  op: Op;
  value: unknown;
}

const step = (target: Step['target'], value: fc.Arbitrary<unknown>, op: fc.Arbitrary<Op>) =>
  fc.record({ target: fc.constant(target), at: fc.nat(), op, value });
const mutations: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    step('href', fc.constantFrom(...HOSTILE_HREFS), fc.constant<Op>('replace')),
    step('text', hostileString, fc.constant<Op>('replace')),
    step('any', hostileValue, fc.constantFrom<Op>('replace', 'delete', 'wrap')),
  ),
  { minLength: 1, maxLength: 4 },
);

function pick(body: Json, target: Step['target']): Path[] {
  const all = pathsOf(body);
  if (target === 'any') return all;
  const leaves = all.filter((path) => typeof valueAt(body, path) === 'string');
  const hrefs = leaves.filter((path) => /href/i.test(String(path.at(-1))));
  return target === 'href' && hrefs.length ? hrefs : leaves.length ? leaves : all;
}

function valueAt(body: Json, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    body,
  );
}

function applyAll(sample: Json, steps: Step[]): Json {
  let body = sample;
  for (const { target, at, op, value } of steps) {
    const paths = pick(body, target);
    body = mutate(body, paths[at % paths.length] ?? [], op, value);
  }
  return body;
}

/** 21 schemas × (240 mutated + 240 random) ≈ 10,000 bodies. */
const RUNS = 240;
const KINDS = new Set(['ok', 'not-json', 'invalid-response']);

describe('every response schema, fuzzed', () => {
  it('mutated real answers give data or a typed error', () => {
    for (const target of targets) {
      fc.assert(
        fc.property(mutations, fc.boolean(), (steps, bom) => {
          const body = applyAll(target.sample, steps);
          const text = body === undefined ? '' : JSON.stringify(body);
          expect(KINDS, target.name).toContain(outcome(target, bom ? `\uFEFF${text}` : text));
        }),
        { numRuns: RUNS },
      );
    }
    expect(targets).toHaveLength(21);
  });

  it('random bodies and random text give data or a typed error', () => {
    const body = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
      hostileString,
    );
    for (const target of targets) {
      fc.assert(
        fc.property(body, (text) => {
          expect(KINDS, target.name).toContain(outcome(target, text));
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('a mutation that hits a list item drops that item, not the list', () => {
    const target = targets.find((candidate) => candidate.name === 'VmRestorePoint page');
    const sample = target?.sample as { Entities: { VmRestorePoints: { VmRestorePoints: [] } } };
    const broken = mutate(
      sample,
      ['Entities', 'VmRestorePoints', 'VmRestorePoints', 1, 'Href'],
      'replace',
      5,
    );
    const parsed = vmRestorePointPage.parse(broken);
    expect(parsed.items).toHaveLength(sample.Entities.VmRestorePoints.VmRestorePoints.length - 1);
    expect(parsed.skipped?.count).toBe(1);
  });
});
