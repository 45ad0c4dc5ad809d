/**
 * The mock as a real HTTPS server with a self-signed certificate, so e2e tests
 * and `npm run dev` can exercise the Vite proxy or nginx exactly as against a real
 * Enterprise Manager / Microsoft 365 server. A ~30-line node:http adapter over
 * msw's getResponse: the same handlers, no second mock.
 *
 *   tsx src/mocks/http-server.ts [--port 9398] [--host 127.0.0.1] [--http] [--tls-dir DIR]
 *     [--scale small|large] [--latency <ms>] [--now ISO] [--hostile-names]
 *
 * With --tls-dir the certificate and key are kept in DIR/cert.pem and DIR/key.pem (made
 * on first use, loaded after): cert.pem is self-signed, like Enterprise Manager's own, so
 * a proxy that verifies TLS trusts the mock by using that file as its CA bundle. It names
 * localhost and 127.0.0.1 as well as --host.
 *
 * `--scale large` serves the Enterprise Manager estate of a big site (see EmScale);
 * `--latency` delays every response by that many milliseconds, as a distant server would,
 * without holding up other requests.
 *
 * `--now` lays the data out backwards from that instant instead of the start
 * time, so a test run (or a reused server) sees the same data at any hour.
 *
 * `--hostile-names` makes every name a hostile string (src/mocks/fixtures/hostile.ts).
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { getResponse, type HttpHandler } from 'msw';
import { generate } from 'selfsigned';
import { createDb } from './db';
import { EM_SCALES, type EmScale } from './fixtures/em-types';
import { createHandlers } from './handlers';
import { SESSION_HEADER } from './handlers/em/context';
import { isEntryPoint } from './entry-point';

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // EM lets its session cookie win over the header: a stale cookie means 401, as there.
  const cookie = new RegExp(`(?:^|;\\s*)${SESSION_HEADER}=([^;]+)`).exec(
    headers.get('Cookie') ?? '',
  );
  if (cookie?.[1]) headers.set(SESSION_HEADER, cookie[1]);
  const method = incoming.method ?? 'GET';
  const body =
    chunks.length && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : null;
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body });
}

async function respond(
  handlers: HttpHandler[],
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
  latencyMs: number,
) {
  try {
    const response = await getResponse(handlers, await toRequest(incoming, origin));
    if (latencyMs > 0) await sleep(latencyMs);
    if (!response || response.type === 'error') {
      outgoing.writeHead(response ? 502 : 404, { 'Content-Type': 'text/plain' });
      outgoing.end(
        response
          ? 'Mock network error'
          : `No mock handler for ${incoming.method ?? ''} ${incoming.url ?? ''}`,
      );
      return;
    }
    const headers: Record<string, string> = Object.fromEntries(response.headers);
    // EM also hands out the session as a cookie, which wins over the header. The handlers
    // leave it to this host: in the browser, msw would keep mocked cookies in localStorage.
    const token = response.headers.get(SESSION_HEADER);
    if (token) headers['Set-Cookie'] = `${SESSION_HEADER}=${token}; Path=/api`;
    outgoing.writeHead(response.status, headers);
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
    outgoing.end(error instanceof Error ? error.message : 'Mock server error');
  }
}

export interface MockServerOptions {
  port: number;
  host: string;
  https: boolean;
  /** Keep the certificate and key in this directory (see the top of the file). */
  tlsDir?: string;
  /** Default `small`, the demo's estate. */
  scale?: EmScale;
  /** Added to every response; default 0. */
  latencyMs?: number;
  /** Lay the data out from this instant instead of the start time. */
  now?: Date;
  /** Every name a hostile string: markup, script URLs, RTL marks… */
  hostileNames?: boolean;
}

export async function startMockServer(options: MockServerOptions) {
  const db = createDb({
    scale: options.scale ?? 'small',
    ...(options.now ? { now: options.now } : {}),
  });
  const handlers = createHandlers({ db, hostileNames: options.hostileNames ?? false });
  const scheme = options.https ? 'https' : 'http';
  const origin = `${scheme}://${options.host}:${String(options.port)}`;
  const listener = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void respond(handlers, incoming, outgoing, origin, options.latencyMs ?? 0);
  };
  const server = options.https
    ? createHttpsServer(await certificate(options.host, options.tlsDir), listener)
    : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  return { server, origin, db };
}

async function certificate(host: string, dir: string | undefined) {
  const files = dir ? { cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') } : null;
  if (files && existsSync(files.cert) && existsSync(files.key)) {
    return { cert: readFileSync(files.cert, 'utf8'), key: readFileSync(files.key, 'utf8') };
  }
  const names = new Set(['localhost', '127.0.0.1', host]);
  const pems = await generate([{ name: 'commonName', value: host }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names].map((name) =>
          isIP(name) ? { type: 7, ip: name } : { type: 2, value: name },
        ),
      },
    ],
  });
  if (dir && files) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(files.cert, pems.cert);
    writeFileSync(files.key, pems.private, { mode: 0o600 });
  }
  return { cert: pems.cert, key: pems.private };
}

if (isEntryPoint(import.meta)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9398' },
      host: { type: 'string', default: '127.0.0.1' },
      http: { type: 'boolean', default: false },
      'tls-dir': { type: 'string' },
      scale: { type: 'string', default: 'small' },
      latency: { type: 'string', default: '0' },
      now: { type: 'string' },
      'hostile-names': { type: 'boolean', default: false },
    },
  });
  const scale = EM_SCALES.find((name) => name === values.scale);
  const latencyMs = Number(values.latency);
  if (!scale || !Number.isInteger(latencyMs) || latencyMs < 0) {
    process.stderr.write(`--scale takes ${EM_SCALES.join(' or ')}; --latency whole milliseconds\n`);
    process.exit(2);
  }
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) {
    process.stderr.write(`--now must be an ISO 8601 date and time, not "${values.now ?? ''}"\n`);
    process.exit(2);
  }
  const { origin, db } = await startMockServer({
    port: Number(values.port),
    host: values.host,
    https: !values.http,
    ...(values['tls-dir'] ? { tlsDir: values['tls-dir'] } : {}),
    scale,
    latencyMs,
    ...(now ? { now } : {}),
    hostileNames: values['hostile-names'],
  });
  const { backups, restorePoints, vmRestorePoints } = db.em;
  const size = `${String(backups.count)} backups, ${String(restorePoints.count)} restore points, ${String(vmRestorePoints.count)} VM restore points`;
  process.stdout.write(
    `Mock Enterprise Manager and Microsoft 365 API listening on ${origin}\n` +
      `  scale ${scale} (${size}), latency ${String(latencyMs)} ms\n`,
  );
}
