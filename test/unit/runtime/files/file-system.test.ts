import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countEntries, expandFolderPatterns, isDirectory, readProjectSnapshot, readTextIfExists, removeAll } from '../../../../src/runtime/files/file-system.js';
import { tempDirectories } from '../../support/temp-dir.js';

const temp = tempDirectories('build-actions-fs-');
afterEach(() => temp.cleanup());

async function tree(files: Record<string, string>, folders: string[] = []): Promise<string> {
  const root = await temp.make();
  for (const folder of folders) await mkdir(path.join(root, folder), { recursive: true });
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  }
  return root;
}

describe('expandFolderPatterns', () => {
  it.each<[string, string[], string[]]>([
    ['a plain folder', ['node_modules'], ['node_modules']],
    ['a folder that does not exist', ['missing', 'node_modules/missing'], []],
    ['a file is not a folder', ['package.json'], []],
    ['one level of *', ['packages/*/node_modules'], ['packages/a/node_modules', 'packages/b/node_modules']],
    ['** taken as *', ['packages/**/node_modules'], ['packages/a/node_modules', 'packages/b/node_modules']],
    ['a * inside a name', ['packages/a*/node_modules', 'apps/web-*'], ['apps/web-admin', 'packages/a/node_modules']],
    ['hidden names are not matched by *', ['apps/*'], ['apps/web-admin']],
    ['./ and trailing slashes', ['./packages/a/node_modules/', 'node_modules//'], ['node_modules', 'packages/a/node_modules']],
    ['duplicates once, sorted', ['packages/*/node_modules', 'packages/b/node_modules', 'node_modules'], ['node_modules', 'packages/a/node_modules', 'packages/b/node_modules']],
    ['regex characters in names are literal', ['lib.v1+x/*'], ['lib.v1+x/inner']],
    ['a * under a missing folder', ['nope/*/node_modules'], []],
  ])('%s', async (_name, patterns, expected) => {
    const root = await tree(
      {
        'package.json': '{}',
        'packages/c/package.json': '{}',
        'apps/.hidden/x': '',
      },
      ['node_modules/x', 'packages/a/node_modules', 'packages/b/node_modules', 'apps/web-admin', 'libXv1+x/inner', 'lib.v1+x/inner'],
    );
    expect(await expandFolderPatterns(root, patterns)).toEqual(expected);
  });
});

describe('countEntries', () => {
  it('counts files, folders and links below a folder, leaving out one top-level name', async () => {
    const root = await tree({ 'nm/a/index.js': '', 'nm/a/lib/x.js': '', 'nm/b.js': '', 'nm/.marker.json': '{}' });
    await symlink('a/index.js', path.join(root, 'nm', 'link'));
    // a, a/index.js, a/lib, a/lib/x.js, b.js, link (+ .marker.json when not excluded)
    expect(await countEntries(path.join(root, 'nm'), '.marker.json')).toBe(6);
    expect(await countEntries(path.join(root, 'nm'))).toBe(7);
  });

  it('leaves out every name of a list (the marker and tools\' cache folders), with all they hold', async () => {
    const root = await tree({ 'nm/a.js': '', 'nm/.marker.json': '', 'nm/.cache/eslint/x': '', 'nm/.vite/vitest/results.json': '' });
    expect(await countEntries(path.join(root, 'nm'), ['.marker.json', '.cache', '.vite'])).toBe(1);
  });

  it('excludes only at the top level', async () => {
    const root = await tree({ 'nm/.marker.json': '', 'nm/deep/.marker.json': '' });
    expect(await countEntries(path.join(root, 'nm'), '.marker.json')).toBe(2);
  });

  it('a folder that does not exist holds nothing', async () => {
    expect(await countEntries(path.join(await temp.make(), 'missing'))).toBe(0);
  });
});

describe('readProjectSnapshot', () => {
  it('lists the top-level names and reads the text of the files decisions need', async () => {
    const root = await tree(
      {
        'package.json': '{"name":"app"}',
        'package-lock.json': '{"lockfileVersion":3}',
        '.nvmrc': '20\n',
        'requirements.txt': 'flask\n',
        'requirements-dev.txt': 'pytest\n',
        'dev-requirements.txt': 'mypy\n',
        'README.md': '# not read',
        'src/index.ts': '',
      },
      ['node_modules', 'pyproject.toml'],
    );
    const snapshot = await readProjectSnapshot(root);
    expect(snapshot.directory).toBe(root);
    expect([...snapshot.entries].sort()).toEqual(
      ['.nvmrc', 'README.md', 'dev-requirements.txt', 'node_modules', 'package-lock.json', 'package.json', 'pyproject.toml', 'requirements-dev.txt', 'requirements.txt', 'src'].sort(),
    );
    expect(Object.fromEntries([...snapshot.texts].sort())).toEqual({
      '.nvmrc': '20\n',
      'dev-requirements.txt': 'mypy\n',
      'package-lock.json': '{"lockfileVersion":3}',
      'package.json': '{"name":"app"}',
      'requirements-dev.txt': 'pytest\n',
      'requirements.txt': 'flask\n',
    });
  });
});

describe('small helpers', () => {
  it('isDirectory, readTextIfExists and removeAll', async () => {
    const root = await tree({ 'a/file.txt': 'text' }, ['b/c']);
    expect(await isDirectory(path.join(root, 'a'))).toBe(true);
    expect(await isDirectory(path.join(root, 'a/file.txt'))).toBe(false);
    expect(await isDirectory(path.join(root, 'missing'))).toBe(false);
    expect(await readTextIfExists(path.join(root, 'a/file.txt'))).toBe('text');
    expect(await readTextIfExists(path.join(root, 'missing.txt'))).toBeUndefined();
    expect(await readTextIfExists(path.join(root, 'a'))).toBeUndefined();
    await removeAll([path.join(root, 'a'), path.join(root, 'b'), path.join(root, 'never-there')]);
    expect(await isDirectory(path.join(root, 'a'))).toBe(false);
    expect(await isDirectory(path.join(root, 'b'))).toBe(false);
  });
});
