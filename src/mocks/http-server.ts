/**
 * The mock as a real HTTPS server with a self-signed certificate, so e2e tests
 * and `npm run dev` can exercise the Vite proxy exactly as against a real
 * Enterprise Manager / Microsoft 365 server. A ~30-line node:http adapter over
 * msw's getResponse: the same handlers, no second mock.
 *
 *   tsx src/mocks/http-server.ts [--port 9398] [--host 127.0.0.1] [--http] [--hostile-names]
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';
import { getResponse, type HttpHandler } from 'msw';
import { generate } from 'selfsigned';
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
) {
  try {
    const response = await getResponse(handlers, await toRequest(incoming, origin));
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

export async function startMockServer(options: {
  port: number;
  host: string;
  https: boolean;
  hostileNames?: boolean;
}) {
  const handlers = createHandlers({ hostileNames: options.hostileNames ?? false });
  const scheme = options.https ? 'https' : 'http';
  const origin = `${scheme}://${options.host}:${String(options.port)}`;
  const listener = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void respond(handlers, incoming, outgoing, origin);
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
  return { server, origin };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '9398' },
      host: { type: 'string', default: '127.0.0.1' },
      http: { type: 'boolean', default: false },
      'hostile-names': { type: 'boolean', default: false },
    },
  });
  const { origin } = await startMockServer({
    port: Number(values.port),
    host: values.host,
    https: !values.http,
    hostileNames: values['hostile-names'],
  });
  process.stdout.write(`Mock Enterprise Manager and Microsoft 365 API listening on ${origin}\n`);
}
