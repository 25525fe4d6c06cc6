import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readActionContext } from '../../../../src/runtime/io/run-context.js';
import { tempDirectories } from '../../support/temp-dir.js';

const temp = tempDirectories('build-actions-context-');
afterAll(() => temp.cleanup());

describe('readActionContext', () => {
  it('reads the run from the runner environment', async () => {
    const eventFile = path.join(await temp.make(), 'event.json');
    await writeFile(eventFile, JSON.stringify({ pull_request: { number: 7 } }));
    const env = {
      GITHUB_WORKSPACE: '/home/runner/work/app/app',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      ACTIONS_CACHE_MODE: 'read',
      ImageOS: 'ubuntu24',
      RUNNER_TEMP: '/home/runner/work/_temp',
    };
    const context = readActionContext(env);
    expect(context).toEqual({
      platform: { os: process.platform, arch: process.arch, image: 'ubuntu24' },
      nodePlatform: process.platform,
      workspace: '/home/runner/work/app/app',
      tempDirectory: '/home/runner/work/_temp',
      eventName: 'pull_request',
      eventPayload: { pull_request: { number: 7 } },
      cacheMode: 'read',
      env,
    });
  });

  it('outside a runner: the current folder, no event, no image', () => {
    const context = readActionContext({});
    expect(context.workspace).toBe(process.cwd());
    expect(context.eventName).toBeUndefined();
    expect(context.eventPayload).toBeUndefined();
    expect(context.platform.image).toBeUndefined();
    expect(context.tempDirectory).toBeUndefined();
  });

  it('an unreadable event file gives no payload rather than a crash', async () => {
    const eventFile = path.join(await temp.make(), 'event.json');
    await writeFile(eventFile, '{ truncated');
    expect(readActionContext({ GITHUB_EVENT_PATH: eventFile }).eventPayload).toBeUndefined();
    expect(readActionContext({ GITHUB_EVENT_PATH: '/no/such/file.json' }).eventPayload).toBeUndefined();
  });

  it('takes IMAGE_OS when ImageOS is not set', () => {
    expect(readActionContext({ IMAGE_OS: 'macos15' }).platform.image).toBe('macos15');
  });
});
