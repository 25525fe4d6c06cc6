import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gnuTarHint, gnuTarProgram } from '../../../../src/runtime/files/gnu-tar.js';
import { tempDirectories } from '../../support/temp-dir.js';

const temp = tempDirectories('build-actions-gnu-tar-');
afterEach(() => temp.cleanup());

describe('gnuTarProgram', () => {
  it('is gtar when one is on PATH (macOS: tar is bsdtar there), else tar; asked again when PATH changes', async () => {
    const withGtar = await temp.make();
    await writeFile(path.join(withGtar, 'gtar'), '#!/bin/sh\n');
    await chmod(path.join(withGtar, 'gtar'), 0o755);
    const without = await temp.make();

    expect(gnuTarProgram({ PATH: without })).toBe('tar');
    expect(gnuTarProgram({ PATH: `${without}${path.delimiter}${withGtar}` })).toBe('gtar');
    expect(gnuTarProgram({ PATH: without })).toBe('tar');
  });
});

describe('gnuTarHint', () => {
  it("names GNU tar when bsdtar refused one of GNU tar's options (as macOS's tar and Debian's bsdtar word it)", () => {
    expect(gnuTarHint('tar', 'tar: Option --index-file=/tmp/x.list is not supported\nUsage:\n  List:    tar -tf <archive-filename>')).toBe(
      ' (this tar is not GNU tar: it refused --index-file; the dependency cache needs GNU tar: install it as gtar, e.g. `brew install gnu-tar` on macOS)',
    );
    expect(gnuTarHint('tar', 'bsdtar: Error opening archive: Unrecognized archive format')).toMatch(/needs GNU tar/);
  });

  it("adds nothing to GNU tar's own failures, nor to gtar's", () => {
    expect(gnuTarHint('tar', 'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors')).toBe('');
    expect(gnuTarHint('gtar', 'tar: Option --x is not supported')).toBe('');
  });
});
