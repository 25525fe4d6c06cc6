import { jest } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotations, preparePythonService, PUBLISH_IMAGE_ACTION, removeQuietly } from '../support/image-jobs.js';
import { createRunnerJob, type RunnerJob } from '../support/runner.js';

// The committed publish-image bundle on a runner without a Docker engine: DOCKER_HOST points at a socket that does
// not exist, so the real docker CLI finds nothing there. No engine and no registry are started.

jest.setTimeout(120_000);

let scratch: string;
let job: RunnerJob | undefined;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'publish-image-no-engine-'));
});

afterAll(async () => {
  await job?.dispose();
  await removeQuietly(scratch);
});

it('fails as a held failure that says where no engine answered and what to do, with no stack trace', async () => {
  const workspace = join(scratch, 'workspace');
  await preparePythonService(join(workspace, 'service'));
  job = await createRunnerJob({ workspace, env: { DOCKER_HOST: 'unix:///nonexistent.sock' } });
  const step = await job.runMain(PUBLISH_IMAGE_ACTION, { 'working-directory': 'service', image: 'no-engine-app', push: 'false' });
  expect(step.exitCode).toBe(1);
  const errors = annotations(step, 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^No Docker engine answered at unix:\/\/\/nonexistent\.sock: publish-image builds the image with Docker, so it cannot run here/);
  expect(errors[0]).toContain('Cannot connect to the Docker daemon at unix:///nonexistent.sock');
  expect(errors[0]).toContain('docker/setup-docker-action');
  expect(errors[0]).toContain("or fix DOCKER_HOST (it is 'unix:///nonexistent.sock', and nothing answers there)");
  const output = `${step.stdout}\n${step.stderr}`;
  expect(output).not.toMatch(/DockerError|\n\s+at \S+ \(/);
});
