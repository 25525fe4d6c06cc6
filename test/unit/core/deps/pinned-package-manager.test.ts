import { pinDecision, type PinDecision } from '../../../../src/core/deps/pinned-package-manager.js';
import type { DetectedProject } from '../../../../src/core/deps/project-detection.js';

function project(packageManager: 'npm' | 'pnpm' | 'yarn', pinnedVersion?: string): DetectedProject {
  return {
    directory: '/w/app',
    language: 'node',
    packageManager,
    reason: pinnedVersion ? `packageManager field '${packageManager}@${pinnedVersion}'` : 'pnpm-lock.yaml',
    lockfile: undefined,
    keyFiles: ['package.json'],
    requirementsFiles: [],
    warnings: [],
    pinnedVersion,
  } as unknown as DetectedProject;
}

describe('pinDecision: package.json pins a package manager version', () => {
  it.each<[string, DetectedProject, string | undefined, PinDecision]>([
    ['no pin', project('pnpm'), '10.34.9', { kind: 'none' }],
    ['the pinned version is on PATH', project('pnpm', '10.28.0'), '10.28.0', { kind: 'none' }],
    [
      'pnpm pinned, another pnpm on PATH: install the pinned one',
      project('pnpm', '10.28.0'),
      '10.34.9',
      { kind: 'install', name: 'pnpm', version: '10.28.0', packageSpec: 'pnpm@10.28.0', reason: 'package.json pins pnpm@10.28.0 and PATH has pnpm 10.34.9' },
    ],
    [
      'yarn classic pinned, another yarn on PATH',
      project('yarn', '1.22.19'),
      '1.22.22',
      { kind: 'install', name: 'yarn', version: '1.22.19', packageSpec: 'yarn@1.22.19', reason: 'package.json pins yarn@1.22.19 and PATH has yarn 1.22.22' },
    ],
    [
      'a prerelease pin',
      project('pnpm', '11.0.0-rc.1'),
      '10.34.9',
      { kind: 'install', name: 'pnpm', version: '11.0.0-rc.1', packageSpec: 'pnpm@11.0.0-rc.1', reason: 'package.json pins pnpm@11.0.0-rc.1 and PATH has pnpm 10.34.9' },
    ],
    [
      'npm pinned: only a note (npm ci installs the same tree from the lockfile)',
      project('npm', '9.8.1'),
      '10.2.4',
      { kind: 'note', message: 'package.json pins npm@9.8.1, but npm 10.2.4 is on PATH; installing with it (npm ci installs the same tree from the lockfile).' },
    ],
    [
      'a pin that is not an exact version',
      project('pnpm', '10'),
      '10.34.9',
      { kind: 'note', message: "package.json's packageManager pins pnpm@10, which is not an exact version: using pnpm 10.34.9." },
    ],
  ])('%s', (_name, detected, onPath, decision) => {
    expect(pinDecision(detected, onPath)).toEqual(decision);
  });
});
