import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstScreen, packageOf, type FirstScreen } from './first-screen-size';

/** A chunk of a build's output, with only what firstScreen reads. */
function chunk(
  fileName: string,
  parts: {
    code: string;
    imports?: string[];
    dynamicImports?: string[];
    isEntry?: boolean;
    facadeModuleId?: string;
    modules?: Record<string, number>;
    css?: string[];
  },
): Rolldown.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    code: parts.code,
    imports: parts.imports ?? [],
    dynamicImports: parts.dynamicImports ?? [],
    isEntry: parts.isEntry ?? false,
    facadeModuleId: parts.facadeModuleId ?? null,
    modules: Object.fromEntries(
      Object.entries(parts.modules ?? {}).map(([id, renderedLength]) => [id, { renderedLength }]),
    ),
    viteMetadata: { importedCss: new Set(parts.css ?? []), importedAssets: new Set() },
  } as unknown as Rolldown.OutputChunk;
}

const asset = (fileName: string, source: string) =>
  ({ type: 'asset', fileName, source }) as unknown as Rolldown.OutputAsset;

describe('what the sign-in screen loads', () => {
  it('follows static imports from the entry and the page, not lazy ones or other pages', () => {
    const code = {
      entry: 'import "./react.js"; render();'.repeat(3),
      react: 'export const createElement = () => null;'.repeat(40),
      login: 'import "./shared.js"; export const Component = () => import("./auth.js");',
      shared: 'import "./react.js"; export const TextInput = 1;'.repeat(5),
    };
    const screen = firstScreen(
      [
        chunk('assets/index.js', {
          code: code.entry,
          isEntry: true,
          facadeModuleId: '/app/index.html',
          imports: ['assets/react.js'],
          modules: { '/app/src/main.tsx': 30 },
          css: ['assets/index.css'],
        }),
        chunk('assets/react.js', {
          code: code.react,
          modules: {
            '/app/node_modules/react/index.js': 40,
            '/app/node_modules/tree-shaken/index.js': 0,
          },
        }),
        chunk('assets/login.js', {
          code: code.login,
          facadeModuleId: '/app/src/routes/login.tsx',
          imports: ['assets/shared.js'],
          dynamicImports: ['assets/auth.js'],
        }),
        chunk('assets/shared.js', {
          code: code.shared,
          imports: ['assets/react.js'],
          modules: { '/app/node_modules/@mantine/core/esm/TextInput.mjs': 20 },
        }),
        chunk('assets/auth.js', {
          code: 'export const signIn = 1;',
          facadeModuleId: '/app/src/api/em/auth.ts',
          modules: { '/app/node_modules/zod/index.js': 500 },
          css: ['assets/auth.css'],
        }),
        chunk('assets/backups.js', {
          code: 'export const Component = 1;',
          isEntry: false,
          facadeModuleId: '/app/src/routes/em/backups.tsx',
          imports: ['assets/auth.js'],
        }),
        asset('assets/index.css', 'body { margin: 0 }'.repeat(10)),
        asset('assets/auth.css', 'x { color: red }'),
      ],
      'src/routes/login.tsx',
    );
    const gzipKb = (text: string) => gzipSync(text).length / 1000;
    expect(screen).toEqual<FirstScreen>({
      chunks: ['assets/index.js', 'assets/react.js', 'assets/login.js', 'assets/shared.js'],
      css: ['assets/index.css'],
      packages: ['@mantine/core', 'react'],
      jsKb: gzipKb(code.entry) + gzipKb(code.react) + gzipKb(code.login) + gzipKb(code.shared),
      cssKb: gzipKb('body { margin: 0 }'.repeat(10)),
    });
  });

  it('names the package of a module', () => {
    expect(packageOf('/app/node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(packageOf('/app/node_modules/@mantine/core/esm/index.mjs')).toBe('@mantine/core');
    expect(packageOf('/app/node_modules/a/node_modules/@floating-ui/dom/x.mjs')).toBe(
      '@floating-ui/dom',
    );
    expect(packageOf('C:\\app\\node_modules\\zod\\v4\\index.js')).toBe('zod');
    expect(packageOf('/app/src/routes/login.tsx')).toBeNull();
    expect(packageOf('\0vite/preload-helper.js')).toBeNull();
  });
});

describe('the production build', () => {
  let screen: FirstScreen;

  // A production build in memory (no files written): a few seconds, more on a busy machine.
  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, which Vite would keep, building React's development code.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const result = await build({
        root: fileURLToPath(new URL('..', import.meta.url)),
        mode: 'production',
        logLevel: 'silent',
        build: { write: false, sourcemap: false, reportCompressedSize: false },
      });
      if (!('output' in result)) throw new Error('Expected one build output.');
      screen = firstScreen(result.output, 'src/routes/login.tsx');
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }, 120_000);

  it('loads at most 150 KB of JS and 25 KB of CSS (gzip) for the sign-in screen', () => {
    // It really is the sign-in screen's code: React and Mantine are in it.
    expect(screen.packages).toEqual(expect.arrayContaining(['react-dom', '@mantine/core']));
    const what = `${String(screen.chunks.length)} chunks holding ${screen.packages.join(', ')}`;
    expect(screen.jsKb, `JS, KB gzip, of ${what}`).toBeLessThanOrEqual(150);
    expect(screen.cssKb, `CSS, KB gzip, of ${screen.css.join(', ')}`).toBeLessThanOrEqual(25);
  });

  it('leaves out what only signing in or the data pages need', () => {
    const later = [
      'zod', // response schemas: with the sign-in code and the pages
      '@tanstack/query-core', // the query client: with the first data page
      '@mantine/notifications', // with the first notification
      'react-transition-group',
      '@floating-ui/dom', // popovers: no Select or Tooltip on the sign-in screen
      'msw', // the mock: demo builds only
    ];
    expect(screen.packages.filter((name) => later.includes(name))).toEqual([]);
  });
});
