/**
 * What a browser loads for the sign-in screen, read from a production build's output: the
 * entry chunk (index.html's script) and the login route's chunk, every chunk they import
 * statically (all fetched before either runs), and the CSS those chunks bring. Lazy imports
 * (the other pages, the sign-in code the form loads on first use) are not followed. Sizes are
 * gzip at node:zlib's default level, in KB of 1000 bytes, like bench-sizes.ts measures what
 * the browser fetched.
 */
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';

type Output = Rolldown.RolldownOutput['output'];
type Chunk = Rolldown.OutputChunk;

export interface FirstScreen {
  /** The chunks' file names, the entry's first. */
  chunks: string[];
  css: string[];
  /** The packages whose code the chunks hold (`react-dom`, `@mantine/core`), sorted. */
  packages: string[];
  jsKb: number;
  cssKb: number;
}

const gzipKb = (content: string | Uint8Array) => gzipSync(content).length / 1000;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** `…/node_modules/@mantine/core/esm/x.mjs` → `@mantine/core`; null for the app's own modules. */
export function packageOf(moduleId: string): string | null {
  const parts = moduleId.replaceAll('\\', '/').split('/node_modules/');
  if (parts.length < 2) return null;
  const [first = '', second = ''] = (parts.at(-1) ?? '').split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** `route`: the page's module, relative to the project (`src/routes/login.tsx`). */
export function firstScreen(output: Output, route: string): FirstScreen {
  const chunks = new Map<string, Chunk>();
  for (const item of output) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const all = [...chunks.values()];
  const entry = all.find((chunk) => chunk.isEntry);
  const page = all.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(route));
  if (!entry || !page) throw new Error(`The build has no entry chunk or no chunk for ${route}.`);

  const loaded: Chunk[] = [];
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || loaded.includes(chunk)) return;
    loaded.push(chunk);
    chunk.imports.forEach((name) => {
      visit(chunks.get(name));
    });
  };
  visit(entry);
  visit(page);

  const css = [...new Set(loaded.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]))];
  const assets = new Map<string, string | Uint8Array>();
  for (const item of output) if (item.type === 'asset') assets.set(item.fileName, item.source);
  const packages = loaded.flatMap((chunk) =>
    Object.entries(chunk.modules).flatMap(([id, module]) => {
      const name = module.renderedLength > 0 ? packageOf(id) : null;
      return name ? [name] : [];
    }),
  );
  return {
    chunks: loaded.map((chunk) => chunk.fileName),
    css,
    packages: [...new Set(packages)].sort(),
    jsKb: sum(loaded.map((chunk) => gzipKb(chunk.code))),
    cssKb: sum(css.map((name) => gzipKb(assets.get(name) ?? ''))),
  };
}
