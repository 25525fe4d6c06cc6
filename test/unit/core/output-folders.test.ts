import { artifactsInsideProject, resolveArtifactsFolder, resolveOutputPath, shownPath } from '../../../src/core/output-folders.js';
import { LOCAL_RUNS_FOLDER, localOutputDefaults, localRunFolder } from '../../../src/core/local/run-plan.js';

// Where test results and packages may go: the workspace, or the run's temporary folder (RUNNER_TEMP on a runner,
// <cache>/runs/<project>-<digest> locally); anything else is refused with the input, its value and what is accepted.

const places = { workspace: '/w/repo', temp: '/t/runs/svc-0123456789ab' };

describe('resolveOutputPath (results-directory)', () => {
  it.each<[string, string, string]>([
    ['the default, relative to the workspace', 'test-results', '/w/repo/test-results'],
    ['a folder of the project', 'services/orders/test-results', '/w/repo/services/orders/test-results'],
    ['the workspace itself', '.', '/w/repo'],
    ['.. that stays inside', 'a/../results', '/w/repo/results'],
    ['an absolute path in the workspace', '/w/repo/out/results', '/w/repo/out/results'],
    ['an absolute path in the temporary folder', '/t/runs/svc-0123456789ab/test-results', '/t/runs/svc-0123456789ab/test-results'],
    ['the temporary folder itself', '/t/runs/svc-0123456789ab', '/t/runs/svc-0123456789ab'],
    ['a relative path that leads into the temporary folder', '../../t/runs/svc-0123456789ab/r', '/t/runs/svc-0123456789ab/r'],
  ])('accepts %s', (_name, value, expected) => {
    expect(resolveOutputPath(places, 'results-directory', value)).toBe(expected);
  });

  it.each<[string, string, { workspace: string; temp?: string }, string]>([
    [
      'outside both',
      '/etc/results',
      places,
      "Input 'results-directory' is '/etc/results', which leads to /etc/results, outside the workspace /w/repo and the run's temporary folder /t/runs/svc-0123456789ab. Give a path inside the repository, relative to its root, or an absolute path inside the run's temporary folder /t/runs/svc-0123456789ab.",
    ],
    [
      '.. out of the workspace',
      '../elsewhere',
      places,
      "Input 'results-directory' is '../elsewhere', which leads to /w/elsewhere, outside the workspace /w/repo and the run's temporary folder /t/runs/svc-0123456789ab. Give a path inside the repository, relative to its root, or an absolute path inside the run's temporary folder /t/runs/svc-0123456789ab.",
    ],
    [
      'a sibling of the temporary folder (a prefix of its name is not inside it)',
      '/t/runs/svc-0123456789abX',
      places,
      "Input 'results-directory' is '/t/runs/svc-0123456789abX', which leads to /t/runs/svc-0123456789abX, outside the workspace /w/repo and the run's temporary folder /t/runs/svc-0123456789ab. Give a path inside the repository, relative to its root, or an absolute path inside the run's temporary folder /t/runs/svc-0123456789ab.",
    ],
    [
      'the temporary folder when there is none (a runner without RUNNER_TEMP: the workspace only, as before)',
      '/t/runs/svc-0123456789ab/r',
      { workspace: '/w/repo' },
      "Input 'results-directory' is '/t/runs/svc-0123456789ab/r', which leads to /t/runs/svc-0123456789ab/r, outside the workspace /w/repo. Give a path inside the repository, relative to its root.",
    ],
  ])('refuses %s', (_name, value, given, message) => {
    expect(() => resolveOutputPath(given, 'results-directory', value)).toThrow(message);
  });

  it('refuses a NUL character by name', () => {
    expect(() => resolveOutputPath(places, 'results-directory', 'a\0b')).toThrow(/^Input 'results-directory' is 'a\0b', which is not a usable path/);
  });
});

