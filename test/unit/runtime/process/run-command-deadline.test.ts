import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { runCommand } from '../../../../src/runtime/process/run-command.js';

// Real process trees, stopped at their deadline; what is left is read from the process table.

/** Processes whose command line carries `marker`. */
function alive(marker: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

/** A node program that starts a grandchild, prints, then sleeps forever (as does the grandchild). */
function sleeper(marker: string, ignoreTerm: boolean): string[] {
  const grandchild = `setInterval(() => {}, 1000); // ${marker}`;
  const program = [
    `const { spawn } = require('node:child_process');`,
    ignoreTerm ? `process.on('SIGTERM', () => console.log('ignoring TERM'));` : '',
    `spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' });`,
    `console.log('started the worker'); console.log('waiting for ever');`,
    `setInterval(() => {}, 1000);`,
  ].join('\n');
  return ['-e', `${program}\n// ${marker}`];
}

describe('runCommand with a deadline', () => {
  it('stops the whole tree with TERM at the deadline and reports a timeout with the last lines', async () => {
    const marker = `deadline-${randomUUID()}`;
    const result = await runCommand(process.execPath, sleeper(marker, false), { silent: true, timeoutMs: 1500, graceMs: 3000 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toContain('waiting for ever');
    expect(alive(marker)).toEqual([]);
  });

  it('KILLs what ignores TERM after the grace period', async () => {
    const marker = `deadline-${randomUUID()}`;
    const result = await runCommand(process.execPath, sleeper(marker, true), { silent: true, timeoutMs: 1500, graceMs: 1000 });
    expect(result.timedOut).toBe(true);
    expect(result.stdout).toContain('ignoring TERM');
    expect(result.exitCode).toBe(128 + 9);
    expect(alive(marker)).toEqual([]);
  });

  it('leaves a program that finishes in time as it was, and stops what it left running', async () => {
    const marker = `deadline-${randomUUID()}`;
    const grandchild = `setInterval(() => {}, 1000); // ${marker}`;
    const program = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' }); console.log('done'); process.exit(4);`;
    const result = await runCommand(process.execPath, ['-e', program], { silent: true, timeoutMs: 60_000 });
    expect(result).toEqual({ exitCode: 4, stdout: 'done\n', stderr: '' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alive(marker)).toEqual([]);
  });

  it('passes arguments as they are: no shell', async () => {
    const result = await runCommand(process.execPath, ['-e', 'console.log(process.argv[1])', '$(touch /tmp/x); `id` | cat'], { silent: true, timeoutMs: 10_000 });
    expect(result.stdout).toBe('$(touch /tmp/x); `id` | cat\n');
  });

  it('reports a program that is not on PATH as notFound', async () => {
    const result = await runCommand('build-actions-no-such-program', [], { silent: true, timeoutMs: 10_000 });
    expect(result.notFound).toBe(true);
    expect(result.timedOut).toBeUndefined();
  });
});
