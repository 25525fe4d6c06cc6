import { describe, expect, it } from '@jest/globals';
import { diagnoseFixture, expectEvidenceFromFixture } from '../../support/diagnosis-fixtures.js';

// Broken installed trees (Node 24, Python 3.11, bash 5.2 as captured here): cache trouble only when the
// dependencies came from the cache in this job.

const CASES: Array<[string, string[], string]> = [
  ['node-package-file-missing.txt', ['node_modules/ms/index is missing from node_modules'], "Error: Cannot find module '/tmp/capture/node-tree/node_modules/ms/index'. Please verify that the package.json has a valid \"main\" entry"],
  ['node-dependency-missing-cjs.txt', ["'ms', which /tmp/capture/node-tree/node_modules/debug/src/common.js requires"], '- /tmp/capture/node-tree/node_modules/debug/src/common.js'],
  ['node-dependency-missing-esm.txt', ["'yocto-queue', which /tmp/capture/node-tree/node_modules/p-limit/index.js imports"], "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'yocto-queue' imported from /tmp/capture/node-tree/node_modules/p-limit/index.js"],
  ['node-module-version.txt', ['checksum.node was built for another Node.js', 'NODE_MODULE_VERSION 115, this one needs 137'], 'NODE_MODULE_VERSION 115. This version of Node.js requires'],
  ['node-invalid-elf-header.txt', ['checksum.node is not a Linux binary', 'invalid ELF header'], 'Error: /tmp/capture/node-addon/app/node_modules/checksum/build/Release/checksum.node: invalid ELF header'],
  ['python-dependency-missing.txt', ['the installed package charts fails to import', "No module named 'shapes'"], "ModuleNotFoundError: No module named 'shapes'"],
  ['python-venv-script-interpreter-missing.txt', ["the virtualenv's interpreter is missing"], 'bash: line 1: .venv/bin/pip: cannot execute: required file not found'],
  ['python-venv-python-missing.txt', ["the virtualenv's interpreter is missing"], 'bash: line 1: .venv/bin/python: No such file or directory'],
];

describe('cache trouble in captured output', () => {
  it.each(CASES)('%s, restored from the cache', (name, headline, quoted) => {
    const file = `cache-trouble/${name}`;
    const diagnosis = diagnoseFixture(file, { stage: 'test', restoredFromCache: true });
    expect(diagnosis.kind).toBe('cache trouble');
    for (const part of headline) expect(diagnosis.headline).toContain(part);
    expect(diagnosis.fix).toContain("'cache-version'");
    expect(diagnosis.fix).toContain("'build-actions cache clear DIR'");
    expect(diagnosis.evidence).toContain(quoted);
    expectEvidenceFromFixture(diagnosis, file);
  });

  it.each(CASES.map(([name]) => name))('%s, installed fresh in this job: not cache trouble', (name) => {
    for (const restoredFromCache of [false, undefined]) {
      const diagnosis = diagnoseFixture(`cache-trouble/${name}`, { stage: 'test', restoredFromCache });
      expect(diagnosis.kind).toBe('unknown');
      expect(diagnosis.fix).not.toContain('cache-version');
    }
  });

  it.each([
    ['node-project-module-missing.txt', "a project file's missing require"],
    ['python-project-import-missing.txt', "the project's own import of a package (an undeclared dependency reads the same)"],
  ])('%s: not claimed even when restored (%s)', (name) => {
    expect(diagnoseFixture(`negative/${name}`, { stage: 'test', restoredFromCache: true }).kind).toBe('unknown');
  });
});