describe('resolveArtifactsFolder (artifacts-directory)', () => {
  const project = '/w/repo/services/orders';
  it.each<[string, string, string]>([
    ['the default, in the project', 'dist-artifacts', '/w/repo/services/orders/dist-artifacts'],
    ['an absolute path in the project', '/w/repo/services/orders/pkgs', '/w/repo/services/orders/pkgs'],
    ['an absolute path elsewhere in the workspace', '/w/repo/artifacts', '/w/repo/artifacts'],
    ['an absolute path in the temporary folder', '/t/runs/svc-0123456789ab/artifacts', '/t/runs/svc-0123456789ab/artifacts'],
  ])('accepts %s', (_name, value, expected) => {
    expect(resolveArtifactsFolder(places, project, value)).toBe(expected);
  });

  it.each<[string, string, RegExp]>([
    ['outside both', '/tmp/pkgs', /^Input 'artifacts-directory' is '\/tmp\/pkgs', which leads to \/tmp\/pkgs, outside the workspace \/w\/repo and the run's temporary folder .*Give a path inside the repository, relative to the project, or an absolute path inside the run's temporary folder/],
    ['the project itself', project, /^Input 'artifacts-directory' is '\/w\/repo\/services\/orders', which is \/w\/repo\/services\/orders itself: the action empties its package files there/],
    ['the repository root', '/w/repo', /^Input 'artifacts-directory' is '\/w\/repo', which is \/w\/repo itself/],
    ['the temporary folder itself', '/t/runs/svc-0123456789ab/', /^Input 'artifacts-directory' is '\/t\/runs\/svc-0123456789ab\/', which is \/t\/runs\/svc-0123456789ab itself/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => resolveArtifactsFolder(places, project, value)).toThrow(message);
  });

  it.each<[string, string[]]>([
    ['dist-artifacts', ['dist-artifacts']],
    ['/w/repo/services/orders/out/pkgs', ['out/pkgs']],
    ['/w/repo/artifacts', []],
    ['/t/runs/svc-0123456789ab/artifacts', []],
  ])('%s: the folder whose tracked files are not sources is %j', (value, expected) => {
    expect(artifactsInsideProject(project, value)).toEqual(expected);
  });
});

describe('shownPath', () => {
  it('is relative inside the repository and absolute outside it', () => {
    expect(shownPath('/w/repo', '/w/repo/test-results/junit.xml')).toBe('test-results/junit.xml');
    expect(shownPath('/w/repo', '/t/runs/svc/test-results/junit.xml')).toBe('/t/runs/svc/test-results/junit.xml');
    expect(shownPath('/w/repo', '/w/repo2/x')).toBe('/w/repo2/x');
  });
});

describe('the local run folder', () => {
  it('is <cache>/runs/<project name>-<12 hex digits of its path>: stable for a project, distinct for two of one name', () => {
    const one = localRunFolder('/home/me/.cache/build-actions', '/src/a/orders');
    expect(one).toMatch(new RegExp(`^/home/me/\\.cache/build-actions/${LOCAL_RUNS_FOLDER}/orders-[0-9a-f]{12}$`));
    expect(localRunFolder('/home/me/.cache/build-actions', '/src/a/orders/')).toBe(one);
    expect(localRunFolder('/home/me/.cache/build-actions', '/src/b/orders')).not.toBe(one);
  });

  it('keeps an odd folder name to safe characters', () => {
    expect(localRunFolder('/c', '/src/my service:v2')).toMatch(/^\/c\/runs\/my_service_v2-[0-9a-f]{12}$/);
    expect(localRunFolder('/c', '/')).toMatch(/^\/c\/runs\/project-[0-9a-f]{12}$/);
  });

  it('takes the defaults for what was not given, and says which', () => {
    expect(localOutputDefaults({ coverage: 'false' }, '/c/runs/x-1')).toEqual({
      inputs: { coverage: 'false', 'results-directory': '/c/runs/x-1/test-results', 'artifacts-directory': '/c/runs/x-1/artifacts' },
      defaulted: ['results-directory', 'artifacts-directory'],
    });
    expect(localOutputDefaults({ 'results-directory': 'out', 'artifacts-directory': 'pkgs' }, '/c/runs/x-1')).toEqual({
      inputs: { 'results-directory': 'out', 'artifacts-directory': 'pkgs' },
      defaulted: [],
    });
  });
});
