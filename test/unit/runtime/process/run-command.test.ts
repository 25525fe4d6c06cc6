import { runCommand } from '../../../../src/runtime/process/run-command.js';
import { tempDirectories } from '../../support/temp-dir.js';

const temp = tempDirectories('build-actions-run-');
afterAll(() => temp.cleanup());

describe('runCommand (real child processes)', () => {
  it('runs a program with an argument array and returns its exit code and output', async () => {
    const result = await runCommand(
      process.execPath,
      ['-e', 'process.stdout.write(process.argv[1]); process.stderr.write("to stderr"); process.exit(3)', 'a b; $(echo not a shell)'],
      { silent: true },
    );
    expect(result).toEqual({ exitCode: 3, stdout: 'a b; $(echo not a shell)', stderr: 'to stderr' });
  });

  it('runs in the given folder with variables added to the environment', async () => {
    const cwd = await temp.make();
    const result = await runCommand(process.execPath, ['-e', 'console.log(process.cwd(), process.env.EXTRA, typeof process.env.PATH)'], {
      cwd,
      env: { EXTRA: 'added' },
      silent: true,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe(`${cwd} added string`);
  });

  it('reports a program that is not on PATH as notFound', async () => {
    const result = await runCommand('build-actions-no-such-program', ['--version'], { silent: true });
    expect(result.notFound).toBe(true);
    expect(result.exitCode).toBe(127);
  });
});
