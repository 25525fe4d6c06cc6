// Loaded with NODE_OPTIONS=--require <this file> into the action bundle for the bench's diagnostic runs only
// (never into a timed run). Records, in milliseconds since the process started (performance.now()):
// when this preload ran (Node's own start-up), every line the action writes to stdout, every child process
// it spawns with its duration, and each HTTP call's request, answer, first and last bytes; writes them as TSV to BENCH_TRACE_FILE when the process exits.
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
  // HTTP calls (the cache lookup and the download): when each was sent, answered, and its first and last bytes came.
  const http = require('node:http');
  const request = http.request;
  http.request = function tracedRequest(...args) {
    const target = typeof args[0] === 'string' ? args[0] : args[0] instanceof URL ? args[0].href : `${args[0]?.host ?? ''}${args[0]?.path ?? ''}`;
    const what = `${args[1]?.method ?? args[0]?.method ?? 'GET'} ${target.replace(/\?.*/, '')}`;
    record('http', `request ${what}`);
    const sent = request.apply(this, args);
    sent.once('finish', () => record('http', `sent ${what}`));
    sent.once('response', (response) => {
      record('http', `answered ${response.statusCode} ${what}`);
      response.once('data', () => record('http', `first bytes ${what}`));
      response.once('end', () => record('http', `last bytes ${what}`));
    });
    return sent;
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
