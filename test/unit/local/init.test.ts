import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { formatFinding, lintWorkflowText } from '../../../scripts/lint-workflows.js';
import { ciWorkflow, nodeCommand, nodeDockerfile, nodeMajor, pythonCommand, pythonDockerfile, requirementsFindLinks, type NodeFacts, type PythonFacts } from '../../../src/core/local/init-templates.js';
import { runLocalCommand } from '../../../src/local/local-command.js';
import { tempDirectories } from '../support/temp-dir.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const temp = tempDirectories('build-actions-init-');
afterAll(() => temp.cleanup());

const node = (packageJson: NodeFacts['packageJson'], extra: Partial<NodeFacts> = {}): NodeFacts => ({ kind: 'node', packageJson, manager: 'npm', ...extra });
const python = (extra: Partial<PythonFacts> = {}): PythonFacts => ({ kind: 'python', scripts: [], installable: false, requirements: true, findLinks: [], mainPackages: [], ...extra });

describe('init templates', () => {
  it.each<[NodeFacts['packageJson'], string[]]>([
    [{ scripts: { start: 'node dist/server.js' }, main: 'lib/x.js' }, ['node', 'dist/server.js']],
    [{ scripts: { start: 'node --watch a.js' }, main: 'lib/x.js' }, ['node', 'lib/x.js']],
    [{ scripts: { start: 'tsx src/a.ts' } }, ['npm', 'start']],
    [{}, ['node', 'index.js']],
  ])('node CMD from %j', (packageJson, cmd) => {
    expect(nodeCommand(node(packageJson)).cmd).toEqual(cmd);
  });

  it.each<[Partial<NodeFacts>, number]>([
    [{ nodeVersionFile: 'v20.11.1\n' }, 20],
    [{ packageJson: { engines: { node: '>=20' } } }, 24],
    [{ packageJson: { engines: { node: '>=26' } } }, 26],
    [{}, 24],
  ])('node image major from %j', (facts, major) => {
    expect(nodeMajor({ ...node({}), ...facts }).major).toBe(major);
  });

  it('node: deps, build and runtime stages; production dependencies only in the image; non-root', () => {
    const { content } = nodeDockerfile(node({ main: 'dist/server.js', scripts: { build: 'tsc', start: 'node dist/server.js' } }));
    expect(content.split('\n').filter((line) => /^(FROM|RUN|COPY|USER|CMD)/.test(line))).toEqual([
      'FROM node:24-slim AS deps', 'COPY package.json package-lock.json ./', 'RUN npm ci',
      'FROM deps AS build', 'COPY . .', 'RUN npm run build',
      'FROM node:24-slim AS runtime', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev', 'COPY --from=build /app/dist ./dist', 'USER node', 'CMD ["node","dist/server.js"]',
    ]);
  });

  it.each<[Partial<PythonFacts>, string[]]>([
    [{ scripts: ['serve', 'other'], mainPackages: ['service'] }, ['serve']],
    [{ mainPackages: ['service'] }, ['python', '-m', 'service']],
    [{ projectName: 'my-app' }, ['python', '-m', 'my_app']],
  ])('python CMD from %j', (facts, cmd) => {
    expect(pythonCommand(python(facts)).cmd).toEqual(cmd);
  });

  it('python: requirements first (with their --find-links folders), the project installed for its script, non-root', () => {
    const { content } = pythonDockerfile(python({ scripts: ['serve'], installable: true, findLinks: ['wheels'] }));
    expect(content.split('\n').filter((line) => /^(FROM|RUN|COPY|USER|CMD)/.test(line))).toEqual([
      'FROM python:3.12-slim', 'RUN useradd --create-home --uid 10001 app', 'COPY requirements.txt ./', 'COPY wheels ./wheels', 'RUN pip install -r requirements.txt', 'COPY . .', 'RUN pip install --no-deps .', 'USER app', 'CMD ["serve"]',
    ]);
  });

  it.each<[string, string[]]>([
    ['--find-links wheels\nx==1\n', ['wheels']],
    ['-f ./vendor/\n--find-links=https://example.com/simple\n-f /abs\n', ['./vendor']],
    ['x==1\n', []],
  ])('find-links folders of %j', (text, folders) => {
    expect(requirementsFindLinks(text)).toEqual(folders);
  });

  it.each(['node', 'python'] as const)('the %s ci.yml passes actionlint and grants what the reusable workflow asks', async (kind) => {
    const file = ciWorkflow(kind, 'services/orders');
    expect((await lintWorkflowText(file.content, '.github/workflows/ci.yml')).map(formatFinding)).toEqual([]);
    const parsed = yaml.load(file.content) as { jobs: { ci: { uses: string; permissions: Record<string, string>; with: Record<string, unknown> } } };
    expect(parsed.jobs.ci).toEqual({ uses: `org/build-actions/.github/workflows/${kind}-service.yml@v1`, permissions: { contents: 'read', packages: 'write' }, with: { 'working-directory': 'services/orders' } });
    const called = yaml.load(await readFile(path.join(ROOT, '.github/workflows', `${kind}-service.yml`), 'utf8')) as { on: { workflow_call: { inputs: Record<string, { type: string }> } } };
    expect(called.on.workflow_call.inputs['working-directory'].type).toBe('string');
  });
});

describe('build-actions init on copies of the examples', () => {
  async function init(directory: string): Promise<{ code: number; output: string }> {
    let output = '';
    const code = await runLocalCommand(['init', directory], (text) => (output += text), false);
    return { code, output };
  }

  it.each([
    ['node-service', 'CMD ["node","dist/server.js"]', 'RUN npm ci --omit=dev'],
    ['python-service', 'CMD ["python","-m","service"]', 'COPY wheels ./wheels'],
  ])('%s: ci.yml, Dockerfile, .dockerignore written; a second init keeps them all', async (example, cmd, line) => {
    const service = path.join(await temp.make(), example);
    await cp(path.join(ROOT, 'examples', example), service, { recursive: true, filter: (source) => !/node_modules|\.venv/.test(source) });
    const first = await init(service);
    expect(first.code).toBe(0);
    for (const file of ['.github/workflows/ci.yml', 'Dockerfile', '.dockerignore']) expect(first.output).toContain(`wrote    ${path.join(service, file)}`);
    expect(first.output).toContain('To review before committing:');
    const dockerfile = await readFile(path.join(service, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(cmd);
    expect(dockerfile).toContain(line);
    expect(dockerfile).toMatch(/^USER (node|app)$/m);
    const workflow = await readFile(path.join(service, '.github/workflows/ci.yml'), 'utf8');
    expect((await lintWorkflowText(workflow, '.github/workflows/ci.yml')).map(formatFinding)).toEqual([]);
    await writeFile(path.join(service, 'Dockerfile'), 'FROM scratch\n');
    const second = await init(service);
    expect(second.output).toContain(`kept     ${path.join(service, '.github/workflows/ci.yml')} (it exists; init never overwrites a file)`);
    expect(second.output).toContain(`kept     ${path.join(service, 'Dockerfile')} (the service has one`);
    expect(await readFile(path.join(service, 'Dockerfile'), 'utf8')).toBe('FROM scratch\n');
  });
});
