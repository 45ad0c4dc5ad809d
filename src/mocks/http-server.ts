/**
 * The mock as a real HTTPS server with a self-signed certificate, so e2e tests
 * and `npm run dev` can exercise the Vite proxy exactly as against a real
 * Enterprise Manager / Microsoft 365 server. A ~30-line node:http adapter over
 * msw's getResponse: the same handlers, no second mock.
 *
 *   tsx src/mocks/http-server.ts [--port 9398] [--host 127.0.0.1] [--http]
 *     [--scale small|large] [--latency <ms>]
 *
 * `--scale large` serves the Enterprise Manager estate of a big site (see EmScale);
 * `--latency` delays every response by that many milliseconds, as a distant server would,
 * without holding up other requests.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { getResponse, type HttpHandler } from 'msw';
import { generate } from 'selfsigned';
import { createDb } from './db';
import { EM_SCALES, type EmScale } from './fixtures/em-types';
import { createHandlers } from './handlers';

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
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
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
    outgoing.end(error instanceof Error ? error.message : 'Mock server error');
  }
}

export interface MockServerStartOptions {
  port: number;
  host: string;
  https: boolean;
  /** Default `small`, the demo's estate. */
  scale?: EmScale;
  /** Added to every response; default 0. */
  latencyMs?: number;
}

export async function startMockServer(options: MockServerStartOptions) {
  const db = createDb({ scale: options.scale ?? 'small' });
  const handlers = createHandlers({ db });
  const scheme = options.https ? 'https' : 'http';
  const origin = `${scheme}://${options.host}:${String(options.port)}`;
  const listener = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void respond(handlers, incoming, outgoing, origin, options.latencyMs ?? 0);
  };
  const server = options.https
    ? await (async () => {
        const pems = await generate([{ name: 'commonName', value: options.host }], {
          keySize: 2048,
        });
        return createHttpsServer({ key: pems.private, cert: pems.cert }, listener);
      })()
    : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  return { server, origin, db };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9398' },
      host: { type: 'string', default: '127.0.0.1' },
      http: { type: 'boolean', default: false },
      scale: { type: 'string', default: 'small' },
      latency: { type: 'string', default: '0' },
    },
  });
  const scale = EM_SCALES.find((name) => name === values.scale);
  const latencyMs = Number(values.latency);
  if (!scale || !Number.isInteger(latencyMs) || latencyMs < 0) {
    process.stderr.write(`--scale takes ${EM_SCALES.join(' or ')}; --latency whole milliseconds\n`);
    process.exit(2);
  }
  const { origin, db } = await startMockServer({
    port: Number(values.port),
    host: values.host,
    https: !values.http,
    scale,
    latencyMs,
  });
  const { backups, restorePoints, vmRestorePoints } = db.em;
  const size = `${String(backups.count)} backups, ${String(restorePoints.count)} restore points, ${String(vmRestorePoints.count)} VM restore points`;
  process.stdout.write(
    `Mock Enterprise Manager and Microsoft 365 API listening on ${origin}\n` +
      `  scale ${scale} (${size}), latency ${String(latencyMs)} ms\n`,
  );
}
