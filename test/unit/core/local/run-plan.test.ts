import { localRunInputs, noDockerfileNote, noEngineNote } from '../../../../src/core/local/run-plan.js';
import { runEndLine, stageSkipLine, type StageOutcome } from '../../../../src/core/local/progress.js';

// How the local `run` maps onto the pipeline's inputs: all five stages (publish: true), pushed only with --push.

describe('localRunInputs', () => {
  it.each<[Record<string, string>, Record<string, string>, boolean, number]>([
    [{}, { publish: 'true', push: 'false' }, false, 5],
    [{ push: 'true', registry: 'r:5000' }, { publish: 'true', push: 'true', registry: 'r:5000' }, false, 5],
    [{ stages: 'all' }, { stages: 'all', publish: 'true', push: 'false' }, false, 5],
    [{ stages: 'setup-deps,test' }, { stages: 'setup-deps,test', publish: 'true', push: 'false' }, false, 2],
    [{ stages: 'build, Publish-Image' }, { stages: 'build, Publish-Image', publish: 'true', push: 'false' }, true, 2],
    // A bad list: the pipeline refuses it with the input's message; the count is the pipeline's.
    [{ stages: 'lint' }, { stages: 'lint', publish: 'true', push: 'false' }, false, 5],
  ])('%j -> %j, image required %s, %i stage(s)', (given, inputs, imageRequired, stageCount) => {
    expect(localRunInputs(given)).toEqual({ inputs, imageRequired, stageCount });
  });

  it('never takes a publish value from the caller: run always asks for the image', () => {
    expect(localRunInputs({ publish: 'false' }).inputs.publish).toBe('true');
  });
});

describe('the notes of an image stage that cannot run here', () => {
  it('no Dockerfile: where it looked, and how to get one', () => {
    expect(noDockerfileNote('/p/svc/Dockerfile')).toBe("no Dockerfile (looked for /p/svc/Dockerfile), so no image to build; 'build-actions init' writes one, --file names another");
  });

  it('no engine: what docker said, how to install or start it, and the --stages that leaves the image out', () => {
    expect(noEngineNote('The Docker engine does not answer (docker version: Cannot connect to the Docker daemon at unix:///x.sock).')).toBe(
      'no Docker engine here (The Docker engine does not answer (docker version: Cannot connect to the Docker daemon at unix:///x.sock)). '
      + 'Install Docker (https://docs.docker.com/engine/install/) or start its engine (sudo systemctl start docker, or open Docker Desktop) '
      + 'to build and check the image; to leave it out: --stages setup-deps,quality-checks,test,build',
    );
  });
});

describe('progress lines of skipped stages', () => {
  it('a skip line, and an end line that tells passed, failed and skipped apart', () => {
    expect(stageSkipLine('build', 4, 5, 'test failed')).toBe('<== [4/5] build: skipped: test failed');
    const passed = ['setup-deps', 'quality-checks', 'test', 'build'].map((stage) => ({ stage, outcome: 'passed' as StageOutcome }));
    expect(runEndLine([...passed, { stage: 'publish-image', outcome: 'skipped' }])).toBe('4 stages passed; skipped: publish-image.');
    expect(runEndLine([{ stage: 'test', outcome: 'failed' }, { stage: 'build', outcome: 'skipped' }, { stage: 'publish-image', outcome: 'skipped' }])).toBe('Failed: test (failed); skipped: build, publish-image.');
    expect(runEndLine([{ stage: 'a', outcome: 'passed' }, { stage: 'b', outcome: 'skipped' }])).toBe('1 stage passed; skipped: b.');
  });
});
