import { nodeManager, scriptsOf, type BuildMember, type NodeManager } from '../../core/build/plan.js';
import { ConfigurationError } from '../../core/errors.js';
import { readPackageJson, readPyproject, type ProjectSnapshot } from '../../core/project-snapshot.js';
import type { BuildInputs } from './inputs.js';
import { nodeMembers } from './node-build.js';

/** What the run is about to build, decided before anything runs. */
export interface Plan {
  language: 'node' | 'python';
  manager?: NodeManager;
  members: BuildMember[];
  /** Node: members with the build script. */
  toBuild: BuildMember[];
  /** Node: members to pack. Python: whether to make the sdist and wheel. */
  toPack: BuildMember[];
  pythonPackaging: boolean;
  recipe: string;
}

export async function planBuild(snapshot: ProjectSnapshot, directory: string, inputs: BuildInputs): Promise<Plan> {
  const node = snapshot.entries.has('package.json');
  const python = snapshot.entries.has('pyproject.toml') || snapshot.entries.has('setup.py');
  if (node && !(python && scriptsOf(readPackageJson(snapshot) ?? {})[inputs.buildScript] === undefined && readPackageJson(snapshot)?.workspaces === undefined)) {
    const manager = nodeManager(snapshot);
    const { members, workspace } = await nodeMembers(snapshot, directory);
    const toBuild = members.filter((member) => scriptsOf(member.packageJson)[inputs.buildScript] !== undefined);
    const packable = (member: BuildMember): boolean => typeof member.packageJson.name === 'string' && typeof member.packageJson.version === 'string';
    const toPack = inputs.package === 'false' ? [] : members.filter((member) => packable(member) && (inputs.package === 'true' || member.packageJson.private !== true));
    const recipe = JSON.stringify({ manager, workspace, script: inputs.buildScript, scripts: toBuild.map((member) => [member.directory, scriptsOf(member.packageJson)]), pack: toPack.map((member) => member.directory) });
    return { language: 'node', manager, members, toBuild, toPack, pythonPackaging: false, recipe };
  }
  if (python) {
    const hasBackend = readPyproject(snapshot)?.['build-system'] !== undefined || snapshot.entries.has('setup.py');
    const pythonPackaging = inputs.package === 'true' || (inputs.package === 'auto' && hasBackend);
    return { language: 'python', members: [], toBuild: [], toPack: [], pythonPackaging, recipe: JSON.stringify({ python: true, pythonPackaging, pyproject: snapshot.texts.get('pyproject.toml') ?? '' }) };
  }
  throw new ConfigurationError(
    `No project to build in ${directory}: looked for package.json, pyproject.toml and setup.py. Set 'working-directory' to the folder that holds your project's manifest.`,
  );
}
