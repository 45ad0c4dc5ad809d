import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEntryPoint } from './entry-point';

/** A module file under a folder whose name has a space, as a checkout in "My Projects" would. */
function moduleFile() {
  const dir = mkdtempSync(join(tmpdir(), 'entry point '));
  const file = join(dir, 'server.ts');
  writeFileSync(file, '');
  // As Node fills it for a module at `file`.
  const meta = { filename: file, url: pathToFileURL(file).href } as ImportMeta;
  return { dir, file, meta };
}

describe('isEntryPoint', () => {
  it('knows the started script in a path with a space', () => {
    const { file, meta } = moduleFile();
    expect(isEntryPoint(meta, file)).toBe(true);
  });

  it('knows the started script through a symlink', () => {
    const { dir, file, meta } = moduleFile();
    const link = join(dir, 'link.ts');
    symlinkSync(file, link);
    expect(isEntryPoint(meta, link)).toBe(true);
  });

  it('is false for a module imported by another script, or no script at all', () => {
    const { dir, meta } = moduleFile();
    const other = join(dir, 'other.ts');
    writeFileSync(other, '');
    expect(isEntryPoint(meta, other)).toBe(false);
    expect(isEntryPoint(meta, join(dir, 'missing.ts'))).toBe(false);
    expect(isEntryPoint(meta, undefined)).toBe(false);
  });
});
