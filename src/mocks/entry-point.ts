import { realpathSync } from 'node:fs';

/**
 * Whether the module of `meta` is the script Node was started with (`tsx src/mocks/http-server.ts`),
 * not an import of it. Node only: the mock's HTTPS server and the e2e scripts. Compares real paths,
 * not URLs: `import.meta.url` percent-encodes a space in the checkout's path and resolves symlinks,
 * so `file://${argv[1]}` missed both and the script silently did nothing.
 */
export function isEntryPoint(meta: ImportMeta, script = process.argv[1]): boolean {
  if (!script) return false;
  try {
    return realpathSync(script) === meta.filename;
  } catch {
    return false; // argv[1] is not a file (`node -e`, a REPL)
  }
}
