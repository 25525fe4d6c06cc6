import { installedTreePatterns, pnpmWorkspacePackages } from '../../../../src/core/deps/installed-tree.js';
import { detectProject } from '../../../../src/core/deps/project-detection.js';
import { packageJson, snapshot } from '../../support/snapshot.js';

function patternsFor(files: Record<string, string>): string[] {
  const project = snapshot(files);
  return installedTreePatterns(detectProject(project, 'auto'), project);
}

describe('installedTreePatterns', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['a plain npm project', { 'package.json': packageJson(), 'package-lock.json': '{}' }, ['node_modules']],
    [
      'workspaces as an array',
      { 'package.json': packageJson({ workspaces: ['packages/*', 'apps/web/'] }), 'package-lock.json': '{}' },
      ['node_modules', 'apps/web/node_modules', 'packages/*/node_modules'],
    ],
    [
      'workspaces as { packages }',
      { 'package.json': packageJson({ workspaces: { packages: ['libs/*'], nohoist: ['**/react'] } }), 'yarn.lock': '' },
      ['node_modules', 'libs/*/node_modules'],
    ],
    [
      'negated, root and duplicate patterns are dropped',
      { 'package.json': packageJson({ workspaces: ['packages/*', '!packages/legacy', '.', './', 'packages/*'] }), 'package-lock.json': '{}' },
      ['node_modules', 'packages/*/node_modules'],
    ],
    [
      'pnpm-workspace.yaml',
      {
        'package.json': packageJson(),
        'pnpm-lock.yaml': '',
        'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - \"apps/*\" # the apps\n  - '!**/test/**'\nonlyBuiltDependencies:\n  - esbuild\n",
      },
      ['node_modules', 'apps/*/node_modules', 'packages/*/node_modules'],
    ],
    ['a Python project', { 'requirements.txt': 'flask\n' }, ['.venv']],
    ['a Poetry project', { 'pyproject.toml': '[tool.poetry]\nname = "x"\n', 'poetry.lock': '' }, ['.venv']],
  ])('%s', (_name, files, expected) => {
    expect(patternsFor(files)).toEqual(expected);
  });
});

describe('pnpmWorkspacePackages', () => {
  it.each<[string, string, string[]]>([
    ['an indented list', 'packages:\n  - packages/*\n  - tools/cli\n', ['packages/*', 'tools/cli']],
    ['quotes and comments', "packages:\n  - 'a/*'   # first\n  - \"b\"\n", ['a/*', 'b']],
    ['a list at the same indentation as the key (valid YAML)', 'packages:\n- packages/*\n- apps/*\ncatalog:\n  react: ^18\n', ['packages/*', 'apps/*']],
    ['a comment line and a blank line inside the list', 'packages:\n  - a/*\n# the b folder\n\n  - b/*\n', ['a/*', 'b/*']],
    ['other keys before packages', 'catalog:\n  react: ^18\npackages:\n  - x/*\n', ['x/*']],
    ['CRLF line endings', 'packages:\r\n  - a/*\r\n  - b\r\n', ['a/*', 'b']],
    ['no packages key', 'catalog:\n  - nope\n', []],
    ['empty', '', []],
  ])('%s', (_name, yaml, expected) => {
    expect(pnpmWorkspacePackages(yaml)).toEqual(expected);
  });
});
