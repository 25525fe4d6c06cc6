// Loaded with NODE_OPTIONS=--require <this file> into the action bundle for the bench's diagnostic runs only
// (never into a timed run). Records, in milliseconds since the process started (performance.now()):
// when this preload ran (Node's own start-up), every line the action writes to stdout, and every child process
// it spawns with its duration; writes them as TSV to BENCH_TRACE_FILE when the process exits.
'use strict';
const { appendFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const childProcess = require('node:child_process');
const { syncBuiltinESMExports } = require('node:module');

const file = process.env.BENCH_TRACE_FILE;
if (file) {
  delete process.env.NODE_OPTIONS; // the action's own children (npm, tar, python) must not load this
  const records = [];
  const now = () => performance.now().toFixed(1);
  const clean = (text) => String(text).replace(/[\t\r\n]+/g, ' ').slice(0, 400);
  const record = (kind, text) => records.push(`${now()}\t${kind}\t${clean(text)}`);
  record('preload', 'node started, preload running');

  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    for (const line of String(chunk).split('\n')) if (line !== '') record('stdout', line);
    return write(chunk, ...rest);
  };

  const spawn = childProcess.spawn;
  childProcess.spawn = function tracedSpawn(command, args, ...rest) {
    const started = performance.now();
    const line = [command, ...(Array.isArray(args) ? args : [])].join(' ');
    record('spawn', line);
    const child = spawn.call(this, command, args, ...rest);
    child.once('exit', (code) => record('exit', `${(performance.now() - started).toFixed(1)}ms code=${code} ${line}`));
    return child;
  };
  syncBuiltinESMExports();

  process.once('exit', () => {
    // CPU time of this process, and of its children that have been waited for (/proc/self/stat: utime stime cutime cstime, in ticks).
    const usage = process.cpuUsage();
    let children = '';
    try {
      const fields = require('node:fs').readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
      children = `, children ${((Number(fields[13]) + Number(fields[14])) * 10).toFixed(0)} ms (user ${Number(fields[13]) * 10} sys ${Number(fields[14]) * 10})`;
    } catch {
      // not Linux
    }
    record('process', `exit; cpu ${((usage.user + usage.system) / 1000).toFixed(0)} ms (user ${(usage.user / 1000).toFixed(0)} sys ${(usage.system / 1000).toFixed(0)})${children}`);
    appendFileSync(file, `${records.join('\n')}\n`);
  });
}
