import { requirementIncludes } from '../../../../src/core/deps/requirements-includes.js';

describe('requirementIncludes', () => {
  it.each([
    ['-r base.txt', ['base.txt']],
    ['-rbase.txt', ['base.txt']],
    ['--requirement base.txt', ['base.txt']],
    ['--requirement=requirements/base.txt', ['requirements/base.txt']],
    ['-c constraints.txt  # pinned', ['constraints.txt']],
    ['--constraint=../shared/constraints.txt', ['../shared/constraints.txt']],
    ['-r https://example.test/requirements.txt', []],
    ['# -r commented.txt', []],
    ['requests==2.31.0\n-e .\n--index-url http://127.0.0.1/simple', []],
    ['flask==3.0.0\n-r base.txt\n-c constraints.txt', ['base.txt', 'constraints.txt']],
  ])('%j includes %j', (text, expected) => {
    expect(requirementIncludes(text)).toEqual(expected);
  });
});
