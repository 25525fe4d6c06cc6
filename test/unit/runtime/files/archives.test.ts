import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listArchive, sha256File } from '../../../../src/runtime/files/archives.js';
import { tempDirectories } from '../../support/temp-dir.js';

// Archives made by the real tools (tar, npm pack, Python's zipfile), read back by our readers.
const temp = tempDirectories();
afterAll(() => temp.cleanup());

it('lists a tar.gz made by GNU tar, long names (over 100 characters) and folders included, and reads wanted texts', async () => {
  const root = await temp.make();
  const long = `pkg/${'deep/'.repeat(25)}file.txt`;
  await mkdir(path.join(root, path.dirname(long)), { recursive: true });
  await writeFile(path.join(root, long), 'deep');
  await writeFile(path.join(root, 'pkg/PKG-INFO'), 'Name: demo\nVersion: 1.0\n');
  const archive = path.join(root, 'demo.tar.gz');
  for (const format of ['gnu', 'posix', 'ustar']) {
    execFileSync('tar', [`--format=${format}`, '-czf', archive, '-C', root, 'pkg']);
    const listing = await listArchive(archive, (member) => member.endsWith('PKG-INFO'));
    expect([format, listing.members]).toEqual([format, expect.arrayContaining(['pkg/', long, 'pkg/PKG-INFO'])]);
    expect(listing.fileCount).toBe(2);
    expect(listing.texts).toEqual(new Map([['pkg/PKG-INFO', 'Name: demo\nVersion: 1.0\n']]));
  }
});

it('lists a tarball made by npm pack', async () => {
  const root = await temp.make();
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'packed', version: '2.0.0', files: ['index.js'] }));
  await writeFile(path.join(root, 'index.js'), 'module.exports = 1;\n');
  execFileSync('npm', ['pack', '--pack-destination', root], { cwd: root, stdio: 'ignore' });
  const listing = await listArchive(path.join(root, 'packed-2.0.0.tgz'), (member) => member === 'package/package.json');
  expect(listing.members.sort()).toEqual(['package/index.js', 'package/package.json']);
  expect(JSON.parse(listing.texts.get('package/package.json')!)).toMatchObject({ name: 'packed', version: '2.0.0' });
});

it('lists a zip (a wheel) with stored and deflated members', async () => {
  const root = await temp.make();
  const wheel = path.join(root, 'demo-1.0-py3-none-any.whl');
  execFileSync('/usr/bin/python3', ['-c', `
import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('demo/__init__.py', 'x = 1\\n', compress_type=zipfile.ZIP_STORED)
    z.writestr('demo-1.0.dist-info/METADATA', 'Metadata-Version: 2.1\\nName: demo\\nVersion: 1.0\\n' + 'x' * 5000, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('demo/sub/', '')
`, wheel]);
  const listing = await listArchive(wheel, (member) => member.endsWith('METADATA') || member.endsWith('__init__.py'));
  expect(listing.members).toEqual(['demo/__init__.py', 'demo-1.0.dist-info/METADATA', 'demo/sub/']);
  expect(listing.fileCount).toBe(2);
  expect(listing.texts.get('demo/__init__.py')).toBe('x = 1\n');
  expect(listing.texts.get('demo-1.0.dist-info/METADATA')).toMatch(/^Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nx{5000}$/);
});

it('refuses what is not an archive with a message, and hashes files', async () => {
  const root = await temp.make();
  await writeFile(path.join(root, 'bad.whl'), 'not a zip');
  await writeFile(path.join(root, 'bad.tgz'), 'not gzip');
  await expect(listArchive(path.join(root, 'bad.whl'))).rejects.toThrow('not a zip archive');
  await expect(listArchive(path.join(root, 'bad.tgz'))).rejects.toThrow();
  await writeFile(path.join(root, 'a.txt'), 'abc');
  expect(await sha256File(path.join(root, 'a.txt'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

it('clamps a tar.gz to SOURCE_DATE_EPOCH: two archives of the same files made at different times become the same bytes, and tar reads them', async () => {
  const { readFile: read } = await import('node:fs/promises');
  const { clampTarGzTimes } = await import('../../../../src/runtime/files/archives.js');
  const root = await temp.make();
  await mkdir(path.join(root, 'pkg'));
  await writeFile(path.join(root, 'pkg/a.txt'), 'same');
  execFileSync('tar', ['-czf', path.join(root, 'one.tar.gz'), '-C', root, 'pkg']);
  execFileSync('touch', ['-d', '2030-01-01', path.join(root, 'pkg/a.txt'), path.join(root, 'pkg')]);
  execFileSync('tar', ['-czf', path.join(root, 'two.tar.gz'), '-C', root, 'pkg']);
  const one = await read(path.join(root, 'one.tar.gz'));
  const two = await read(path.join(root, 'two.tar.gz'));
  expect(one.equals(two)).toBe(false);
  const epoch = 1_700_000_000;
  const clamped = clampTarGzTimes(one, epoch);
  expect(clamped.equals(clampTarGzTimes(two, epoch))).toBe(true);
  await writeFile(path.join(root, 'clamped.tar.gz'), clamped);
  const listed = execFileSync('tar', ['--full-time', '-tvzf', path.join(root, 'clamped.tar.gz')], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  expect(listed).toMatch(/2023-11-14 22:13:20 pkg\/a\.txt/);
  expect(execFileSync('tar', ['-xOzf', path.join(root, 'clamped.tar.gz'), 'pkg/a.txt'], { encoding: 'utf8' })).toBe('same');
});

it("clamps the fractional mtime Python's tarfile writes in pax headers (setuptools' sdists)", async () => {
  const { readFile: read } = await import('node:fs/promises');
  const { clampTarGzTimes } = await import('../../../../src/runtime/files/archives.js');
  const root = await temp.make();
  const make = (name: string, mtime: number) => execFileSync('/usr/bin/python3', ['-c', `
import tarfile, io, sys
with tarfile.open(sys.argv[1], 'w:gz', format=tarfile.PAX_FORMAT) as t:
    data = b'same'
    info = tarfile.TarInfo('pkg-1.0/a.txt'); info.size = len(data); info.mtime = float(sys.argv[2])
    t.addfile(info, io.BytesIO(data))
`, path.join(root, name), String(mtime)]);
  make('one.tar.gz', 1_800_000_000.25);
  make('two.tar.gz', 1_800_000_777.75);
  const epoch = 1_767_225_600;
  const one = clampTarGzTimes(await read(path.join(root, 'one.tar.gz')), epoch);
  expect(one.equals(clampTarGzTimes(await read(path.join(root, 'two.tar.gz')), epoch))).toBe(true);
  await writeFile(path.join(root, 'clamped.tar.gz'), one);
  expect(execFileSync('/usr/bin/python3', ['-c', 'import tarfile,sys; t=tarfile.open(sys.argv[1]); m=t.getmember("pkg-1.0/a.txt"); print(m.mtime, t.extractfile(m).read().decode())', path.join(root, 'clamped.tar.gz')], { encoding: 'utf8' }).trim()).toBe(`${epoch}.0 same`);
});
