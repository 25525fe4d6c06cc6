/**
 * The failure of publish-image when no Docker engine answers: where it was looked for (DOCKER_HOST, else the
 * address docker names, else its default socket), what docker said, and what to do. Held as the stage's own
 * message, with no stack: nothing in the action went wrong, the runner has no engine.
 */
const DEFAULT_SOCKET = 'unix:///var/run/docker.sock';

export function noEngineMessage(problem: string, dockerHost: string | undefined): string {
  const named = /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running/.exec(problem)?.[1];
  const where = dockerHost?.trim() || named || DEFAULT_SOCKET;
  const said = problem.replace(/\.$/, '');
  const host = dockerHost?.trim()
    ? `or fix DOCKER_HOST (it is '${dockerHost.trim()}', and nothing answers there)`
    : 'or point DOCKER_HOST at a running engine';
  if (/^docker is not installed/.test(problem)) {
    return `There is no docker CLI on PATH: publish-image builds the image with Docker, so it cannot run here. Run the job on a runner with Docker (GitHub's ubuntu runners have it), or install it before this step (docker/setup-docker-action).`;
  }
  return (
    `No Docker engine answered at ${where}: publish-image builds the image with Docker, so it cannot run here (${said}). ` +
    "Run the job on a runner with Docker (GitHub's ubuntu runners have it running; macOS and Windows runners and most self-hosted ones do not), " +
    `start one before this step (docker/setup-docker-action), ${host}.`
  );
}
