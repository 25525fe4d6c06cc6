import { compareNames } from '../../../src/core/name-order.js';

/** Every string of up to `length` characters drawn from `alphabet`. */
function strings(alphabet: string, length: number): string[] {
  let level = [''];
  const all = [''];
  for (let size = 1; size <= length; size += 1) {
    level = level.flatMap((prefix) => [...alphabet].map((character) => prefix + character));
    all.push(...level);
  }
  return all;
}

describe('compareNames', () => {
  it('orders every pair of plain names (a-z, 0-9, - . /) exactly as localeCompare does', () => {
    const names = strings('az09-./', 3);
    const disagreements: string[] = [];
    for (const a of names) {
      for (const b of names) {
        if (Math.sign(compareNames(a, b)) !== Math.sign(a.localeCompare(b))) disagreements.push(`${a} ? ${b}`);
      }
    }
    expect(names.length).toBe(400);
    expect(disagreements).toEqual([]);
  });

  it('gives the key files of every package manager the order they always had', () => {
    const files = [
      'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.yarnrc.yml',
      'pyproject.toml', 'poetry.lock', 'requirements.txt', 'requirements-dev.txt', 'requirements/base.txt', 'requirements_test.txt',
      'Requirements.txt', 'constraints.txt', 'src/app/requirements.in', 'Pipfile', 'setup.cfg',
    ];
    expect([...files].sort(compareNames)).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });

  it('sends names outside the plain alphabet to localeCompare (upper case, underscore: code points would differ)', () => {
    expect(compareNames('Requirements.txt', 'requirements-dev.txt')).toBe('Requirements.txt'.localeCompare('requirements-dev.txt'));
    expect(compareNames('requirements_dev.txt', 'requirements.txt')).toBeLessThan(0);
    expect('requirements_dev.txt' < 'requirements.txt').toBe(false);
  });
});
