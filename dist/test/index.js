import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/core/process-output.ts
/** The last `count` lines of a process's output (trimmed; blank lines dropped when `skipBlank`), for errors and diagnoses. */
function lastLines(text, count, options = {}) {
    const lines = text.trim().split(/\r?\n/);
    return (options.skipBlank ? lines.filter((line) => line.trim() !== '') : lines).slice(-count).join('\n');
}
/** The last lines of a command's standard output and error together, for a crash or failure report. */
function outputTail(stdout, stderr, count = 30) {
    return lastLines(`${stdout}\n${stderr}`, count);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/python-venv.ts

/** The project's own virtual environment, where setup-deps installs a pip or Poetry project. */
const VENV_FOLDER = '.venv';
/** The interpreter of the venv at `venv` (POSIX layout: runners and the local command run on Linux and macOS). */
function venvPython(venv) {
    return external_node_path_default().join(venv, 'bin', 'python');
}
/** Where the project's interpreter is looked for, in order: its .venv (as setup-deps leaves it), an activated venv, python3 on PATH. */
function pythonCandidates(directory, env) {
    return [venvPython(external_node_path_default().join(directory, VENV_FOLDER)), ...(env.VIRTUAL_ENV ? [venvPython(env.VIRTUAL_ENV)] : []), 'python3'];
}
/** The same order, in words, for an error that says where it looked. */
const PYTHON_CANDIDATES_TEXT = `${VENV_FOLDER}/bin/python, $VIRTUAL_ENV/bin/python and python3 on PATH`;

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./src/core/output-folders.ts


function shown(value) {
    return value.length > 80 ? `${value.slice(0, 80)}… (${value.length} characters)` : value;
}
/** `child` is `parent` or lies below it (by the path, as given: the caller resolves both). */
function isWithin(parent, child) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(parent), external_node_path_default().resolve(child));
    return !(relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative));
}
/** A path for the user to read: relative to the repository root inside it, absolute outside it (the run's temporary folder). */
function shownPath(repositoryRoot, file) {
    return isWithin(repositoryRoot, file) ? external_node_path_default().relative(external_node_path_default().resolve(repositoryRoot), external_node_path_default().resolve(file)).split((external_node_path_default()).sep).join('/') : external_node_path_default().resolve(file);
}
function accepted(places, relativeTo) {
    return `Give a path inside the repository, relative to ${relativeTo}${places.temp ? `, or an absolute path inside the run's temporary folder ${places.temp}` : ''}.`;
}
/**
 * A path input, resolved against `base` (the workspace unless given). It must lead into the workspace or into the
 * run's temporary folder; anything else is refused with the input's name, its value, where it leads and what is
 * accepted. `relativeTo` names `base` in that message.
 */
function resolveOutputPath(places, name, value, base = places.workspace, relativeTo = 'its root') {
    if (value.includes('\0') || value.split(/[\\/]/).some((segment) => Buffer.byteLength(segment) > 255)) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' is '${shown(value)}', which is not a usable path (a folder name over 255 bytes, or a NUL character). ${accepted(places, relativeTo)}`);
    }
    const resolved = external_node_path_default().resolve(base, value);
    if (isWithin(places.workspace, resolved) || (places.temp !== undefined && isWithin(places.temp, resolved)))
        return resolved;
    const where = places.temp ? `outside the workspace ${places.workspace} and the run's temporary folder ${places.temp}` : `outside the workspace ${places.workspace}`;
    throw new errors/* ConfigurationError */.j1(`Input '${name}' is '${shown(value)}', which leads to ${resolved}, ${where}. ${accepted(places, relativeTo)}`);
}
/**
 * build's `artifacts-directory`: a folder inside the project (relative to it, as ever), or an absolute path inside
 * the workspace or the run's temporary folder. The action empties its package files there, so it may be none of
 * the project folder, the repository root and the temporary folder themselves.
 */
function resolveArtifactsFolder(places, projectDirectory, value) {
    const resolved = resolveOutputPath(places, 'artifacts-directory', value, projectDirectory, 'the project');
    const roots = [projectDirectory, places.workspace, ...(places.temp ? [places.temp] : [])].map((root) => path.resolve(root));
    if (roots.includes(resolved)) {
        throw new ConfigurationError(`Input 'artifacts-directory' is '${shown(value)}', which is ${resolved} itself: the action empties its package files there, so give a folder inside it, such as dist-artifacts.`);
    }
    return resolved;
}
/** The artifacts folder relative to the project, when it lies inside it (its tracked files do not count as sources); otherwise none. */
function artifactsInsideProject(projectDirectory, artifactsDirectory) {
    const resolved = path.resolve(projectDirectory, artifactsDirectory);
    if (!isWithin(projectDirectory, resolved))
        return [];
    return [path.relative(path.resolve(projectDirectory), resolved).split(path.sep).join('/')];
}

;// CONCATENATED MODULE: ./src/core/testing/xml.ts
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity) => {
        if (entity.startsWith('#x'))
            return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
        if (entity.startsWith('#'))
            return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
        return ENTITIES[entity] ?? whole;
    });
}
function escapeXml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // Characters XML 1.0 cannot carry at all (terminal escapes in test output).
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
function parseXml(source) {
    const root = { name: '#document', attributes: {}, children: [], text: '' };
    const stack = [root];
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('<', at);
        const current = stack[stack.length - 1];
        if (open < 0) {
            current.text += decodeEntities(source.slice(at));
            break;
        }
        if (open > at)
            current.text += decodeEntities(source.slice(at, open));
        if (source.startsWith('<!--', open)) {
            const end = source.indexOf('-->', open + 4);
            if (end < 0)
                throw new Error('unterminated comment');
            at = end + 3;
        }
        else if (source.startsWith('<![CDATA[', open)) {
            const end = source.indexOf(']]>', open + 9);
            if (end < 0)
                throw new Error('unterminated CDATA section');
            current.text += source.slice(open + 9, end);
            at = end + 3;
        }
        else if (source.startsWith('<?', open) || source.startsWith('<!', open)) {
            const end = source.indexOf('>', open);
            if (end < 0)
                throw new Error('unterminated declaration');
            at = end + 1;
        }
        else if (source.startsWith('</', open)) {
            const end = source.indexOf('>', open);
            if (end < 0)
                throw new Error('unterminated closing tag');
            const name = source.slice(open + 2, end).trim();
            const closed = stack.pop();
            if (closed === undefined || closed === root || closed.name !== name) {
                throw new Error(`closing tag </${name}> does not match <${closed?.name ?? ''}>`);
            }
            at = end + 1;
        }
        else {
            let end = open + 1;
            let quote;
            for (; end < source.length; end += 1) {
                const char = source[end];
                if (quote) {
                    if (char === quote)
                        quote = undefined;
                }
                else if (char === '"' || char === "'")
                    quote = char;
                else if (char === '>')
                    break;
            }
            if (end >= source.length)
                throw new Error('unterminated tag');
            const selfClosing = source[end - 1] === '/';
            const body = source.slice(open + 1, selfClosing ? end - 1 : end);
            const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
            const element = { name, attributes: {}, children: [], text: '' };
            for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) {
                element.attributes[match[1]] = decodeEntities(match[3] ?? match[4] ?? '');
            }
            current.children.push(element);
            if (!selfClosing)
                stack.push(element);
            at = end + 1;
        }
    }
    if (stack.length > 1)
        throw new Error(`the document ends inside <${stack[stack.length - 1].name}>`);
    if (root.children.length === 0)
        throw new Error('no root element');
    return root.children[0];
}
/** Every descendant element named `name`, in document order. */
function descendants(element, name) {
    const found = [];
    const visit = (node) => {
        for (const child of node.children) {
            if (child.name === name)
                found.push(child);
            visit(child);
        }
    };
    visit(element);
    return found;
}
function child(element, name) {
    return element.children.find((candidate) => candidate.name === name);
}

// EXTERNAL MODULE: ./src/core/ansi.ts
var ansi = __nccwpck_require__(84);
;// CONCATENATED MODULE: ./src/core/testing/results.ts


/** A path from a report (absolute, relative to the project, or a file:// URL) as a repository-relative posix path. */
function results_repositoryPath(file, base) {
    let raw = file.trim();
    if (raw.startsWith('file://'))
        raw = decodeURIComponent(raw.slice('file://'.length));
    const absolute = external_node_path_default().resolve(base.projectDirectory, raw);
    return external_node_path_default().relative(base.repositoryRoot, absolute).split((external_node_path_default()).sep).join('/');
}
/**
 * The first frame of a stack or traceback that lies in the project and outside node_modules, site-packages and
 * the runtime: `at x (/abs/tests/a.test.ts:26:106)`, `file:///abs/a.test.js:10:12`, `tests/test_a.py:10: AssertionError`.
 */

function stackLocation(text, base, preferFile) {
    const frames = projectFrames((0,ansi/* stripColors */.T)(text), base);
    return frames.find((frame) => frame.file === preferFile) ?? frames[0];
}
function projectFrames(text, base) {
    const found = [];
    const frame = /(?:\(|\s|^)((?:file:\/\/)?[^\s()'"]+?\.(?:[cm]?[jt]sx?|py)):(\d+)(?::(\d+))?/gm;
    for (const match of text.matchAll(frame)) {
        const file = match[1];
        if (/(^|\/)(node_modules|site-packages|dist-packages)\//.test(file) || file.startsWith('node:') || /^<.*>$/.test(file))
            continue;
        const relative = results_repositoryPath(file, base);
        if (relative.startsWith('../'))
            continue;
        const projectRelative = external_node_path_default().relative(base.projectDirectory, external_node_path_default().resolve(base.repositoryRoot, relative));
        if (projectRelative.startsWith('..'))
            continue;
        found.push({ file: relative, line: Number(match[2]), column: match[3] === undefined ? undefined : Number(match[3]) });
    }
    return found;
}
/** The first meaningful lines of a failure text, without ANSI colours and stack frames. */
function failureHeadline(text, maxLines = 6) {
    const lines = (0,ansi/* stripColors */.T)(text)
        .split(/\r?\n/)
        .filter((line) => !/^\s*at\s/.test(line) && !/^\s*[{}]\s*$/.test(line))
        .map((line) => line.trimEnd());
    while (lines.length > 0 && lines[0].trim() === '')
        lines.shift();
    // Two blank lines in a row end the message (mocha puts its diff and the stack after them).
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '' && lines[index - 1].trim() === '');
    const kept = lines.slice(0, end < 0 ? maxLines : Math.min(end, maxLines));
    while (kept.length > 0 && kept[kept.length - 1].trim() === '')
        kept.pop();
    return kept.join('\n');
}
function totals(results, durationMs) {
    const count = (status) => results.cases.filter((test) => test.status === status).length;
    const fileErrors = results.fileErrors.length;
    return {
        passed: count('passed'),
        failed: count('failed') + fileErrors,
        skipped: count('skipped'),
        total: results.cases.length + fileErrors,
        fileErrors,
        durationMs: durationMs ?? results.cases.reduce((sum, test) => sum + test.durationMs, 0),
    };
}
/** The closing line's counts: the same numbers as the summary's table and the outputs. */
function totalsLine(counted) {
    const files = counted.fileErrors > 0 ? ` (${counted.fileErrors} of them test file${counted.fileErrors > 1 ? 's' : ''} that failed to run)` : '';
    return `${counted.passed} passed, ${counted.failed} failed${files}, ${counted.skipped} skipped, ${counted.total} in all`;
}
/** Tests that ran (passed or failed): zero of them is "nothing was tested". */
function executedCount(results) {
    return results.cases.filter((test) => test.status !== 'skipped').length;
}
/** Failed tests and failed files as findings: at the failing line when known, else at the test's declaration. */
function testFindings(results) {
    const findings = [];
    for (const test of results.cases) {
        if (test.status !== 'failed')
            continue;
        const atFailure = test.failureFile !== undefined && test.failureLine !== undefined;
        findings.push({
            level: 'error',
            message: `${test.name} failed${test.message ? `: ${test.message}` : ''}`,
            file: atFailure ? test.failureFile : test.file,
            line: atFailure ? test.failureLine : test.line,
            column: atFailure ? test.failureColumn : undefined,
            source: results.runner,
        });
    }
    for (const error of results.fileErrors) {
        findings.push({ level: 'error', message: error.message, file: error.file, line: error.line, source: results.runner });
    }
    return findings;
}
/** Per-file durations (sum of the file's tests), for shard planning. */
function fileDurations(results) {
    const durations = { ...results.fileDurationsMs };
    const measured = new Set(Object.keys(durations));
    for (const test of results.cases) {
        if (test.file === undefined || measured.has(test.file))
            continue;
        durations[test.file] = (durations[test.file] ?? 0) + test.durationMs;
    }
    return durations;
}
function mergeResults(runner, parts) {
    return {
        runner,
        cases: parts.flatMap((part) => part.cases),
        fileErrors: parts.flatMap((part) => part.fileErrors),
        fileDurationsMs: Object.assign({}, ...parts.map((part) => part.fileDurationsMs ?? {})),
    };
}
/**
 * Paths as the repository has them. Runners write some relative to a root of their own (a vitest workspace
 * project writes `bundle-size.test.ts` for `packages/treeshake/bundle-size.test.ts`): a path that is not a file of
 * the repository is replaced by the one file under the project that ends with it, or dropped when none or several
 * do, so that every annotation points at a file that exists. `files`: repository-relative files under the project.
 */
function placeOnExistingFiles(results, files, projectPath = '') {
    const known = new Set(files);
    const prefix = projectPath === '' || projectPath === '.' ? '' : `${projectPath}/`;
    const placed = new Map();
    const place = (file, near) => {
        if (file === undefined || known.has(file))
            return file;
        // The path the runner meant, relative to some root under the project: what follows the project's own path.
        const tail = (file.startsWith(prefix) ? file.slice(prefix.length) : file).replace(/^(\.\.\/)+/, '');
        const ends = (candidate) => candidate === tail || candidate.endsWith(`/${tail}`);
        // A failure's frame in the test's own file: that file, even where several packages have one of that name.
        if (near !== undefined && ends(near))
            return near;
        if (!placed.has(file)) {
            const matches = files.filter(ends);
            placed.set(file, matches.length === 1 ? matches[0] : undefined);
        }
        return placed.get(file);
    };
    const cases = results.cases.map((test) => {
        const moved = { ...test, file: place(test.file) };
        if (test.failureFile !== undefined) {
            moved.failureFile = place(test.failureFile, moved.file);
            if (moved.failureFile === undefined) {
                delete moved.failureFile;
                delete moved.failureLine;
                delete moved.failureColumn;
            }
        }
        if (moved.file === undefined)
            delete moved.line;
        return moved;
    });
    const fileErrors = results.fileErrors.map((error) => {
        const file = place(error.file);
        return file === undefined ? { message: error.message } : { ...error, file };
    });
    const fileDurationsMs = results.fileDurationsMs
        ? Object.fromEntries(Object.entries(results.fileDurationsMs).map(([file, ms]) => [place(file) ?? file, ms]))
        : undefined;
    return { ...results, cases, fileErrors, ...(fileDurationsMs ? { fileDurationsMs } : {}) };
}

;// CONCATENATED MODULE: ./src/core/testing/coverage.ts


function ratio(covered, total) {
    return { covered, total, percent: total === 0 ? undefined : Math.floor((covered / total) * 10_000) / 100 };
}
function fileEntry(data, file) {
    data[file] ??= { lines: {}, branches: {} };
    return data[file];
}
/** lcov tracefile (`SF`, `DA`, `BRDA` records). */
function parseLcov(text, base) {
    const data = {};
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('SF:'))
            current = fileEntry(data, results_repositoryPath(line.slice(3), base));
        else if (line === 'end_of_record')
            current = undefined;
        else if (current && line.startsWith('DA:')) {
            const [number, hits] = line.slice(3).split(',');
            current.lines[number] = Math.max(current.lines[number] ?? 0, Number(hits) || 0);
        }
        else if (current && line.startsWith('BRDA:')) {
            const [number, block, branch, taken] = line.slice(5).split(',');
            const key = `${number}:${block}:${branch}`;
            const hit = taken !== '-' && Number(taken) > 0 ? 1 : 0;
            current.branches[key] = [Math.max(current.branches[key]?.[0] ?? 0, hit), 1];
        }
    }
    return data;
}
/** Cobertura XML (coverage.py's `coverage xml`, pytest-cov's `--cov-report=xml`). */
function parseCobertura(xml, base) {
    const root = parseXml(xml);
    if (root.name !== 'coverage')
        throw new Error(`the root element is <${root.name}>, not <coverage>: not a Cobertura report`);
    const sources = descendants(root, 'source').map((source) => source.text.trim()).filter((source) => source !== '');
    const data = {};
    for (const element of descendants(root, 'class')) {
        const filename = element.attributes.filename ?? '';
        const located = sources.length > 0 && !filename.startsWith('/') ? `${sources[0]}/${filename}` : filename;
        const entry = fileEntry(data, results_repositoryPath(located, base));
        for (const line of descendants(child(element, 'lines') ?? element, 'line')) {
            const number = line.attributes.number ?? '0';
            entry.lines[number] = Math.max(entry.lines[number] ?? 0, Number(line.attributes.hits) || 0);
            const condition = /\((\d+)\/(\d+)\)/.exec(line.attributes['condition-coverage'] ?? '');
            if (line.attributes.branch === 'true' && condition) {
                const previous = entry.branches[number];
                entry.branches[number] = [Math.max(previous?.[0] ?? 0, Number(condition[1])), Math.max(previous?.[1] ?? 0, Number(condition[2]))];
            }
        }
    }
    return data;
}
/** Shards cover the same files: a line is covered when any shard covered it. */
function mergeCoverage(parts) {
    const merged = {};
    for (const part of parts) {
        for (const [file, coverage] of Object.entries(part)) {
            const entry = fileEntry(merged, file);
            for (const [line, hits] of Object.entries(coverage.lines))
                entry.lines[line] = (entry.lines[line] ?? 0) + hits;
            for (const [key, [covered, total]] of Object.entries(coverage.branches)) {
                const previous = entry.branches[key];
                entry.branches[key] = [Math.max(previous?.[0] ?? 0, covered), Math.max(previous?.[1] ?? 0, total)];
            }
        }
    }
    return merged;
}
function summarizeCoverage(data) {
    let linesCovered = 0;
    let linesTotal = 0;
    let branchesCovered = 0;
    let branchesTotal = 0;
    const files = Object.entries(data)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, coverage]) => {
        const hits = Object.values(coverage.lines);
        const lines = ratio(hits.filter((count) => count > 0).length, hits.length);
        const branchPoints = Object.values(coverage.branches);
        const branches = ratio(branchPoints.reduce((sum, [covered]) => sum + covered, 0), branchPoints.reduce((sum, [, total]) => sum + total, 0));
        linesCovered += lines.covered;
        linesTotal += lines.total;
        branchesCovered += branches.covered;
        branchesTotal += branches.total;
        return { file, lines, branches };
    });
    return { lines: ratio(linesCovered, linesTotal), branches: ratio(branchesCovered, branchesTotal), files };
}
/** istanbul's `json-summary` (jest `--coverageReporters=json-summary`): totals and per-file counts, not mergeable. */
function parseJsonSummary(text, base) {
    const parsed = JSON.parse(text);
    if (parsed.total === undefined)
        throw new Error('no "total" entry: not an istanbul json-summary');
    const read = (counts) => ratio(counts?.covered ?? 0, counts?.total ?? 0);
    const files = Object.entries(parsed)
        .filter(([name]) => name !== 'total')
        .map(([name, entry]) => ({ file: repositoryPath(name, base), lines: read(entry.lines), branches: read(entry.branches) }))
        .sort((a, b) => a.file.localeCompare(b.file));
    return { lines: read(parsed.total.lines), branches: read(parsed.total.branches), files };
}
/** The files with the lowest line coverage (ties by name), for the summary. */
function leastCovered(summary, count = 5) {
    return summary.files
        .filter((file) => file.lines.total > 0 && (file.lines.percent ?? 100) < 100)
        .sort((a, b) => (a.lines.percent ?? 100) - (b.lines.percent ?? 100) || a.file.localeCompare(b.file))
        .slice(0, count);
}
/** lcov text for merged coverage, so other tools (Codecov, Coveralls, editors) can take it. */
function writeLcov(data) {
    const records = Object.entries(data)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, coverage]) => {
        const lines = Object.entries(coverage.lines).sort(([a], [b]) => Number(a) - Number(b));
        const branchLines = [];
        let branchesFound = 0;
        let branchesHit = 0;
        for (const [key, [covered, total]] of Object.entries(coverage.branches)) {
            const [line, block = '0', branch] = key.split(':');
            for (let index = 0; index < total; index += 1) {
                const taken = index < covered ? 1 : 0;
                branchLines.push(`BRDA:${line},${block},${branch ?? index},${taken}`);
                branchesFound += 1;
                branchesHit += taken;
            }
        }
        return [
            `SF:${file}`,
            ...branchLines,
            `BRF:${branchesFound}`,
            `BRH:${branchesHit}`,
            ...lines.map(([line, hits]) => `DA:${line},${hits}`),
            `LF:${lines.length}`,
            `LH:${lines.filter(([, hits]) => hits > 0).length}`,
            'end_of_record',
        ].join('\n');
    });
    return `TN:\n${records.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/testing/jest-json.ts

const STATUS = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', todo: 'skipped', disabled: 'skipped', focused: 'passed' };
/** jest `--json --outputFile=… --testLocationInResults`: every assertion, and the files that failed to run. */
function parseJestJson(text, base) {
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed.testResults))
        throw new Error('no testResults array: not the output of jest --json');
    const cases = [];
    const fileErrors = [];
    const fileDurationsMs = {};
    for (const result of parsed.testResults) {
        const file = result.name ? results_repositoryPath(result.name, base) : undefined;
        if (file !== undefined && result.startTime !== undefined && result.endTime !== undefined && result.endTime >= result.startTime) {
            fileDurationsMs[file] = result.endTime - result.startTime;
        }
        const assertions = result.assertionResults ?? [];
        for (const assertion of assertions) {
            const status = STATUS[assertion.status ?? ''] ?? 'skipped';
            const test = {
                file,
                name: assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title ?? ''].join(' › '),
                status,
                durationMs: assertion.duration ?? 0,
                line: assertion.location?.line ?? undefined,
            };
            if (status === 'failed') {
                const text = (assertion.failureMessages ?? []).join('\n');
                const location = stackLocation(text, base, file);
                if (location) {
                    test.failureFile = location.file;
                    test.failureLine = location.line;
                    test.failureColumn = location.column;
                }
                test.message = failureHeadline(text.replace(/^Error: /, '')) || 'failed';
            }
            cases.push(test);
        }
        const anyFailed = assertions.some((assertion) => assertion.status === 'failed');
        if (result.status === 'failed' && !anyFailed) {
            // jest's text: "● Test suite failed to run", the error, then a code frame (kept out: the annotation is at that line).
            const text = (0,ansi/* stripColors */.T)(result.message ?? '')
                .split(/\r?\n/)
                .filter((line) => !/^\s*(●\s*)?Test suite failed to run\s*$/.test(line) && !/^\s*>?\s*\d*\s*\|/.test(line))
                .join('\n');
            const message = failureHeadline(text, 6).split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n') || 'the test file failed to run';
            const location = stackLocation(result.message ?? '', base, file);
            fileErrors.push({ file, line: location?.file === file ? location?.line : undefined, message: `${file ?? 'A test file'} failed to run: ${message}` });
        }
    }
    return { runner: 'jest', cases, fileErrors, fileDurationsMs };
}

;// CONCATENATED MODULE: ./src/core/testing/junit.ts



const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py)$/;
function caseFile(testcase, options) {
    const file = testcase.attributes.file;
    if (file)
        return results_repositoryPath(file, options);
    // vitest writes the test file (relative to its root) as the classname.
    const classname = testcase.attributes.classname ?? '';
    if (SOURCE_FILE.test(classname))
        return results_repositoryPath(classname, options);
    return undefined;
}
/** pytest: `TestClass::test_name` as in its node ids; others: `suite › test` when the classname is a suite title. */
function caseName(testcase, runner) {
    const name = testcase.attributes.name ?? '';
    const classname = testcase.attributes.classname ?? '';
    if (runner === 'pytest') {
        const last = classname.split('.').pop() ?? '';
        return /^[A-Z]/.test(last) ? `${last}::${name}` : name;
    }
    if (classname === '' || classname === 'test' || SOURCE_FILE.test(classname) || name.startsWith(classname))
        return name;
    return `${classname} › ${name}`;
}
function parseCase(testcase, options) {
    const file = caseFile(testcase, options);
    const lineAttribute = testcase.attributes.line;
    const declared = lineAttribute !== undefined && lineAttribute !== '' ? Number(lineAttribute) + (options.zeroBasedLines ? 1 : 0) : undefined;
    const seconds = Number.parseFloat(testcase.attributes.time ?? '0');
    const failure = child(testcase, 'failure') ?? child(testcase, 'error');
    const skipped = child(testcase, 'skipped');
    const test = {
        file,
        name: caseName(testcase, options.runner),
        status: failure ? 'failed' : skipped ? 'skipped' : 'passed',
        durationMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : 0,
        line: declared !== undefined && Number.isFinite(declared) ? declared : undefined,
    };
    if (failure) {
        const text = failure.text;
        const location = stackLocation(text, options, file);
        if (location) {
            test.failureFile = location.file;
            test.failureLine = location.line;
            test.failureColumn = location.column;
        }
        const message = failure.attributes.message?.trim();
        test.message = failureHeadline(message ? message : text) || failure.attributes.type || 'failed';
    }
    return test;
}
/** JUnit XML from pytest (`--junitxml`), vitest's junit reporter, mocha's xunit reporter, node's junit or ours. */
function parseJunit(xml, options) {
    const root = parseXml(xml);
    const testcases = root.name === 'testcase' ? [root] : descendants(root, 'testcase');
    // pytest reports its own internal error (a plugin crash, a bad -k with xdist) as a test named pytest.internal.
    const internal = (testcase) => options.runner === 'pytest' && testcase.attributes.classname === 'pytest' && testcase.attributes.name === 'internal';
    const fileErrors = testcases.filter(internal).map((testcase) => {
        const text = (child(testcase, 'error') ?? child(testcase, 'failure'))?.text ?? '';
        const last = lastLines(text, 3, { skipBlank: true });
        return { message: `pytest stopped with an internal error:\n${last}` };
    });
    // pytest reports a module it could not collect (an ImportError, a SyntaxError) as an error named by the module.
    const uncollected = (testcase) => options.runner === 'pytest' && child(testcase, 'error')?.attributes.message === 'collection failure';
    fileErrors.push(...testcases.filter(uncollected).map((testcase) => pytestCollectionError(testcase, options)));
    // node's runner reports a file that failed as a whole (it did not load, its process died) as a test named by the
    // file; vitest a suite that failed to run as a test named by its classname, the file.
    const namedByFile = (testcase) => {
        const { name, file, classname } = testcase.attributes;
        return (file !== undefined && name === file) || (classname !== undefined && SOURCE_FILE.test(classname) && name === classname);
    };
    const wholeFile = (testcase) => namedByFile(testcase) && (child(testcase, 'failure') ?? child(testcase, 'error')) !== undefined;
    for (const testcase of testcases.filter(wholeFile)) {
        const failed = parseCase(testcase, options);
        fileErrors.push({ file: failed.file, line: failed.failureFile === failed.file ? failed.failureLine : undefined, message: `${failed.file ?? 'A test file'} failed to run: ${failed.message ?? 'failed'}` });
    }
    const cases = testcases.filter((testcase) => !internal(testcase) && !uncollected(testcase) && !wholeFile(testcase)).map((testcase) => parseCase(testcase, options));
    return { runner: options.runner, cases, fileErrors };
}
/**
 * A test module pytest could not collect, as pytest's own summary line names it ("ERROR collecting tests/test_x.py")
 * with the error's last line (`E   ModuleNotFoundError: No module named 'foo'`, `E   SyntaxError: invalid syntax`), at
 * the module's line that the traceback or the SyntaxError blames.
 */
function pytestCollectionError(testcase, options) {
    const text = child(testcase, 'error')?.text ?? '';
    const named = /^Import\w*Error while importing test module '([^']+)'/m.exec(text)?.[1] ?? /^E\s+File "([^"]+\.py)", line \d+/m.exec(text)?.[1];
    const fromName = `${(testcase.attributes.name ?? '').replace(/\./g, '/')}.py`;
    const file = results_repositoryPath(named ?? (testcase.attributes.file || fromName), options);
    const syntaxLine = /^E\s+File "([^"]+)", line (\d+)/m.exec(text);
    const frame = stackLocation(text, options, file);
    const line = syntaxLine && results_repositoryPath(syntaxLine[1], options) === file ? Number(syntaxLine[2]) : frame?.file === file ? frame.line : undefined;
    const errors = text.split(/\r?\n/).filter((entry) => /^E\s{2,}\S/.test(entry) && !/^E\s+(File "|\s*\^)/.test(entry)).map((entry) => entry.replace(/^E\s+/, '').trim());
    const cause = errors.filter((entry) => /^\w*(Error|Exception|Exit)\b/.test(entry)).pop() ?? errors.pop() ?? failureHeadline(text, 1);
    return { file, ...(line !== undefined ? { line } : {}), message: `ERROR collecting ${file} (pytest could not import the test module): ${cause}` };
}
/** Writes results as JUnit XML (for the merged results of shards, and for runners whose own file lacks paths). */
function writeJunit(results) {
    const byFile = new Map();
    for (const test of results.cases) {
        const key = test.file ?? results.runner;
        byFile.set(key, [...(byFile.get(key) ?? []), test]);
    }
    const suites = [...byFile.entries()].map(([name, tests]) => {
        const failures = tests.filter((test) => test.status === 'failed').length;
        const skipped = tests.filter((test) => test.status === 'skipped').length;
        const seconds = tests.reduce((sum, test) => sum + test.durationMs, 0) / 1000;
        const cases = tests.map((test) => {
            const attributes = [
                `name="${escapeXml(test.name)}"`,
                `classname="${escapeXml(test.file ?? results.runner)}"`,
                `time="${(test.durationMs / 1000).toFixed(3)}"`,
                test.file !== undefined ? `file="${escapeXml(test.file)}"` : '',
                test.line !== undefined ? `line="${test.line}"` : '',
            ].filter((part) => part !== '');
            if (test.status === 'passed')
                return `    <testcase ${attributes.join(' ')}/>`;
            if (test.status === 'skipped')
                return `    <testcase ${attributes.join(' ')}><skipped/></testcase>`;
            const where = test.failureFile !== undefined ? `\n${test.failureFile}:${test.failureLine ?? 0}${test.failureColumn !== undefined ? `:${test.failureColumn}` : ''}` : '';
            return `    <testcase ${attributes.join(' ')}><failure message="${escapeXml(test.message ?? 'failed')}">${escapeXml(`${test.message ?? ''}${where}`)}</failure></testcase>`;
        });
        return `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
    });
    const errors = results.fileErrors.map((error) => `  <testsuite name="${escapeXml(error.file ?? results.runner)}" tests="1" failures="0" errors="1"><testcase name="(file)" classname="${escapeXml(error.file ?? results.runner)}"${error.file ? ` file="${escapeXml(error.file)}"` : ''}><error message="${escapeXml(failureHeadline(error.message, 1))}">${escapeXml(error.message)}</error></testcase></testsuite>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${[...suites, ...errors].join('\n')}\n</testsuites>\n`;
}

;// CONCATENATED MODULE: ./src/core/testing/shards.ts

/** `shard: i/n` with 1 <= i <= n. Empty means no sharding. */
function parseShard(raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!match || total < 1 || index < 1 || index > total) {
        throw new errors/* ConfigurationError */.j1(`Input 'shard' must be i/n with 1 <= i <= n, e.g. 2/4 for the second of four shards (got '${value}').`);
    }
    return { index, total };
}
/**
 * Splits test files into `total` shards, the same way in every shard (so each runs its own part and no file is
 * run twice or missed): files with a known duration by greedy longest-processing-time (longest first onto the
 * least-loaded shard), then files without history spread by count (onto the shard with the fewest of them, then
 * the least load). Ties go to the lower shard; files are taken in name order, so the input order does not matter.
 */
function planShards(files, history, total) {
    const unique = [...new Set(files)].sort();
    const known = unique
        .filter((file) => Number.isFinite(history[file]) && history[file] >= 0)
        .sort((a, b) => history[b] - history[a] || a.localeCompare(b));
    const knownSet = new Set(known);
    const unknown = unique.filter((file) => !knownSet.has(file));
    const shards = Array.from({ length: total }, () => []);
    const loads = Array.from({ length: total }, () => 0);
    const unknownCounts = Array.from({ length: total }, () => 0);
    const pick = (better) => {
        let best = 0;
        for (let shard = 1; shard < total; shard += 1)
            if (better(shard, best))
                best = shard;
        return best;
    };
    for (const file of known) {
        const shard = pick((a, b) => loads[a] < loads[b]);
        shards[shard].push({ file, estimateMs: history[file] });
        loads[shard] += history[file];
    }
    for (const file of unknown) {
        const shard = pick((a, b) => unknownCounts[a] < unknownCounts[b] || (unknownCounts[a] === unknownCounts[b] && loads[a] < loads[b]));
        shards[shard].push({ file });
        unknownCounts[shard] += 1;
    }
    for (const shard of shards)
        shard.sort((a, b) => a.file.localeCompare(b.file));
    return { shards, loadsMs: loads, filesWithoutHistory: unknown.length };
}
/** Splitting by count only: every n-th file, in name order (what a split without history does). */
function planShardsByCount(files, total) {
    const shards = Array.from({ length: total }, () => []);
    [...new Set(files)].sort().forEach((file, position) => shards[position % total].push(file));
    return shards;
}
/** Sum of durations per shard, with `durations` measured (or estimated) per file. */
function shardLoads(shards, durations) {
    return shards.map((files) => files.reduce((sum, file) => sum + (durations[file] ?? 0), 0));
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/core/name-order.ts
/** Names made of these only: ICU's root collation orders them exactly as their code points (name-order.test.ts checks it). */
const CODE_POINT_ORDERED = /^[a-z0-9./-]*$/;
/**
 * The order of `a.localeCompare(b)`, which keys and reports have always been made with, without its first-call
 * cost: ICU's collator takes about 5 ms to set up in a fresh Node, and the exact hit's only use of it is to order a
 * project's key files (package.json, package-lock.json, requirements-dev.txt...). Two such plain names are ordered
 * by code point, which gives the same answer; any other pair goes to localeCompare.
 */
function compareNames(a, b) {
    if (CODE_POINT_ORDERED.test(a) && CODE_POINT_ORDERED.test(b))
        return a < b ? -1 : a > b ? 1 : 0;
    return a.localeCompare(b);
}

;// CONCATENATED MODULE: ./src/core/project-snapshot.ts



/** The top-level files whose text the decisions need (requirements files are added by pattern). */
const SNAPSHOT_FILES = [
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'pyproject.toml',
    'poetry.lock',
    '.nvmrc',
    '.node-version',
    '.python-version',
];
function isRequirementsFile(name) {
    return /^requirements.*\.txt$/.test(name);
}
/** dev-requirements*.txt: development requirements under the other common name (read by the quality checks; setup-deps installs requirements*.txt). */
function isDevRequirementsName(name) {
    return /^dev-requirements.*\.txt$/.test(name);
}
/** requirements.txt first, then the others by name. */
function requirementsFiles(snapshot) {
    return [...snapshot.entries].filter(isRequirementsFile).sort((a, b) => {
        if (a === 'requirements.txt')
            return -1;
        if (b === 'requirements.txt')
            return 1;
        return compareNames(a, b);
    });
}
function readPackageJson(snapshot) {
    const text = snapshot.texts.get('package.json');
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`package.json in ${snapshot.directory} is not valid JSON (${error.message}): fix the file.`);
    }
}
function readPyproject(snapshot) {
    const text = snapshot.texts.get('pyproject.toml');
    if (text === undefined)
        return undefined;
    try {
        return parseToml(text);
    }
    catch (error) {
        const firstLine = error.message.split('\n')[0];
        throw new ConfigurationError(`pyproject.toml in ${snapshot.directory} is not valid TOML (${firstLine}): fix the file.`);
    }
}
function objectAt(value, ...path) {
    let current = value;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current !== null && typeof current === 'object' && !Array.isArray(current) ? current : undefined;
}
function stringAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const leaf = parent?.[path[path.length - 1]];
    return typeof leaf === 'string' ? leaf : undefined;
}

;// CONCATENATED MODULE: ./src/core/testing/node-script.ts
/**
 * How a package script calls node's own test runner, read from its text: whether anything can be appended to it
 * (only options, no file or folder arguments after `--test`, and it is the script's last command), whether it picks
 * its own reporter (which replaces the reporters given through NODE_OPTIONS) and whether it measures coverage.
 *
 * Reporters reach the runner through NODE_OPTIONS, which node reads whatever the script's arguments are
 * (`node --test`, `node --test test/`, globs, `--import tsx`, a wrapper that spawns node). Node refuses
 * `--experimental-test-coverage` in NODE_OPTIONS: coverage is asked for on the command line, only when that is safe.
 */
/** When set, our reporter writes one JUnit file per runner process into this folder (and nothing to its destination). */
const NODE_RESULTS_VARIABLE = 'BUILD_ACTIONS_NODE_TEST_RESULTS';
/** node options that take their value as the next argument (`--import tsx`). */
const TAKES_VALUE = new Set([
    '--import', '--require', '-r', '--loader', '--experimental-loader', '--test-name-pattern', '--test-skip-pattern', '--test-reporter',
    '--test-reporter-destination', '--test-concurrency', '--test-timeout', '--test-shard', '--env-file', '--conditions', '-C', '--watch-path',
    '--input-type', '--test-coverage-include', '--test-coverage-exclude', '--test-global-setup', '--stack-size', '--max-old-space-size',
]);
function words(command) {
    const found = [];
    for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
        found.push(match[1] ?? match[2] ?? match[3]);
    return found;
}
function nodeTestInvocation(scriptText) {
    const commands = scriptText.split(/&&|\|\||;|\|/).map((part) => part.trim()).filter((part) => part !== '');
    for (let index = commands.length - 1; index >= 0; index -= 1) {
        const tokens = words(commands[index]);
        const start = tokens.findIndex((token) => token === 'node' || token.endsWith('/node'));
        if (start < 0 || !tokens.slice(start + 1).some((token) => token === '--test'))
            continue;
        const positional = [];
        let ownReporter = false;
        let coverage = false;
        for (let at = start + 1; at < tokens.length; at += 1) {
            const token = tokens[at];
            if (token.startsWith('--test-reporter=') || token === '--test-reporter')
                ownReporter = true;
            if (token === '--experimental-test-coverage')
                coverage = true;
            if (TAKES_VALUE.has(token))
                at += 1;
            else if (!token.startsWith('-'))
                positional.push(token);
        }
        return { positional, last: index === commands.length - 1, ownReporter, coverage };
    }
    return undefined;
}
/** One NODE_OPTIONS word: quoted (node's own rule: double quotes, backslash escapes) when it holds a space or a quote. */
function nodeOption(value) {
    return /[\s"\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
}
/** The project's NODE_OPTIONS with our reporters added after them. */
function nodeOptionsWithReporters(existing, reporters) {
    const ours = reporters.flatMap(({ reporter, destination }) => [`--test-reporter=${nodeOption(reporter)}`, `--test-reporter-destination=${nodeOption(destination)}`]);
    return [existing?.trim() ?? '', ...ours].filter((part) => part !== '').join(' ');
}

;// CONCATENATED MODULE: ./src/core/testing/python-coverage.ts

const TEST_NAME = /^(tests?|testing|test_.*|.*_tests?|conftest|setup|noxfile|docs?|examples?|scripts?|benchmarks?)$/;
/** The `source` (or `source_pkgs`) of an INI section, e.g. `[run]` or `[coverage:run]`. */
function iniSource(text, section) {
    let inside = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            inside = header[1].trim() === section;
            continue;
        }
        if (inside && /^(source|source_pkgs)\s*[=:]/.test(line))
            return true;
    }
    return false;
}
/** Which file configures coverage's source, if any. */
function configuredCoverageSource(configs) {
    const pyproject = configs['pyproject.toml'];
    if (pyproject !== undefined) {
        try {
            const run = (parse(pyproject).tool?.coverage?.run) ?? {};
            if (run.source !== undefined || run.source_pkgs !== undefined)
                return 'pyproject.toml [tool.coverage.run]';
        }
        catch {
            // An unreadable pyproject.toml is reported by the tools that need it.
        }
    }
    if (configs['.coveragerc'] !== undefined && iniSource(configs['.coveragerc'], 'run'))
        return '.coveragerc [run]';
    if (configs['setup.cfg'] !== undefined && iniSource(configs['setup.cfg'], 'coverage:run'))
        return 'setup.cfg [coverage:run]';
    if (configs['tox.ini'] !== undefined && iniSource(configs['tox.ini'], 'coverage:run'))
        return 'tox.ini [coverage:run]';
    return undefined;
}
function pytestCoverageArgs(facts) {
    const configured = configuredCoverageSource(facts.configs);
    // A bare --cov takes its source from the coverage configuration.
    if (configured !== undefined)
        return { args: ['--cov'], source: `the source in ${configured}` };
    const keep = (name) => !TEST_NAME.test(name);
    const packages = facts.srcPackages.length > 0 ? facts.srcPackages.filter(keep).map((name) => `src/${name}`) : facts.packages.filter(keep);
    if (packages.length > 0)
        return { args: packages.sort().map((name) => `--cov=${name}`), source: `the project's packages: ${packages.sort().join(', ')}` };
    const modules = facts.modules.map((file) => file.replace(/\.py$/, '')).filter(keep).sort();
    if (modules.length > 0)
        return { args: modules.map((name) => `--cov=${name}`), source: `the project's modules: ${modules.join(', ')}` };
    return {
        unavailable: "No package or module to measure outside the tests: name what coverage measures in the project's coverage configuration " +
            '([tool.coverage.run] source in pyproject.toml, or .coveragerc) for coverage.',
    };
}

;// CONCATENATED MODULE: ./src/core/testing/test-command.ts





const NPM_PLACEHOLDER = /no test specified/;
const PYTHON_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'pytest.ini', 'tox.ini'];
/** The runner a package script calls, from its text (`jest --ci`, `vitest run`, `node --test`, `mocha`). */
/** pytest's exit code when it collected no test (https://docs.pytest.org/en/stable/reference/exit-codes.html): not a failure by itself. */
const PYTEST_NO_TESTS_COLLECTED = 5;
/** Whether `exitCode` is the runner saying it found no test, rather than a failure. */
function collectedNoTests(runner, exitCode) {
    return runner === 'pytest' && exitCode === PYTEST_NO_TESTS_COLLECTED;
}
function detectNodeRunner(scriptText) {
    // `jest`, or jest's own script through node (`node --experimental-vm-modules node_modules/jest/bin/jest.js`).
    if (/(^|[\s/&;|(])jest(\.js)?(\s|$)/.test(scriptText))
        return 'jest';
    if (/(^|[\s/&;|(])vitest(\s|$)/.test(scriptText))
        return 'vitest';
    if (/(^|[\s/&;|(])node(\s[^&;|]*)?\s--test(\s|=|$)/.test(scriptText))
        return 'node';
    if (/(^|[\s/&;|(])mocha(\s|$)/.test(scriptText))
        return 'mocha';
    return undefined;
}
function scripts(manifest) {
    const value = manifest?.scripts;
    if (value === null || typeof value !== 'object')
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
function nodePackageManager(snapshot) {
    if (snapshot.entries.has('pnpm-lock.yaml'))
        return 'pnpm';
    if (snapshot.entries.has('yarn.lock'))
        return 'yarn';
    return 'npm';
}
/**
 * Decides how the project's tests run. `testScript` (input 'test-script') names the package script; any script runs,
 * recognised or not: an unrecognised one is judged by its exit code. Throws ConfigurationError, saying what was
 * looked for, when nothing fits.
 */
function detectTestProject(snapshot, coverage, testScript = '') {
    const available = scripts(readPackageJson(snapshot));
    if (testScript !== '' && available[testScript] === undefined) {
        const names = Object.keys(available);
        throw new errors/* ConfigurationError */.j1(`Input 'test-script' is '${testScript}', but package.json in ${snapshot.directory} has no such script ` +
            `(it has ${names.length > 0 ? names.map((name) => `'${name}'`).join(', ') : 'no scripts'}). Name one of them, or leave the input empty.`);
    }
    const script = testScript !== '' ? testScript : coverage && available['test:coverage'] !== undefined ? 'test:coverage' : 'test';
    const scriptText = available[script];
    if (scriptText !== undefined && (testScript !== '' || !NPM_PLACEHOLDER.test(scriptText))) {
        const detected = detectNodeRunner(scriptText);
        // Arguments appended to a script reach its last command: jest's, vitest's or mocha's result flags only work when that command is the runner.
        const lastCommand = scriptText.split(/&&|\|\||;/).map((part) => part.trim()).filter((part) => part !== '').pop() ?? '';
        const reachable = detected === undefined || detected === 'node' || detectNodeRunner(lastCommand) === detected;
        const runner = detected !== undefined && reachable ? detected : 'script';
        const why = detected === undefined
            ? ' (no runner recognised in it: run as it is, judged by its exit code)'
            : reachable
                ? ''
                : ` (${detected} is not its last command, so flags for its results cannot be added: run as it is, judged by its exit code)`;
        const reason = `package.json script '${script}': ${scriptText}${why}`;
        return { language: 'node', runner, script, scriptText, packageManager: nodePackageManager(snapshot), reason };
    }
    const pythonMarker = PYTHON_MARKERS.find((name) => snapshot.entries.has(name)) ?? requirementsFiles(snapshot)[0];
    if (pythonMarker !== undefined)
        return { language: 'python', runner: 'pytest', reason: `found ${pythonMarker}` };
    const found = snapshot.entries.has('package.json')
        ? scriptText !== undefined
            ? `package.json's 'test' script is npm's placeholder ('${scriptText}')`
            : `package.json has no 'test' script`
        : 'no package.json';
    throw new errors/* ConfigurationError */.j1(`No test command in ${snapshot.directory}: ${found}, and no Python project to run pytest in. Looked for the package.json scripts ` +
        `'test' (and 'test:coverage' when coverage is on) and for ${PYTHON_MARKERS.join(', ')}, requirements*.txt. ` +
        `Add a 'test' script, or set 'working-directory' to the project folder.`);
}
function installHint(packageManager, name) {
    return packageManager === 'npm' ? `npm install --save-dev ${name}` : `${packageManager} add -D ${name}`;
}
function scriptCommand(project, args) {
    if (project.packageManager === 'npm')
        return { command: 'npm', args: ['run', project.script, '--', ...args] };
    return { command: project.packageManager, args: ['run', project.script, ...args] };
}
/** The command that runs the tests with machine-readable results, as an argument array (never a shell string). */
function testCommand(project, inputs) {
    const directory = inputs.resultsDirectory;
    const at = (name) => external_node_path_default().join(directory, name);
    const files = inputs.files ?? [];
    if (project.language === 'python') {
        const python = inputs.python;
        if (python === undefined)
            throw new Error('the Python interpreter was not probed');
        const args = ['-m', 'pytest', `--junitxml=${at('junit.xml')}`, '-o', 'junit_family=xunit1'];
        // coverage.py's data file goes with the results, not into the project, whoever starts coverage (ours, or the
        // project's own --cov in addopts): COVERAGE_FILE wins over a config's data_file.
        const plan = { command: python.executable, args, env: { COVERAGE_FILE: at('.coverage') }, files: { directory, junit: at('junit.xml') } };
        const sources = inputs.coverage && python.hasCov ? pytestCoverageArgs(inputs.pythonCoverage ?? { packages: [], srcPackages: [], modules: [], configs: {} }) : undefined;
        if (sources !== undefined && 'args' in sources) {
            args.push(...sources.args, '--cov-branch', `--cov-report=xml:${at('coverage.xml')}`, '--cov-report=term');
            plan.files.cobertura = at('coverage.xml');
            plan.coverageSource = sources.source;
        }
        else if (sources !== undefined) {
            plan.coverageUnavailable = sources.unavailable;
        }
        else if (inputs.coverage) {
            plan.coverageUnavailable = `pytest-cov is not installed in ${python.executable}: add pytest-cov to the project's test dependencies for coverage`;
        }
        if (python.hasXdist)
            args.push('-n', 'auto');
        args.push(...inputs.extraArgs, ...files);
        return plan;
    }
    const runnerArgs = [];
    const plan = { command: '', args: [], env: {}, files: { directory, junit: at('junit.xml') } };
    switch (project.runner) {
        case 'jest':
            plan.files.jestJson = at('jest-results.json');
            runnerArgs.push('--json', `--outputFile=${plan.files.jestJson}`, '--testLocationInResults');
            if (inputs.coverage) {
                plan.files.lcov = at('coverage/lcov.info');
                runnerArgs.push('--coverage', '--coverageReporters=lcovonly', '--coverageReporters=text-summary', `--coverageDirectory=${at('coverage')}`);
            }
            runnerArgs.push(...inputs.extraArgs);
            if (inputs.files !== undefined)
                runnerArgs.push('--runTestsByPath', ...files);
            break;
        case 'node':
        case 'script': {
            // Reporters through NODE_OPTIONS: node reads them whatever the script's own arguments are (a folder, globs,
            // --import tsx), and so does every runner a wrapper starts. Our reporter writes one file per runner process.
            plan.files.nodeJunitDirectory = at('node-junit');
            plan.env[NODE_RESULTS_VARIABLE] = plan.files.nodeJunitDirectory;
            const reporters = [{ reporter: inputs.nodeReporter, destination: 'stdout' }, { reporter: 'spec', destination: 'stdout' }];
            const invocation = project.runner === 'node' ? nodeTestInvocation(project.scriptText) : undefined;
            if (project.runner === 'script') {
                plan.countsMayBeUnknown = `no test runner was recognised in '${project.scriptText}', and it wrote no results the action can read (node's runner, when the script starts one, is read)`;
                if (inputs.coverage)
                    plan.coverageUnavailable = `Coverage is measured for the runners the action recognises (jest, vitest, node --test, pytest): the script '${project.script}' is run as it is.`;
            }
            else if (invocation?.ownReporter) {
                plan.countsMayBeUnknown = `the script '${project.scriptText}' picks its own --test-reporter, which replaces the ones the action gives node`;
            }
            if (project.runner === 'node' && inputs.coverage) {
                // node refuses --experimental-test-coverage in NODE_OPTIONS: it goes on the command line, only where it cannot be read as a file name.
                const appendable = invocation !== undefined && invocation.last && invocation.positional.length === 0;
                if (invocation?.coverage || appendable) {
                    if (!invocation?.coverage)
                        runnerArgs.push('--experimental-test-coverage');
                    plan.files.lcov = at('lcov.info');
                    reporters.push({ reporter: 'lcov', destination: plan.files.lcov });
                }
                else {
                    plan.coverageUnavailable =
                        `node --test measures coverage only with --experimental-test-coverage on its command line, before its file arguments, and \`${project.scriptText}\` ` +
                            `${invocation === undefined || !invocation.last ? 'runs other commands after it' : `names \`${invocation.positional.join(' ')}\``}: add --experimental-test-coverage to the script after --test for coverage.`;
                }
            }
            plan.env.NODE_OPTIONS = nodeOptionsWithReporters(inputs.nodeOptions, reporters);
            runnerArgs.push(...inputs.extraArgs, ...files);
            break;
        }
        case 'vitest':
            runnerArgs.push('--reporter=default', '--reporter=junit', `--outputFile.junit=${at('junit.xml')}`);
            if (inputs.coverage && inputs.vitestCoverageProvider !== false) {
                plan.files.lcov = at('coverage/lcov.info');
                runnerArgs.push('--coverage.enabled=true', '--coverage.reportOnFailure=true', '--coverage.reporter=lcovonly', '--coverage.reporter=text-summary', `--coverage.reportsDirectory=${at('coverage')}`);
            }
            else if (inputs.coverage) {
                // vitest refuses to start when coverage is on and no provider is installed: the tests run without it.
                plan.coverageUnavailable = `vitest measures coverage through a provider package, and the project has none: ${installHint(project.packageManager, '@vitest/coverage-v8')} (the version of vitest) for coverage.`;
            }
            runnerArgs.push(...inputs.extraArgs, ...files);
            break;
        case 'mocha':
            runnerArgs.push('--reporter=xunit', `--reporter-option=output=${at('junit.xml')}`);
            if (inputs.coverage)
                plan.coverageUnavailable = 'mocha has no coverage of its own: wrap it in c8 or nyc in the test script for coverage';
            runnerArgs.push(...inputs.extraArgs, ...files);
            break;
    }
    const command = scriptCommand(project, runnerArgs);
    return { ...plan, command: command.command, args: command.args };
}
/** The command that lists the test files, where the runner can list them (jest, pytest); undefined: walk the tree. */
function listCommand(project, python) {
    if (project.language === 'python')
        return { command: python?.executable ?? 'python3', args: ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider'] };
    if (project.runner === 'jest') {
        const command = scriptCommand(project, ['--listTests']);
        return project.packageManager === 'npm' ? { command: 'npm', args: ['run', '--silent', ...command.args.slice(1)] } : { command: command.command, args: ['--silent', ...command.args] };
    }
    return undefined;
}
/** Test files from a listing's output: jest prints absolute paths, pytest `file::test` node ids. */
function parseListedFiles(output, project, projectDirectory) {
    const files = new Set();
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (project.language === 'python') {
            const match = /^([^\s:]+\.py)::/.exec(line);
            if (match)
                files.add(match[1]);
        }
        else if (line.startsWith('/') && /\.[cm]?[jt]sx?$/.test(line)) {
            files.add(external_node_path_default().relative(projectDirectory, line).split((external_node_path_default()).sep).join('/'));
        }
    }
    return [...files].sort();
}
/** node --test's default file patterns (Node 20+), matched on a path relative to the project. */
function isNodeTestFile(relative) {
    const parts = relative.split('/');
    if (parts.some((part) => part === 'node_modules' || part.startsWith('.')))
        return false;
    const name = parts[parts.length - 1];
    if (!/\.[cm]?js$/.test(name))
        return false;
    return /^(.*[.\-_])?test\.[cm]?js$/.test(name) || /^test-.*\.[cm]?js$/.test(name) || parts.slice(0, -1).includes('test');
}

;// CONCATENATED MODULE: ./src/core/cache/version.ts

/**
 * `cache-version`: one knob that makes every cache key of an action new, for when the cache holds a bad entry (a
 * corrupt tree, a stale tool cache) and no lockfile edit should be needed to get past it. Empty (the default)
 * leaves every key exactly as it was without the input, so existing entries stay valid.
 */
const CACHE_VERSION_INPUT = 'cache-version';
const TOKEN = /^[A-Za-z0-9._-]{1,32}$/;
function parseCacheVersion(raw) {
    const value = raw.trim();
    if (value === '' || TOKEN.test(value))
        return value;
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new errors/* ConfigurationError */.j1(`Input '${CACHE_VERSION_INPUT}' must be a short token of 1 to 32 letters, digits, '.', '_' or '-', e.g. 2 or 2024-06-01 (got '${shown}'${value.length > 32 ? `, ${value.length} characters` : ''}).`);
}
/**
 * The key segment a cache version adds, placed right after a key's fixed name and schema so that every key and
 * every restore prefix of the action carries it. It ends with '+', a character no version holds: the prefix of
 * version `1` is therefore never a prefix of a key of version `1-x` (nor of a key without a version, whose next
 * segment is the OS), so no entry saved under another version is ever restored, not even by a prefix match.
 * Empty for no version: the keys stay byte for byte what they were.
 */
function cacheVersionSegment(version) {
    return version ? `${CACHE_VERSION_INPUT}+${version}+-` : '';
}

// EXTERNAL MODULE: ./src/core/hashing.ts
var hashing = __nccwpck_require__(31);
;// CONCATENATED MODULE: ./src/core/testing/timings.ts


const TIMINGS_SCHEMA = 1;
/** The prefix every run of the same project and runner (and `cache-version` input) restores from, and saves under. */
function timingsKeyPrefix(parts) {
    return `test-timings-v${TIMINGS_SCHEMA}-${cacheVersionSegment(parts.cacheVersion)}${parts.os}-${parts.runner}-${(0,hashing/* digestText */.M)(parts.projectPath).slice(0, 12)}-`;
}
/** A key no other save uses: the run, and which shard (or the merge job) saved it. */
function timingsKey(prefix, run, label) {
    return `${prefix}${run}-${label}`;
}
function parseTimingsFile(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed.schema !== TIMINGS_SCHEMA || typeof parsed.run !== 'string')
            return undefined;
        const clean = (record) => Object.fromEntries(Object.entries((record ?? {})).filter((entry) => typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= 0));
        return { schema: TIMINGS_SCHEMA, run: parsed.run, planned: clean(parsed.planned), timings: clean(parsed.timings) };
    }
    catch {
        return undefined;
    }
}
/** The history the split is planned from: the restored entry's `planned` when this run saved it, else its `timings`. */
function planningHistory(restored, run) {
    if (restored === undefined)
        return {};
    return restored.run === run ? restored.planned : restored.timings;
}
/** What this shard (or the merge job) saves: the restored timings with its own measurements on top. */
function nextTimings(restored, run, measured) {
    const planned = planningHistory(restored, run);
    const carried = restored === undefined ? {} : restored.timings;
    return { schema: TIMINGS_SCHEMA, run, planned, timings: { ...carried, ...roundAll(measured) } };
}
function roundAll(record) {
    return Object.fromEntries(Object.entries(record).map(([file, ms]) => [file, Math.round(ms)]));
}

;// CONCATENATED MODULE: ./src/runtime/io/annotations.ts
/** Emits each finding as an annotation at its file, line and column. */
function annotate(io, findings) {
    for (const finding of findings) {
        const position = {
            file: finding.file,
            line: finding.line,
            column: finding.column,
            title: [finding.source, finding.rule].filter((part) => part !== undefined && part !== '').join(' '),
        };
        if (finding.level === 'error')
            io.error(finding.message, position);
        else if (finding.level === 'warning')
            io.warning(finding.message, position);
        else
            io.notice(finding.message, position);
    }
}
/**
 * The annotations a step has made so far, per level: `setFailed` counts as an error, since GitHub shows the
 * failure message as one. The one-step pipeline shares this across its stages, so that together they stay
 * within one step's caps.
 */
class AnnotationCounter {
    counts = { error: 0, warning: 0, notice: 0 };
    /** setFailed calls so far (each counted among the errors). */
    failures = 0;
    get total() {
        return this.counts.error + this.counts.warning + this.counts.notice;
    }
    /** `io`, counting what goes through it. */
    wrap(io) {
        const count = (property) => {
            this.counts[property === 'setFailed' ? 'error' : property] += 1;
            if (property === 'setFailed')
                this.failures += 1;
        };
        return new Proxy(io, {
            get(target, property, receiver) {
                const value = Reflect.get(target, property, receiver);
                if (typeof value !== 'function')
                    return value;
                if (property === 'error' || property === 'warning' || property === 'notice' || property === 'setFailed') {
                    return (...args) => {
                        count(property);
                        return value.apply(target, args);
                    };
                }
                return value.bind(target);
            },
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: ./src/runtime/files/file-system.ts






async function isDirectory(candidate) {
    try {
        return (await (0,promises_.stat)(candidate)).isDirectory();
    }
    catch {
        return false;
    }
}
/** Whether `name` is in `directory`, asked without waiting (for a guess made before the folder is read). */
function holdsName(directory, name) {
    return existsSync(path.join(directory, name));
}
/** A path input, resolved against the workspace; one that leaves the workspace (`..`, an absolute path elsewhere) is refused. */
function resolveWorkspacePath(workspace, name, value) {
    return resolveOutputPath({ workspace }, name, value);
}
/**
 * Resolves a folder input against the workspace; a folder that does not exist is the user's to fix: the
 * error names the input, its value, the path it resolved to, and `hint` (what the folder should hold).
 */
async function resolveInputDirectory(workspace, name, value, hint) {
    const directory = resolveWorkspacePath(workspace, name, value);
    if (!(await isDirectory(directory))) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' is '${value}', but ${directory} is not a directory. ${hint}`);
    }
    return directory;
}
async function readTextIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' || error.code === 'EISDIR')
            return undefined;
        throw error;
    }
}
/** Reads the top-level names of `directory` and the text of the files the decisions need. */
async function readProjectSnapshot(directory) {
    const entries = new Set(await (0,promises_.readdir)(directory));
    const texts = new Map();
    const wanted = [...SNAPSHOT_FILES, ...[...entries].filter((name) => isRequirementsFile(name) || isDevRequirementsName(name))];
    await Promise.all(wanted
        .filter((name) => entries.has(name))
        .map(async (name) => {
        const text = await readTextIfExists(external_node_path_default().join(directory, name));
        if (text !== undefined)
            texts.set(name, text);
    }));
    return { directory, entries, texts };
}
/**
 * Expands patterns relative to `base` whose segments may be `*` (any one name) into the folders that
 * exist. `**` is taken as `*`: workspace globs name member folders one level down in practice.
 */
async function expandFolderPatterns(base, patterns) {
    const found = new Set();
    for (const pattern of patterns) {
        let current = [''];
        for (const segment of pattern.split('/').filter((part) => part !== '' && part !== '.')) {
            const next = [];
            for (const prefix of current) {
                if (segment.includes('*')) {
                    const matcher = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[^/]*')}$`);
                    let names = [];
                    try {
                        names = await readdir(path.join(base, prefix));
                    }
                    catch {
                        names = [];
                    }
                    for (const name of names)
                        if (matcher.test(name) && !name.startsWith('.'))
                            next.push(path.join(prefix, name));
                }
                else {
                    next.push(path.join(prefix, segment));
                }
            }
            current = next;
        }
        for (const relative of current)
            if (relative !== '' && (await isDirectory(path.join(base, relative))))
                found.add(relative);
    }
    return [...found].sort();
}
/**
 * Counts the entries below `folder` (files, folders, links; links are not followed), skipping `exclude` at
 * the top. Folders are read concurrently: this is the tree check of every exact hit.
 */
async function countEntries(folder, exclude) {
    const excluded = new Set(exclude === undefined ? [] : typeof exclude === 'string' ? [exclude] : exclude);
    let count = 0;
    const walk = async (current, top) => {
        let children;
        try {
            children = await readdir(current, { withFileTypes: true });
        }
        catch {
            return;
        }
        const folders = [];
        for (const child of children) {
            if (top && excluded.has(child.name))
                continue;
            count += 1;
            if (child.isDirectory())
                folders.push(path.join(current, child.name));
        }
        await Promise.all(folders.map((next) => walk(next, false)));
    };
    await walk(folder, true);
    return count;
}
async function removeAll(targets) {
    await Promise.all(targets.map((target) => rm(target, { recursive: true, force: true })));
}

;// CONCATENATED MODULE: ./src/runtime/testing/node-test-reporter.ts



/**
 * A reporter module for node's own test runner (`node --test --test-reporter=<file>`): JUnit XML like node's
 * built-in junit reporter, plus what that one leaves out and annotations need: each test's file and line, its
 * suites in the name, and the assertion's own message and stack. Node loads it from a file: no dependency is added.
 */
const NODE_TEST_REPORTER_SOURCE = String.raw `
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const escape = (text) => String(text)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
export default async function* buildActionsJunit(source) {
  const stacks = new Map();
  const cases = [];
  const stderr = new Map();
  for await (const event of source) {
    const data = event.data ?? {};
    const key = data.file ?? '';
    if (event.type === 'test:stderr') {
      stderr.set(key, (stderr.get(key) ?? '') + data.message);
      continue;
    }
    if (event.type === 'test:start') {
      const stack = stacks.get(key) ?? [];
      stack.length = data.nesting;
      stack[data.nesting] = data.name;
      stacks.set(key, stack);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const details = data.details ?? {};
    if (details.type === 'suite') continue;
    const ancestors = (stacks.get(key) ?? []).slice(0, data.nesting);
    const name = [...ancestors, data.name].join(' › ');
    const skipped = data.skip !== undefined && data.skip !== false || data.todo !== undefined && data.todo !== false;
    const attributes = ['name="' + escape(name) + '"', 'classname="' + escape(data.file ?? 'test') + '"',
      'time="' + ((details.duration_ms ?? 0) / 1000).toFixed(6) + '"'];
    if (data.file) attributes.push('file="' + escape(data.file) + '"');
    if (data.line) attributes.push('line="' + data.line + '"');
    let body = '';
    if (skipped) body = '<skipped/>';
    else if (event.type === 'test:fail') {
      const error = details.error ?? {};
      const cause = error.cause && typeof error.cause === 'object' ? error.cause : error;
      let message = cause.message ?? String(cause);
      let text = cause.stack ?? message;
      // A file that failed as a whole (it did not load, or its process exited): what it printed says why.
      if (data.name === data.file && stderr.get(key)) {
        const lines = stderr.get(key).trim().split('\n').filter((line) => line.trim() !== '');
        message = (lines.find((line) => /Error|error:/.test(line)) ?? lines[lines.length - 1] ?? message).trim();
        text = lines.slice(-20).join('\n');
      }
      body = '<failure message="' + escape(message) + '" type="' + escape(error.failureType ?? 'failure') + '">' + escape(text) + '</failure>';
    }
    cases.push('    <testcase ' + attributes.join(' ') + (body ? '>' + body + '</testcase>' : '/>'));
  }
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="node:test" tests="' + cases.length + '">\n' + cases.join('\n') + '\n  </testsuite>\n</testsuites>\n';
  // Given through NODE_OPTIONS, every runner the script starts (a wrapper may start several) writes its own file.
  const folder = process.env.${NODE_RESULTS_VARIABLE};
  if (!folder) {
    yield xml;
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'node-' + process.pid + '-' + Date.now() + '-' + Math.random().toString(36).slice(2, 8) + '.xml'), xml);
}
`;
/** Writes the reporter module into `directory` and returns its absolute path. */
async function writeNodeTestReporter(directory) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    const file = external_node_path_default().join(directory, 'build-actions-node-test-reporter.mjs');
    await (0,promises_.writeFile)(file, NODE_TEST_REPORTER_SOURCE);
    return file;
}

;// CONCATENATED MODULE: ./src/runtime/testing/test-files.ts


const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'build', 'coverage']);
/** Files under `directory` (relative, posix separators) that `accept` takes, skipping dependency and output folders. */
async function walkFiles(directory, accept, skip = SKIPPED_FOLDERS) {
    const found = [];
    const visit = async (relative) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(directory, relative), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!skip.has(entry.name) && !entry.name.startsWith('.'))
                    await visit(child);
            }
            else if (entry.isFile() && accept(child)) {
                found.push(child);
            }
        }
    };
    await visit('');
    return found.sort();
}
/**
 * Result files of an earlier run in the same folder would be read as this run's: the ones this action writes are
 * removed first. Only those names: the folder is the user's choice and may hold anything else.
 */
async function clearResultFiles(directory, names) {
    await (0,promises_.mkdir)(directory, { recursive: true });
    await Promise.all(names.map((name) => (0,promises_.rm)(external_node_path_default().join(directory, name), { recursive: true, force: true })));
}
/** Every file named `name` under `directory`, at any depth (the shards' downloaded artifacts). */
async function findNamed(directory, name) {
    return walkFiles(directory, (relative) => external_node_path_default().posix.basename(relative) === name, new Set(['node_modules', '.git']));
}
/** Writes a text file, creating its folder. */
async function writeText(file, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, text);
}
async function removePath(target) {
    await (0,promises_.rm)(target, { recursive: true, force: true });
}
/** The texts of the files in `directory` (not below it) whose names end with `extension`; none when it does not exist. */
async function readTextFiles(directory, extension) {
    let names;
    try {
        names = (await (0,promises_.readdir)(directory)).filter((name) => name.endsWith(extension)).sort();
    }
    catch {
        return [];
    }
    return Promise.all(names.map((name) => (0,promises_.readFile)(external_node_path_default().join(directory, name), 'utf8')));
}
/** Whether `name` can be loaded from `directory`: its node_modules or a parent's, up to `root` (hoisted in a workspace). */
async function isPackageInstalled(directory, name, root) {
    let current = external_node_path_default().resolve(directory);
    const top = external_node_path_default().resolve(root);
    for (;;) {
        try {
            await (0,promises_.access)(external_node_path_default().join(current, 'node_modules', name, 'package.json'));
            return true;
        }
        catch {
            // not here: look in the parent
        }
        const parent = external_node_path_default().dirname(current);
        if (current === top || parent === current || !current.startsWith(top))
            return false;
        current = parent;
    }
}
/** What decides pytest's coverage source: the coverage config files, the packages (top-level and src/) and top-level modules. */
async function pythonCoverageFacts(directory) {
    const configs = {};
    for (const name of ['pyproject.toml', '.coveragerc', 'setup.cfg', 'tox.ini']) {
        try {
            configs[name] = await (0,promises_.readFile)(external_node_path_default().join(directory, name), 'utf8');
        }
        catch {
            // absent
        }
    }
    const packagesIn = async (folder) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch {
            return [];
        }
        const found = [];
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name))
                continue;
            try {
                await (0,promises_.access)(external_node_path_default().join(folder, entry.name, '__init__.py'));
                found.push(entry.name);
            }
            catch {
                // not a package
            }
        }
        return found.sort();
    };
    const top = await (0,promises_.readdir)(directory, { withFileTypes: true });
    return {
        configs,
        packages: await packagesIn(directory),
        srcPackages: await packagesIn(external_node_path_default().join(directory, 'src')),
        modules: top.filter((entry) => entry.isFile() && entry.name.endsWith('.py')).map((entry) => entry.name).sort(),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/runtime/io/untrusted-output.ts

/**
 * Runs `body` with the runner's workflow commands turned off (`::stop-commands::`), so that what the project's
 * tests print (`::error::`, `::add-mask::`, `::set-output::` in a fixture or a log line) is shown, never obeyed.
 * Only on a GitHub runner: elsewhere the lines would just be noise.
 */
async function withoutWorkflowCommands(io, onRunner, body) {
    if (!onRunner)
        return body();
    const token = stopToken();
    io.info(`::stop-commands::${token}`);
    try {
        return await body();
    }
    finally {
        io.info(`::${token}::`);
    }
}
/** A line the runner would read as a workflow command (it trims leading spaces): `::name…::` or the older `##[name]`. */
const WORKFLOW_COMMAND = /^\s*(::[a-z-]+[\s:]|##\[[a-z-]+)/im;
/**
 * Captured output of a tool, made safe to print in one go: when it holds a line the runner would obey, it is
 * wrapped in stop-commands markers, as GitHub documents for untrusted logs; otherwise it is left as it is.
 */
function neutralizeWorkflowCommands(output) {
    if (!WORKFLOW_COMMAND.test(output))
        return output;
    const token = stopToken();
    return [`::stop-commands::${token}`, output, `::${token}::`].join('\n');
}
function stopToken() {
    return `build-actions-${(0,external_node_crypto_.randomUUID)()}`;
}

;// CONCATENATED MODULE: ./src/core/action-names.ts
function declareNames(names) {
    return { inputs: names.inputs, outputs: names.outputs, state: names.state ?? [] };
}

;// CONCATENATED MODULE: ./src/core/inputs.ts

function quoted(value) {
    return `'${value}'`;
}
/** Strict booleans: only `true` and `false` (any case) are accepted; empty takes the default. */
function parseBooleanInput(name, raw, defaultValue) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const lowered = value.toLowerCase();
    if (lowered === 'true')
        return true;
    if (lowered === 'false')
        return false;
    throw new errors/* ConfigurationError */.j1(`Input '${name}' must be true or false (got ${quoted(value)}).`);
}
function parseEnumInput(name, raw, allowed, defaultValue) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined) {
        throw new ConfigurationError(`Input '${name}' must be one of ${allowed.join(', ')} (got ${quoted(value)}).`);
    }
    return match;
}
const DEFAULT_TIMEOUT_MINUTES = 30;
/** `timeout-minutes`: a positive number of minutes (fractions allowed); empty takes the default. */
function parseTimeoutMinutes(raw, defaultValue = DEFAULT_TIMEOUT_MINUTES) {
    const value = raw.trim();
    if (value === '')
        return defaultValue;
    const minutes = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(minutes > 0) || minutes > 360) {
        throw new errors/* ConfigurationError */.j1(`Input 'timeout-minutes' must be a number of minutes above 0 and at most 360, e.g. 30 (got ${quoted(value)}).`);
    }
    return minutes;
}
function parseStringInput(raw, defaultValue) {
    const value = raw.trim();
    return value === '' ? defaultValue : value;
}

;// CONCATENATED MODULE: ./src/actions/testing/inputs.ts





/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
const TEST_INPUTS = [
    'working-directory',
    'coverage',
    'coverage-threshold',
    'shard',
    'args',
    'allow-no-tests',
    'cache',
    'cache-version',
    'results-directory',
    'merge-shards',
    'timeout-minutes',
    'test-script',
];
const TEST_OUTPUTS = [
    'passed',
    'failed',
    'skipped',
    'total',
    'coverage-percent',
    'branch-coverage-percent',
    'results-file',
    'coverage-file',
    'runner',
];
/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
const TEST_NAMES = declareNames({ inputs: TEST_INPUTS, outputs: TEST_OUTPUTS });
function parseThreshold(raw) {
    const value = raw.trim().replace(/\s*%$/, '');
    if (value === '')
        return undefined;
    const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(number >= 0 && number <= 100)) {
        throw new errors/* ConfigurationError */.j1(`Input 'coverage-threshold' must be a percent from 0 to 100, e.g. 80 (got '${raw.trim()}').`);
    }
    return number;
}
/** `args`: one argument per line; blank lines are dropped, nothing is split on spaces or quoted. */
function parseArgumentLines(raw) {
    return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}
function readTestInputs(read) {
    const inputs = {
        workingDirectory: parseStringInput(read('working-directory'), '.'),
        coverage: parseBooleanInput('coverage', read('coverage'), true),
        coverageThreshold: parseThreshold(read('coverage-threshold')),
        shard: parseShard(read('shard')),
        args: parseArgumentLines(read('args')),
        allowNoTests: parseBooleanInput('allow-no-tests', read('allow-no-tests'), false),
        cache: parseBooleanInput('cache', read('cache'), true),
        cacheVersion: parseCacheVersion(read('cache-version')),
        resultsDirectory: parseStringInput(read('results-directory'), 'test-results'),
        mergeShards: parseBooleanInput('merge-shards', read('merge-shards'), false),
        timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
        testScript: read('test-script').trim(),
    };
    if (inputs.coverageThreshold !== undefined && !inputs.coverage) {
        throw new errors/* ConfigurationError */.j1(`Input 'coverage-threshold' is ${inputs.coverageThreshold}, but 'coverage' is false: turn coverage on, or remove the threshold.`);
    }
    if (inputs.mergeShards && inputs.shard !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Inputs 'merge-shards: true' and 'shard: ${read('shard').trim()}' exclude each other: the merge runs in its own job after the shards.`);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/runtime/io/named-io.ts
function namedIO(io, _names) {
    return {
        input: (name) => io.getInput(name),
        setOutput: (name, value) => io.setOutput(name, value),
        saveState: (name, value) => io.saveState(name, value),
        getState: (name) => io.getState(name),
    };
}

;// CONCATENATED MODULE: ./src/core/findings.ts
const GITHUB_ANNOTATION_CAPS = { perLevelPerStep: 10, perJob: 50 };
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
function rankFindings(findings) {
    return [...findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.source.localeCompare(b.source) ||
        a.message.localeCompare(b.message));
}
/**
 * `alreadyAnnotated` counts annotations earlier steps of the job (and this step, so far) made, toward the
 * per-job cap; `use` says what this step has made and will make besides these findings.
 */
function planAnnotations(findings, caps = GITHUB_ANNOTATION_CAPS, alreadyAnnotated = 0, use = {}) {
    const reserved = use.reservedErrors ?? 0;
    const perLevel = {
        error: (use.inStep?.error ?? 0) + reserved,
        warning: use.inStep?.warning ?? 0,
        notice: use.inStep?.notice ?? 0,
    };
    let jobBudget = Math.max(0, caps.perJob - alreadyAnnotated - reserved);
    const annotated = [];
    const overflow = [];
    for (const finding of rankFindings(findings)) {
        if (perLevel[finding.level] < caps.perLevelPerStep && jobBudget > 0) {
            perLevel[finding.level] += 1;
            jobBudget -= 1;
            annotated.push(finding);
        }
        else {
            overflow.push(finding);
        }
    }
    return { annotated, overflow };
}
/** `file:line:col: level: message [source rule]` — the local command's line, and the summary's list item. */
function formatFinding(finding) {
    const place = [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
    const origin = [finding.source, finding.rule].filter((part) => part !== undefined && part !== '').join(' ');
    return `${place ? `${place}: ` : ''}${finding.level}: ${finding.message}${origin ? ` [${origin}]` : ''}`;
}

// EXTERNAL MODULE: ./src/core/summary-document.ts
var summary_document = __nccwpck_require__(5);
;// CONCATENATED MODULE: ./src/core/testing/report.ts



function formatPercent(value) {
    return value.percent === undefined ? 'n/a' : `${value.percent.toFixed(2)} % (${value.covered}/${value.total})`;
}
/** The tests that took longest, for the summary. */
function slowestTests(cases, count = 5) {
    return [...cases].sort((a, b) => b.durationMs - a.durationMs || a.name.localeCompare(b.name)).slice(0, count).filter((test) => test.durationMs > 0);
}
/** Coverage below the threshold fails with the numbers; no coverage at all with a threshold fails too. */
function coverageVerdict(coverage, threshold) {
    if (threshold === undefined)
        return undefined;
    const percent = coverage?.lines.percent;
    if (coverage === undefined || percent === undefined)
        return `Line coverage could not be measured, and 'coverage-threshold' is ${threshold} %.`;
    if (percent < threshold)
        return `Line coverage is ${percent.toFixed(2)} % (${coverage.lines.covered}/${coverage.lines.total} lines), below the threshold of ${threshold} %.`;
    return undefined;
}
function testSummary(report) {
    const { totals } = report;
    const document = [{ kind: 'heading', text: report.title }];
    const verdict = report.verdict.ok ? '**Passed**' : `**Failed**: ${report.verdict.message}`;
    document.push({ kind: 'paragraph', text: verdict });
    const crashed = (!report.verdict.ok && report.verdict.reason === 'crash' && totals.total === 0) || report.countsUnknown === true;
    if (!crashed)
        document.push({
            kind: 'table',
            header: ['passed', 'failed', 'skipped', 'total', 'duration'],
            rows: [[String(totals.passed), String(totals.failed), String(totals.skipped), String(totals.total), (0,summary_document/* formatSeconds */.Xo)(totals.durationMs)]],
        });
    if (report.command)
        document.push({ kind: 'paragraph', text: `Command: \`${report.command}\`` });
    if (report.failures.length > 0) {
        document.push({ kind: 'heading', text: `Failures (${report.failures.length})` });
        document.push({ kind: 'list', items: report.failures.map((finding) => `\`${formatFinding(finding).replace(/`/g, "'").replace(/\n/g, ' ')}\``) });
        if (report.overflow.length > 0) {
            document.push({ kind: 'paragraph', text: `${report.overflow.length} of them are not annotated (GitHub shows at most 10 error annotations per step, the step's failure message among them): see the list above.` });
        }
    }
    if (report.slowest.length > 0) {
        document.push({ kind: 'heading', text: 'Slowest tests' });
        document.push({ kind: 'table', header: ['test', 'file', 'time'], rows: report.slowest.map((test) => [test.name, test.file ?? '', test.durationMs < 1000 ? `${test.durationMs} ms` : (0,summary_document/* formatSeconds */.Xo)(test.durationMs)]) });
    }
    document.push({ kind: 'heading', text: 'Coverage' });
    if (report.coverage) {
        const threshold = report.coverageThreshold !== undefined ? ` (threshold ${report.coverageThreshold} %)` : '';
        document.push({ kind: 'table', header: ['', 'covered'], rows: [['lines' + threshold, formatPercent(report.coverage.lines)], ['branches', formatPercent(report.coverage.branches)]] });
        const least = leastCovered(report.coverage);
        if (least.length > 0) {
            document.push({ kind: 'paragraph', text: 'Least covered files:' });
            document.push({ kind: 'table', header: ['file', 'lines', 'branches'], rows: least.map((file) => [file.file, formatPercent(file.lines), formatPercent(file.branches)]) });
        }
    }
    else {
        document.push({ kind: 'paragraph', text: report.coverageNote ?? 'Coverage was not measured.' });
    }
    if (report.shard) {
        const { shard } = report;
        document.push({ kind: 'heading', text: `Shard ${shard.spec.index}/${shard.spec.total}` });
        document.push({
            kind: 'paragraph',
            text: `${shard.files.length} of ${shard.allFiles} test files, split by ${shard.filesWithoutHistory === shard.allFiles ? 'count (no timing history)' : 'earlier durations'}` +
                `${shard.filesWithoutHistory > 0 && shard.filesWithoutHistory < shard.allFiles ? ` (${shard.filesWithoutHistory} files without history spread by count)` : ''}; ` +
                `history: ${shard.historySource}. Planned seconds per shard: ${shard.plannedMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')}.`,
        });
    }
    if (report.resultFiles.length > 0)
        document.push({ kind: 'paragraph', text: `Result files: ${report.resultFiles.map((file) => `\`${file}\``).join(', ')}` });
    if (report.notes.length > 0)
        document.push({ kind: 'list', items: report.notes });
    return document;
}

;// CONCATENATED MODULE: ./src/actions/testing/outcome.ts









const REPORT_FILE = 'test-report.json';
function decide(outcome, options, counted) {
    if (outcome.problem)
        return outcome.problem;
    if (counted.failed > 0) {
        const testsFailed = counted.failed - counted.fileErrors;
        const parts = [testsFailed > 0 ? `${testsFailed} of ${counted.total - counted.fileErrors} tests failed` : '', counted.fileErrors > 0 ? `${counted.fileErrors} error${counted.fileErrors > 1 ? 's' : ''} outside any test (a file that failed to load, or the runner itself)` : ''];
        return { ok: false, reason: 'failures', message: `${parts.filter((part) => part !== '').join(', ')}.${fileErrorLines(outcome.results)}` };
    }
    if (outcome.countsUnknown === undefined && executedCount(outcome.results) === 0 && !options.allowNoTests) {
        const skipped = counted.skipped > 0 ? ` (${counted.skipped} skipped)` : '';
        return {
            ok: false,
            reason: 'no-tests',
            message: `No test was executed${skipped}${options.noTestsReason ? `: ${options.noTestsReason}` : ''}. A step that tests nothing fails unless 'allow-no-tests' is true.`,
        };
    }
    const coverageProblem = coverageVerdict(outcome.coverage, options.coverageThreshold);
    if (coverageProblem)
        return { ok: false, reason: 'coverage', message: coverageProblem };
    return { ok: true };
}
/**
 * The files that failed as a whole, under the verdict's first line: what went wrong is in the message itself (a
 * module pytest could not collect, a suite jest could not load), not only in the annotations.
 */
function fileErrorLines(results, shown = 3) {
    const lines = results.fileErrors.slice(0, shown).map((error) => `  ${error.message.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 3).join(' ')}`);
    const more = results.fileErrors.length - shown;
    if (more > 0)
        lines.push(`  and ${more} more (the summary's Failures section lists them).`);
    return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}
/** Annotates failures within GitHub's caps, sets outputs, writes the summary; throws the failure for the error boundary. */
async function finish(io, outcome, options) {
    const outputs = namedIO(io, TEST_NAMES);
    const counted = totals(outcome.results, outcome.durationMs);
    const verdict = decide(outcome, options, counted);
    const findings = testFindings(outcome.results);
    // A failing step's own message is an error annotation too: keep a slot for it (in the one-step pipeline, an
    // earlier stage's failure already took it: the pipeline joins the failures into one message).
    const failureToCome = !verdict.ok && (options.counter?.failures ?? 0) === 0;
    const plan = planAnnotations(findings, undefined, options.counter?.total ?? 0, { inStep: options.counter?.counts, reservedErrors: failureToCome ? 1 : 0 });
    annotate(io, plan.annotated);
    // A crash, or a script whose results cannot be read, has no totals: empty outputs, never "0 failed".
    const crashed = (!verdict.ok && verdict.reason === 'crash' && counted.total === 0) || outcome.countsUnknown !== undefined;
    outputs.setOutput('passed', crashed ? '' : String(counted.passed));
    outputs.setOutput('failed', crashed ? '' : String(counted.failed));
    outputs.setOutput('skipped', crashed ? '' : String(counted.skipped));
    outputs.setOutput('total', crashed ? '' : String(counted.total));
    outputs.setOutput('runner', outcome.results.runner);
    outputs.setOutput('coverage-percent', outcome.coverage?.lines.percent?.toFixed(2) ?? '');
    outputs.setOutput('branch-coverage-percent', outcome.coverage?.branches.percent?.toFixed(2) ?? '');
    outputs.setOutput('results-file', options.resultsFile ?? '');
    outputs.setOutput('coverage-file', options.coverageFile ?? '');
    const report = {
        title: options.title,
        command: options.command,
        totals: counted,
        failures: [...plan.annotated, ...plan.overflow],
        overflow: plan.overflow,
        slowest: slowestTests(outcome.results.cases),
        coverage: outcome.coverage,
        coverageThreshold: options.coverageThreshold,
        coverageNote: outcome.coverageNote,
        shard: options.shard,
        verdict,
        resultFiles: [options.resultsFile, options.coverageFile].filter((file) => file !== undefined),
        notes: outcome.countsUnknown ? [`The counts are unknown: ${outcome.countsUnknown}. The exit code decided.`, ...options.notes] : options.notes,
        countsUnknown: outcome.countsUnknown !== undefined,
    };
    await io.writeSummary(testSummary(report));
    if (outcome.countsUnknown !== undefined)
        io.info(`Tests: ${verdict.ok ? 'passed' : 'failed'} by the exit code; the counts are unknown (${outcome.results.runner})`);
    else if (!crashed)
        io.info(`Tests: ${totalsLine(counted)} (${outcome.results.runner})`);
    if (!verdict.ok)
        throw new errors/* ConfigurationError */.j1(verdict.message);
    return { verdict, totals: counted, coverage: outcome.coverage, measuredMs: fileDurations(outcome.results) };
}
async function writeShardReport(directory, report) {
    await writeText(external_node_path_default().join(directory, REPORT_FILE), JSON.stringify(report));
}

;// CONCATENATED MODULE: ./src/core/cache/permissions.ts
const UNTRUSTED_EVENTS = new Set(['pull_request_target', 'workflow_run']);
function isForkPullRequest(payload) {
    const pullRequest = payload?.pull_request;
    const head = pullRequest?.head?.repo;
    const base = pullRequest?.base?.repo;
    // A fork deleted after the pull request was opened leaves head.repo null: the code still came from outside.
    if (pullRequest !== undefined && pullRequest.head?.repo === null)
        return true;
    if (!head || !base)
        return false;
    return head.fork === true || (head.full_name !== undefined && head.full_name !== base.full_name);
}
/**
 * Events that run code from outside the repository may read the cache but never write it: a poisoned entry
 * would be restored by trusted runs later.
 */
function cachePermissions(context, cacheEnabled) {
    if (!cacheEnabled)
        return { restore: false, save: false, reason: "input 'cache' is false" };
    const mode = (context.cacheMode ?? '').trim().toLowerCase();
    if (mode === 'none')
        return { restore: false, save: false, reason: 'the runner disabled the cache (ACTIONS_CACHE_MODE=none)' };
    const event = context.eventName ?? '';
    if (UNTRUSTED_EVENTS.has(event)) {
        return { restore: mode !== 'write-only', save: false, reason: `the '${event}' event runs untrusted code: restore only` };
    }
    if ((event === 'pull_request' || event === 'pull_request_review' || event === 'pull_request_review_comment') &&
        isForkPullRequest(context.eventPayload)) {
        return { restore: mode !== 'write-only', save: false, reason: 'a pull request from a fork runs untrusted code: restore only' };
    }
    if (mode === 'read')
        return { restore: true, save: false, reason: 'the runner made the cache read-only (ACTIONS_CACHE_MODE=read)' };
    if (mode === 'write-only')
        return { restore: false, save: true, reason: 'the runner made the cache write-only (ACTIONS_CACHE_MODE=write-only)' };
    return { restore: true, save: true };
}

;// CONCATENATED MODULE: ./src/actions/testing/timings-cache.ts





/**
 * Where the timings file lives while it is restored or saved: the same absolute path in every job of a repository.
 * The cache holds its folder (both cache stores archive folders).
 */
function timingsPath(context, prefix) {
    return external_node_path_default().join(context.workspace, '.build-actions-test-timings', prefix.replace(/-$/, ''), 'timings.json');
}
const TIMINGS_ROOT = (context) => external_node_path_default().join(context.workspace, '.build-actions-test-timings');
/**
 * The run this step belongs to: shards of one run plan from the same history, re-run attempts included (re-running
 * the failed shards must run the same files). Keys add the attempt, so a re-run can save what it measured.
 */
function runIdentity(context, now) {
    const id = context.env.GITHUB_RUN_ID;
    if (!id)
        return { run: `local-${now}`, keyPart: `local-${now}` };
    return { run: id, keyPart: `${id}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}` };
}
/** Restores the newest timings under `prefix`. A cache fault only loses the history: the split falls back to counts. */
async function restoreTimings(io, cache, context, enabled, prefix, run) {
    const permissions = cachePermissions(context, enabled);
    if (!permissions.restore)
        return { history: {}, source: `not restored (${permissions.reason ?? 'cache off'})` };
    const file = timingsPath(context, prefix);
    await removePath(TIMINGS_ROOT(context));
    try {
        // An entry of this very run first (a sibling shard's, or an earlier attempt's): it holds the history this run
        // planned from, even when another run saved newer timings since. Else the newest of any run.
        const restored = await cache.restore([external_node_path_default().dirname(file)], `${prefix}${run}-`, [prefix]);
        if (restored.outcome === 'error') {
            io.warning(`Restoring test timings from the cache failed (${restored.message ?? 'unknown fault'}); splitting by file count.`);
            return { history: {}, source: `the cache failed (${restored.message ?? 'unknown fault'})` };
        }
        if (restored.outcome === 'miss')
            return { history: {}, source: 'none yet (no cache entry)' };
        const parsed = parseTimingsFile(await readTextIfExists(file));
        if (parsed === undefined)
            return { history: {}, source: `entry ${restored.matchedKey ?? prefix} was unreadable` };
        const sameRun = parsed.run === run;
        return {
            file: parsed,
            history: planningHistory(parsed, run),
            source: `${restored.matchedKey ?? prefix}${sameRun ? ' (saved by a shard of this run: its planned history is used, so the split matches)' : ''}`,
        };
    }
    finally {
        await removePath(TIMINGS_ROOT(context));
    }
}
/** Saves restored timings with this step's measurements on top, under a key unique to this run and `label`. */
async function saveTimings(io, cache, context, enabled, prefix, identity, label, restored, measured) {
    const permissions = cachePermissions(context, enabled);
    if (!permissions.save)
        return `Timings not saved: ${permissions.reason ?? 'cache off'}.`;
    if (Object.keys(measured).length === 0)
        return 'Timings not saved: no test file was timed.';
    const file = timingsPath(context, prefix);
    const key = timingsKey(prefix, identity.keyPart, label);
    let saved;
    try {
        await writeText(file, JSON.stringify(nextTimings(restored, identity.run, measured)));
        saved = await cache.save([external_node_path_default().dirname(file)], key);
    }
    finally {
        await removePath(TIMINGS_ROOT(context));
    }
    if (saved.outcome === 'error') {
        io.warning(`Saving test timings to the cache failed (${saved.message ?? 'unknown fault'}); the next split uses older timings.`);
        return `Timings not saved: the cache failed (${saved.message ?? 'unknown fault'}).`;
    }
    return saved.outcome === 'exists' ? `Timings: an entry ${key} already exists.` : `Timings of ${Object.keys(measured).length} files saved as ${key}.`;
}

;// CONCATENATED MODULE: ./src/actions/testing/merge.ts












/** Which shards of `i/n` are missing from the reports found. */
function missingShards(labels) {
    const specs = labels.flatMap((label) => (label ? [parseShard(label)] : []));
    const total = Math.max(0, ...specs.map((spec) => spec.total));
    const present = new Set(specs.map((spec) => spec.index));
    return Array.from({ length: total }, (_, index) => index + 1).filter((index) => !present.has(index)).map((index) => `${index}/${total}`);
}
/** Files the shards split among them that no shard ran, and files more than one ran (shards that planned apart). */
function unevenSplit(plans) {
    const known = plans.filter((plan) => plan !== undefined);
    const all = new Set(known.flatMap((plan) => plan.allFiles));
    const runs = new Map();
    for (const plan of known)
        for (const file of plan.files)
            runs.set(file, (runs.get(file) ?? 0) + 1);
    return {
        missing: [...all].filter((file) => !runs.has(file)).sort(),
        duplicated: [...runs.entries()].filter(([, count]) => count > 1).map(([file]) => file).sort(),
    };
}
/** `merge-shards: true`: the shards' results and coverage from `results-directory` (at any depth) into one summary. */
async function mergeShards(deps, inputs) {
    const { io, context } = deps;
    const repositoryRoot = external_node_path_default().resolve(context.workspace);
    const directory = external_node_path_default().resolve(context.workspace, inputs.resultsDirectory);
    const output = external_node_path_default().join(directory, 'merged');
    const relative = (file) => external_node_path_default().relative(repositoryRoot, file).split((external_node_path_default()).sep).join('/');
    const found = (await findNamed(directory, REPORT_FILE)).filter((file) => !file.startsWith('merged/'));
    if (found.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No shard results in ${directory}: looked for ${REPORT_FILE} files at any depth. Upload each shard's 'results-directory' as an artifact ` +
            `and download them all into '${inputs.resultsDirectory}' before this step.`);
    }
    const reports = [];
    for (const file of found) {
        const text = await readTextIfExists(external_node_path_default().join(directory, file));
        try {
            const parsed = JSON.parse(text ?? '');
            if (parsed.schema !== 1 || !Array.isArray(parsed.results?.cases))
                throw new Error('not a test report of this action');
            reports.push(parsed);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${external_node_path_default().join(directory, file)} is not a readable shard report (${error.message}).`);
        }
    }
    reports.sort((a, b) => (a.shard ?? '').localeCompare(b.shard ?? '', undefined, { numeric: true }));
    const runner = reports[0].runner;
    const results = mergeResults(runner, reports.map((report) => report.results));
    const withCoverage = reports.filter((report) => report.coverage !== undefined);
    const coverage = withCoverage.length > 0 ? mergeCoverage(withCoverage.map((report) => report.coverage)) : undefined;
    await writeText(external_node_path_default().join(output, 'junit.xml'), writeJunit(results));
    if (coverage)
        await writeText(external_node_path_default().join(output, 'lcov.info'), writeLcov(coverage));
    const durationMs = Math.max(...reports.map((report) => report.durationMs));
    await writeText(external_node_path_default().join(output, REPORT_FILE), JSON.stringify({ schema: 1, runner, results, coverage, durationMs }));
    const notes = [
        `Merged ${reports.length} shard reports (${reports.map((report) => report.shard ?? 'unsharded').join(', ')}); duration is the longest shard's, ` +
            `${(reports.reduce((sum, report) => sum + report.durationMs, 0) / 1000).toFixed(1)} s in all.`,
    ];
    if (withCoverage.length > 0 && withCoverage.length < reports.length)
        notes.push(`Only ${withCoverage.length} of ${reports.length} shards measured coverage.`);
    const missing = missingShards(reports.map((report) => report.shard));
    const split = unevenSplit(reports.map((report) => report.plan));
    if (split.duplicated.length > 0)
        notes.push(`Run by more than one shard (the shards planned from different timings): ${split.duplicated.join(', ')}.`);
    const workingDirectory = external_node_path_default().resolve(context.workspace, inputs.workingDirectory);
    const prefix = timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath: relative(workingDirectory) || '.', runner, cacheVersion: inputs.cacheVersion });
    const identity = runIdentity(context, deps.now());
    const restored = await restoreTimings(io, deps.cache, context, inputs.cache, prefix, identity.run);
    notes.push(await saveTimings(io, deps.cache, context, inputs.cache, prefix, identity, 'merged', restored.file, fileDurations(results)));
    const outcome = {
        results,
        durationMs,
        coverage: coverage ? summarizeCoverage(coverage) : undefined,
        coverageNote: 'No shard measured coverage.',
        problem: missing.length > 0
            ? { ok: false, reason: 'crash', message: `The results of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} are missing in ${directory}: those tests were not counted.` }
            : split.missing.length > 0
                ? {
                    ok: false,
                    reason: 'crash',
                    message: `${split.missing.length} test file${split.missing.length > 1 ? 's' : ''} ran in no shard (the shards planned from different timings, e.g. a concurrent run saved newer ones): ${split.missing.join(', ')}. Re-run the workflow, or keep one run at a time with a concurrency group.`,
                }
                : undefined,
    };
    return finish(io, outcome, {
        title: `Tests: ${runner}, ${reports.length} shards merged`,
        allowNoTests: inputs.allowNoTests,
        coverageThreshold: inputs.coverageThreshold,
        resultsFile: shownPath(repositoryRoot, external_node_path_default().join(output, 'junit.xml')),
        coverageFile: coverage ? shownPath(repositoryRoot, external_node_path_default().join(output, 'lcov.info')) : undefined,
        notes,
    });
}

;// CONCATENATED MODULE: ./src/actions/testing/run-verdict.ts




/**
 * What a finished test run came to, by one rule in this order: stopped at its deadline (a timeout, with the slowest
 * test seen); a script whose results cannot be read (its exit code is the verdict); no results file (a crash);
 * otherwise the results, where a non-zero exit with no failing test is a problem of its own (but pytest's
 * "no tests collected").
 */
function judgeRun(run) {
    const { commandText, plan, project, result, results, unreadable, durationMs, coverage, coverageOn, timeoutMinutes } = run;
    const tail = outputTail(result.stdout, result.stderr);
    const coverageNote = coverageOn ? (plan.coverageUnavailable ?? 'The runner wrote no coverage report.') : "Coverage is off (input 'coverage' is false).";
    if (result.timedOut) {
        const slowest = slowestTests(results?.cases ?? [], 1)[0];
        const seen = slowest === undefined ? '' : ` The slowest part seen: ${slowest.name}${slowest.file ? ` (${slowest.file})` : ''}, ${(slowest.durationMs / 1000).toFixed(1)} s.`;
        const message = `'${commandText}' did not finish within ${timeoutMinutes} min (timeout-minutes) and was stopped with every process it started.${seen} Its last lines:\n${tail}`;
        return { results: results ?? { runner: project.runner, cases: [], fileErrors: [] }, durationMs, problem: { ok: false, reason: 'timeout', message } };
    }
    else if (results === undefined && plan.countsMayBeUnknown !== undefined) {
        // A script the action cannot read results from: its exit code is the verdict, and the counts are unknown.
        return {
            results: { runner: project.runner, cases: [], fileErrors: [] },
            durationMs,
            countsUnknown: plan.countsMayBeUnknown,
            coverageNote,
            problem: result.exitCode === 0
                ? undefined
                : { ok: false, reason: 'exit-code', message: `'${commandText}' exited with code ${result.exitCode}; how many tests failed is unknown (${plan.countsMayBeUnknown}). Its last lines:\n${tail}` },
        };
    }
    else if (results === undefined) {
        const why = unreadable ? `its results file could not be read (${unreadable})` : 'it wrote no results file';
        return {
            results: { runner: project.runner, cases: [], fileErrors: [] },
            durationMs,
            problem: { ok: false, reason: 'crash', message: `${project.runner} crashed: '${commandText}' exited with code ${result.exitCode} and ${why}. Its last lines:\n${tail}` },
        };
    }
    else {
        const anyFailure = results.cases.some((test) => test.status === 'failed') || results.fileErrors.length > 0;
        const pytestNoTests = collectedNoTests(project.runner, result.exitCode);
        const problem = result.exitCode !== 0 && !anyFailure && !pytestNoTests
            ? { ok: false, reason: 'exit-code', message: `'${commandText}' exited with code ${result.exitCode} although no test failed. Its last lines:\n${tail}` }
            : undefined;
        return {
            results,
            durationMs,
            coverage: coverage ? summarizeCoverage(coverage) : undefined,
            coverageNote,
            problem,
        };
    }
}

;// CONCATENATED MODULE: ./src/actions/testing/main.ts























/** Everything this action writes into 'results-directory' (and nothing else there is touched). */
const RESULT_NAMES = ['junit.xml', 'node-junit', 'jest-results.json', 'coverage', 'lcov.info', 'coverage.xml', '.coverage', 'test-report.json'];
const main_SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py)$/;
const PYTHON_PROBE = "import importlib.util, json; print(json.dumps({m: importlib.util.find_spec(m) is not None for m in ['pytest', 'pytest_cov', 'xdist']}))";
/** The project's interpreter: its .venv first (as setup-deps leaves it), then an activated venv, then python3 on PATH. */
async function probePython(deps, directory) {
    const candidates = pythonCandidates(directory, deps.context.env);
    for (const executable of candidates) {
        const probe = await deps.run(executable, ['-c', PYTHON_PROBE], { cwd: directory, silent: true });
        if (probe.notFound || probe.exitCode !== 0)
            continue;
        const found = JSON.parse(probe.stdout.trim().split(/\r?\n/).pop() ?? '{}');
        if (!found.pytest) {
            throw new errors/* ConfigurationError */.j1(`pytest is not installed for ${executable}: add pytest to the project's test dependencies (requirements-dev.txt or Poetry's dev group) and install them first (setup-deps).`);
        }
        return { executable, hasCov: found.pytest_cov === true, hasXdist: found.xdist === true };
    }
    throw new errors/* ConfigurationError */.j1(`No Python interpreter found to run pytest in ${directory}: looked for ${PYTHON_CANDIDATES_TEXT}.`);
}
async function listTestFiles(deps, project, directory, python) {
    const command = listCommand(project, python);
    if (command === undefined) {
        if (project.runner === 'node')
            return walkFiles(directory, isNodeTestFile);
        throw new errors/* ConfigurationError */.j1(`Sharding needs the list of test files, and ${project.runner} cannot list them here: shard with jest, node --test or pytest.`);
    }
    const listed = await deps.run(command.command, command.args, { cwd: directory, silent: true });
    if (listed.exitCode !== 0 && !collectedNoTests(project.runner, listed.exitCode)) {
        throw new errors/* ConfigurationError */.j1(`Listing the test files with '${[command.command, ...command.args].join(' ')}' failed (exit code ${listed.exitCode}):\n${outputTail(listed.stdout, listed.stderr)}`);
    }
    return parseListedFiles(listed.stdout, project, directory);
}
async function readResults(plan, project, base) {
    if (plan.files.nodeJunitDirectory !== undefined) {
        // One file per runner process (a wrapper may start several): all of them, merged.
        const texts = (await readTextFiles(plan.files.nodeJunitDirectory, '.xml')).filter((text) => text.trim() !== '');
        if (texts.length === 0)
            return undefined;
        return mergeResults(project.runner, texts.map((xml) => parseJunit(xml, { ...base, runner: 'node' })));
    }
    if (plan.files.jestJson !== undefined) {
        const text = await readTextIfExists(plan.files.jestJson);
        if (text === undefined || text.trim() === '')
            return undefined;
        return parseJestJson(text, base);
    }
    const xml = await readTextIfExists(plan.files.junit);
    if (xml === undefined || xml.trim() === '')
        return undefined;
    return parseJunit(xml, { ...base, runner: project.runner, zeroBasedLines: project.runner === 'pytest' });
}
/** The run's results with every annotation on a file of the repository, relative to its root (a vitest workspace reports paths from each package); or why they could not be read. */
async function readPlacedResults(plan, project, base) {
    try {
        const results = await readResults(plan, project, base);
        if (results === undefined)
            return {};
        const existing = (await walkFiles(base.projectDirectory, (file) => main_SOURCE_FILE.test(file))).map((file) => results_repositoryPath(file, base));
        return { results: placeOnExistingFiles(results, existing, results_repositoryPath('.', base)) };
    }
    catch (error) {
        return { unreadable: error.message };
    }
}
async function readCoverage(plan, base) {
    if (plan.files.lcov !== undefined) {
        const text = await readTextIfExists(plan.files.lcov);
        if (text !== undefined)
            return parseLcov(text, base);
    }
    if (plan.files.cobertura !== undefined) {
        const text = await readTextIfExists(plan.files.cobertura);
        if (text !== undefined)
            return parseCobertura(text, base);
    }
    return undefined;
}
async function main(given, options = {}) {
    const counter = options.counter ?? new AnnotationCounter();
    const deps = options.counter ? given : { ...given, io: counter.wrap(given.io) };
    const inputs = readTestInputs((name) => deps.io.getInput(name));
    return inputs.mergeShards ? mergeShards(deps, inputs) : runTests(deps, inputs, counter);
}
/** This shard's files, balanced on the earlier runs' durations (restored from the cache) over the project's test files. */
async function planShard(deps, inputs, spec, where) {
    const { io, context } = deps;
    const { projectDirectory: directory, repositoryRoot } = where.base;
    return io.group(`Plan shard ${spec.index}/${spec.total}`, async () => {
        const all = await listTestFiles(deps, where.project, directory, where.python);
        const restored = await restoreTimings(io, deps.cache, context, inputs.cache, where.prefix, where.run);
        // History is kept by repository path; the runner takes paths relative to the project.
        const history = Object.fromEntries(Object.entries(restored.history).map(([file, ms]) => [external_node_path_default().relative(directory, external_node_path_default().join(repositoryRoot, file)).split((external_node_path_default()).sep).join('/'), ms]));
        const plan = planShards(all, history, spec.total);
        const mine = plan.shards[spec.index - 1].map((assignment) => assignment.file);
        io.info(`Shard ${spec.index}/${spec.total}: ${mine.length} of ${all.length} test files (history: ${restored.source})`);
        const toRepository = (file) => results_repositoryPath(file, where.base);
        const shard = { spec, files: mine, allFiles: all.length, plannedMs: plan.loadsMs, filesWithoutHistory: plan.filesWithoutHistory, historySource: restored.source };
        return { shard, restored, shardPlan: { files: mine.map(toRepository), allFiles: all.map(toRepository) } };
    });
}
async function runTests(deps, inputs, counter) {
    const { io, context } = deps;
    const directory = await resolveInputDirectory(context.workspace, 'working-directory', inputs.workingDirectory, 'Give a folder relative to the repository root.');
    const repositoryRoot = external_node_path_default().resolve(context.workspace);
    const base = { projectDirectory: directory, repositoryRoot };
    // In the workspace, or in the run's temporary folder (the local command's default: nothing written into the project).
    const resultsDirectory = resolveOutputPath({ workspace: context.workspace, temp: context.tempDirectory }, 'results-directory', inputs.resultsDirectory);
    const { project, python } = await io.group('Detect the test runner', async () => {
        const project = detectTestProject(await readProjectSnapshot(directory), inputs.coverage, inputs.testScript);
        const python = project.language === 'python' ? await probePython(deps, directory) : undefined;
        io.info(`${directory}: ${project.runner} (${project.reason})${python ? ` with ${python.executable}${python.hasCov ? ', pytest-cov' : ''}${python.hasXdist ? ', pytest-xdist' : ''}` : ''}`);
        return { project, python };
    });
    await clearResultFiles(resultsDirectory, RESULT_NAMES);
    const notes = [`Runner: ${project.runner}, from ${project.reason}${python ? `; interpreter ${python.executable}${python.hasXdist ? ' with pytest-xdist (-n auto)' : ''}` : ''}.`];
    const identity = runIdentity(context, deps.now());
    const prefix = timingsKeyPrefix({ os: `${context.platform.os}-${context.platform.arch}`, projectPath: results_repositoryPath('.', base) || '.', runner: project.runner, cacheVersion: inputs.cacheVersion });
    const shardLabel = inputs.shard ? `${inputs.shard.index}/${inputs.shard.total}` : undefined;
    const { shard, restored, shardPlan } = inputs.shard === undefined ? {} : await planShard(deps, inputs, inputs.shard, { project, base, python, prefix, run: identity.run });
    const files = shard?.files;
    const nodeReporter = await writeNodeTestReporter(context.env.RUNNER_TEMP || external_node_os_default().tmpdir());
    const plan = testCommand(project, {
        coverage: inputs.coverage,
        extraArgs: inputs.args,
        files,
        resultsDirectory,
        nodeReporter,
        python,
        pythonCoverage: python && inputs.coverage ? await pythonCoverageFacts(directory) : undefined,
        nodeOptions: context.env.NODE_OPTIONS,
        vitestCoverageProvider: project.runner === 'vitest' && inputs.coverage
            ? (await isPackageInstalled(directory, '@vitest/coverage-v8', repositoryRoot)) || (await isPackageInstalled(directory, '@vitest/coverage-istanbul', repositoryRoot))
            : undefined,
    });
    const commandText = [plan.command, ...plan.args].join(' ');
    const started = deps.now();
    let outcome;
    if (files !== undefined && files.length === 0) {
        outcome = { results: { runner: project.runner, cases: [], fileErrors: [] }, durationMs: 0 };
        // The merge job must see that this shard ran, with nothing to run.
        await writeShardReport(resultsDirectory, { schema: 1, runner: project.runner, shard: shardLabel, results: outcome.results, durationMs: 0, plan: shardPlan });
    }
    else {
        const result = await io.group(`Run the tests: ${commandText}`, () => withoutWorkflowCommands(io, context.env.GITHUB_ACTIONS === 'true', () => deps.run(plan.command, plan.args, { cwd: directory, env: plan.env, timeoutMs: inputs.timeoutMinutes * 60_000 })));
        const durationMs = deps.now() - started;
        const { results, unreadable } = await readPlacedResults(plan, project, base);
        const readable = !result.timedOut && results !== undefined ? results : undefined;
        const coverage = readable ? await readCoverage(plan, base) : undefined;
        outcome = judgeRun({ commandText, plan, project, result, results, unreadable, durationMs, coverage, coverageOn: inputs.coverage, timeoutMinutes: inputs.timeoutMinutes });
        if (readable) {
            // jest's JSON and node's per-process files: one JUnit file for the 'results-file' output.
            if (project.runner === 'jest' || plan.files.nodeJunitDirectory !== undefined)
                await writeText(plan.files.junit, writeJunit(readable));
            await writeShardReport(resultsDirectory, { schema: 1, runner: project.runner, shard: shardLabel, results: readable, coverage, durationMs, plan: shardPlan });
        }
        if (inputs.shard !== undefined && outcome.problem?.reason !== 'crash') {
            const measured = fileDurations(outcome.results);
            notes.push(await saveTimings(io, deps.cache, context, inputs.cache, prefix, identity, `shard-${inputs.shard.index}of${inputs.shard.total}`, restored?.file, measured));
        }
    }
    // coverageUnavailable is the Coverage section's text (coverageNote): said there once, not again in the notes.
    if (plan.coverageUnavailable && inputs.coverage && outcome.coverageNote === undefined)
        notes.push(plan.coverageUnavailable);
    if (plan.coverageSource && inputs.coverage)
        notes.push(`Coverage measures ${plan.coverageSource}.`);
    const coverageFile = outcome.coverage ? (plan.files.lcov ?? plan.files.cobertura) : undefined;
    return finish(io, outcome, {
        title: `Tests: ${project.runner} in ${results_repositoryPath('.', base) || '.'}${shard ? `, shard ${shard.spec.index}/${shard.spec.total}` : ''}`,
        command: commandText,
        allowNoTests: inputs.allowNoTests,
        coverageThreshold: inputs.coverageThreshold,
        shard,
        resultsFile: outcome.results.cases.length > 0 || outcome.results.fileErrors.length > 0 ? shownPath(repositoryRoot, plan.files.junit) : undefined,
        coverageFile: coverageFile ? shownPath(repositoryRoot, coverageFile) : undefined,
        notes,
        noTestsReason: shard && shard.files.length === 0 ? `shard ${shard.spec.index}/${shard.spec.total} got no test files (${shard.allFiles} files for ${shard.spec.total} shards)` : undefined,
        counter,
    });
}


/***/ }),

/***/ 84:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ stripColors),
/* harmony export */   v: () => (/* binding */ stripTerminalCodes)
/* harmony export */ });
/** ANSI colour codes, raw or as pytest escapes them in its XML (`#x1B[31m`): tools' output is read without them. */
function stripColors(text) {
    return text.replace(/(?:\u001b|#x1B)\[[0-9;]*m/g, '');
}
/**
 * Every terminal code a tool may print, not only colours: CSI sequences (colours, erase-line, cursor moves), OSC
 * sequences (hyperlinks, titles) and the two-character escapes.
 */
function stripTerminalCodes(text) {
    return stripColors(text)
        .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
        .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
        .replace(/\u001b[@-Z\\-_]/g, '');
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/* unused harmony exports StageUnavailable, isStageUnavailable */
/**
 * An error the user can fix (bad input, a project the action cannot handle as it stands). The error
 * boundary reports it as a plain message, without a stack; any other error is a bug and keeps its stack.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
function isConfigurationError(error) {
    return error instanceof Error && error.name === 'ConfigurationError';
}
/**
 * A stage that cannot run here and is not a failure: the pipeline reports it as skipped with this message (the
 * local run's image stage on a project without a Dockerfile, or on a machine where no Docker engine answers).
 */
class StageUnavailable extends (/* unused pure expression or super */ null && (Error)) {
    name = 'StageUnavailable';
}
function isStageUnavailable(error) {
    return error instanceof Error && error.name === 'StageUnavailable';
}


/***/ }),

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ digestText)
/* harmony export */ });
/* unused harmony export digestParts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);


/** A stable digest of named parts: each part's name and length are hashed too, so parts cannot run together. */
function digestParts(parts) {
    const hash = createHash('sha256');
    for (const part of [...parts].sort((a, b) => compareNames(a.name, b.name))) {
        hash.update(`${part.name}\0${Buffer.byteLength(part.content)}\0`);
        hash.update(part.content);
        hash.update('\0');
    }
    return hash.digest('hex');
}
function digestText(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Xo: () => (/* binding */ formatSeconds)
/* harmony export */ });
/* unused harmony exports renderText, CONSOLE_COLUMNS, formatBytes */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function renderMarkdown(document) {
    const parts = document.map((block) => {
        switch (block.kind) {
            case 'heading':
                return `### ${block.text}`;
            case 'paragraph':
                return block.text;
            case 'list':
                return block.items.map((item) => `- ${item}`).join('\n');
            case 'code':
                return fenced(block.lines);
            case 'table':
                return [
                    `| ${block.header.map(escapeCell).join(' | ')} |`,
                    `| ${block.header.map(() => '---').join(' | ')} |`,
                    ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
                ].join('\n');
        }
    });
    return `${parts.join('\n\n')}\n`;
}
/** A fenced block whose fence is longer than any run of backticks in the lines, so no line can close it. */
function fenced(lines) {
    const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
    const fence = '`'.repeat(longest + 1);
    return [fence, ...lines, fence].join('\n');
}
/** Markdown inline code and emphasis are dropped for the console. */
function plain(text) {
    return text.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
function renderText(document) {
    const lines = [];
    for (const block of document) {
        switch (block.kind) {
            case 'heading':
                lines.push('', `== ${plain(block.text)} ==`);
                break;
            case 'paragraph':
                lines.push(plain(block.text));
                break;
            case 'list':
                lines.push(...block.items.map((item) => `  - ${plain(item)}`));
                break;
            case 'code':
                lines.push(...block.lines.map((line) => `    ${line}`));
                break;
            case 'table':
                lines.push(...tableLines(block.header, block.rows));
                break;
        }
    }
    return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
/** Console lines fit this many columns: a table's widest column wraps onto more lines when a row would not. */
const CONSOLE_COLUMNS = 100;
function tableLines(headerCells, bodyRows) {
    const header = headerCells.some((cell) => cell !== '') ? [headerCells] : [];
    const rows = [...header, ...bodyRows].map((row) => headerCells.map((_, i) => plain(row[i] ?? '')));
    const widths = headerCells.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    const total = 2 + widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1);
    if (total > CONSOLE_COLUMNS) {
        const widest = widths.indexOf(Math.max(...widths));
        const room = CONSOLE_COLUMNS - (total - widths[widest]);
        // Wrap only where enough room is left for the column to read as one.
        if (room >= 24)
            widths[widest] = room;
    }
    const lines = [];
    for (const row of rows) {
        const pieces = row.map((cell, i) => (cell.length > widths[i] ? wrap(cell, widths[i]) : [cell]));
        const height = Math.max(...pieces.map((cell) => cell.length));
        for (let line = 0; line < height; line += 1) {
            lines.push(`  ${pieces.map((cell, i) => (cell[line] ?? '').padEnd(widths[i])).join('  ').trimEnd()}`);
        }
    }
    return lines;
}
/** Splits `text` into lines of at most `width` characters, at spaces where it can, inside long words where it must. */
function wrap(text, width) {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        let rest = word;
        while (rest.length > 0) {
            const joined = current === '' ? rest : `${current} ${rest}`;
            if (joined.length <= width) {
                current = joined;
                rest = '';
            }
            else if (current !== '') {
                lines.push(current);
                current = '';
            }
            else {
                lines.push(rest.slice(0, width));
                rest = rest.slice(width);
            }
        }
    }
    if (current !== '')
        lines.push(current);
    return lines.length > 0 ? lines : [''];
}
function formatSeconds(milliseconds) {
    return `${(milliseconds / 1000).toFixed(1)} s`;
}
function formatBytes(bytes) {
    if (bytes === undefined)
        return 'unknown';
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 431:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_testing_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(356);
/* harmony import */ var _runtime_io_error_boundary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(458);
/* harmony import */ var _runtime_io_github_wiring_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(88);



const deps = (0,_runtime_io_github_wiring_js__WEBPACK_IMPORTED_MODULE_2__/* .githubDependencies */ .F)();
await (0,_runtime_io_error_boundary_js__WEBPACK_IMPORTED_MODULE_1__/* .runStageWithErrorBoundary */ .SM)(deps, 'test', (given) => (0,_actions_testing_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(given));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SM: () => (/* binding */ runStageWithErrorBoundary)
});

// UNUSED EXPORTS: runMainWithErrorBoundary, runPostWithErrorBoundary

;// CONCATENATED MODULE: ./src/core/diagnosis/cache-evidence.ts
/**
 * How a later step of the job learns where its dependencies came from: setup-deps exports its cache result under
 * this name, so a failure that looks like a broken installed tree is blamed on the cache only when the tree came
 * from one.
 */
const DEPENDENCIES_CACHE_VARIABLE = 'BUILD_ACTIONS_DEPENDENCIES_CACHE';
/** setup-deps' cache results that mean the installed tree (or part of it) was restored from a cache entry. */
function restoredFromCache(cacheResult) {
    return cacheResult === 'exact' || cacheResult === 'partial';
}
function dependenciesFromCache(env) {
    return restoredFromCache(env[DEPENDENCIES_CACHE_VARIABLE]);
}

// EXTERNAL MODULE: ./src/core/ansi.ts
var ansi = __nccwpck_require__(84);
;// CONCATENATED MODULE: ./src/core/diagnosis/output-text.ts

/**
 * A tool's output as the lines a person reads on a terminal: colour and cursor codes removed (CSI and OSC
 * sequences, pytest's escaped `#x1B[..m`), a line redrawn after a carriage return kept as drawn last (progress
 * spinners), trailing blanks trimmed. Matchers read these lines and quote them as evidence.
 */
function plainLines(output) {
    return (0,ansi/* stripTerminalCodes */.v)(output).split('\n').map((line) => {
        const drawn = line.replace(/\r+$/, '').split('\r');
        return drawn[drawn.length - 1].trimEnd();
    });
}
/** npm's line prefixes ("npm error ", "npm ERR! ", "npm warn "): the tool's words (or a child's, like node-gyp's) without them. */
function withoutLogPrefix(line) {
    return line.replace(/^npm (?:error|ERR!|warn|WARN|notice)(?: |$)/, '');
}
/** At most `count` lines, de-duplicated in order (verbose tools repeat a message), empty lines dropped. */
function evidenceLines(lines, count = 12) {
    const seen = new Set();
    const kept = [];
    for (const line of lines) {
        if (line.trim() === '' || seen.has(line))
            continue;
        seen.add(line);
        kept.push(line);
        if (kept.length === count)
            break;
    }
    return kept;
}
/** The index of the first line matching `pattern` at or after `from`, or -1. */
function findLine(lines, pattern, from = 0) {
    for (let index = Math.max(0, from); index < lines.length; index += 1) {
        if (pattern.test(lines[index]))
            return index;
    }
    return -1;
}
/** Names joined for a headline: "a", "a and b", "a, b and c". */
function joinNames(names) {
    if (names.length <= 1)
        return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/core/diagnosis/cache-trouble.ts

const INSIDE_NODE_MODULES = /[\\/]node_modules[\\/]/;
const SITE_PACKAGES = /[\\/](?:site|dist)-packages[\\/]/;
const VENV_BIN = /(?:^|[\s/])\.?venv\/bin\/(?:python[\d.]*|pip[\d.]*|\S+)\b/;
function nodeSymptom(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        // Error: Cannot find module '/w/node_modules/ms/index'. (a package that lost a file)
        const missingPath = /Cannot find module '([^']+)'/.exec(line);
        if (missingPath && INSIDE_NODE_MODULES.test(missingPath[1]))
            return { what: `${missingPath[1]} is missing from node_modules`, lines: [index] };
        // Error: Cannot find module 'ms' / Require stack: / - /w/node_modules/debug/src/common.js (a package's dependency gone)
        if (missingPath && lines[index + 1]?.trim() === 'Require stack:') {
            const requirer = /^- (.+)$/.exec(lines[index + 2] ?? '')?.[1];
            if (requirer !== undefined && INSIDE_NODE_MODULES.test(requirer)) {
                return { what: `'${missingPath[1]}', which ${requirer} requires, is missing from node_modules`, lines: [index, index + 1, index + 2] };
            }
        }
        // Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'x' imported from /w/node_modules/y/index.js
        const esm = /ERR_MODULE_NOT_FOUND.*Cannot find (?:package|module) '([^']+)' imported from (\S+)/.exec(line);
        if (esm && (INSIDE_NODE_MODULES.test(esm[1]) || INSIDE_NODE_MODULES.test(esm[2]))) {
            return { what: `'${esm[1]}', which ${esm[2]} imports, is missing from node_modules`, lines: [index] };
        }
        // The module '/w/node_modules/x.node' / was compiled against a different Node.js version using / NODE_MODULE_VERSION 115. ...
        if (/was compiled against a different Node\.js version using/.test(line)) {
            const module = /The module '([^']+)'/.exec(lines[index - 1] ?? '')?.[1];
            const versions = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires/.exec(lines[index + 1] ?? '');
            const required = /^NODE_MODULE_VERSION (\d+)\./.exec(lines[index + 2] ?? '');
            return {
                what: `the native addon ${module ?? ''} was built for another Node.js (NODE_MODULE_VERSION ${versions?.[1] ?? '?'}, this one needs ${required?.[1] ?? '?'})`.replace('addon  was', 'addon was'),
                lines: [index - 1, index, index + 1, index + 2].filter((at) => at >= 0 && at < lines.length),
            };
        }
        // Error: /w/node_modules/x/build/Release/x.node: invalid ELF header
        const elf = /(\S+\.node): invalid ELF header/.exec(line);
        if (elf)
            return { what: `the native addon ${elf[1]} is not a Linux binary (invalid ELF header: built on another OS)`, lines: [index] };
    }
    return undefined;
}
function pythonSymptom(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        // An installed package whose own import fails (a module gone, a native extension that does not load): the
        // last frame is in site-packages. Not "cannot import name": two installed versions that disagree do so after a
        // fresh install too.
        const failed = /^(ModuleNotFoundError: No module named '[^']+'|ImportError: .*(?:cannot open shared object file|undefined symbol|wrong ELF class|invalid ELF header).*)$/.exec(line);
        if (failed) {
            const frame = lines.slice(Math.max(0, index - 4), index).reverse().find((text) => /^\s*File "/.test(text));
            if (frame !== undefined && SITE_PACKAGES.test(frame)) {
                const package_ = /[\\/](?:site|dist)-packages[\\/]([^\\/"]+)/.exec(frame)?.[1];
                return { what: `the installed package ${package_ ?? ''} fails to import what it needs (${failed[1]})`.replace('package  fails', 'package fails'), lines: [lines.indexOf(frame, Math.max(0, index - 4)), index - 1, index].filter((at) => at >= 0) };
            }
        }
        // A virtualenv's interpreter that is not on this machine (a venv made on another runner image).
        if (/: bad interpreter: No such file or directory$/.test(line) && /venv\//.test(line))
            return { what: "the virtualenv's interpreter is missing", lines: [index] };
        if (VENV_BIN.test(line) && /: (?:cannot execute: required file not found|No such file or directory)$/.test(line)) {
            return { what: "the virtualenv's interpreter is missing (its bin/ entries point at a Python this machine does not have)", lines: [index] };
        }
    }
    return undefined;
}
const cacheTroubleMatcher = (evidence) => {
    if (evidence.restoredFromCache !== true)
        return undefined;
    const lines = plainLines(evidence.output);
    const symptom = nodeSymptom(lines) ?? pythonSymptom(lines);
    if (symptom === undefined)
        return undefined;
    return {
        kind: 'cache trouble',
        headline: `The dependencies restored from the cache are broken or stale: ${symptom.what}.`,
        fix: "Rotate the cache: give the caching actions' 'cache-version' input a new value (any, e.g. today's date), so every key is new and the tree is installed afresh. " +
            "Locally, run 'build-actions cache clear DIR'.",
        evidence: evidenceLines(symptom.lines.map((index) => lines[index])),
    };
};

;// CONCATENATED MODULE: ./src/core/diagnosis/compile-error.ts

const LABELS = { tsc: 'tsc', esbuild: 'esbuild', vite: 'vite', babel: 'babel', swc: 'swc', python: 'Python', cc: 'the C/C++ compiler' };
const TSC_PLAIN = /^(\S[^()]*?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const TSC_PRETTY = /^(\S.*?):(\d+):(\d+) - error (TS\d+): (.*)$/;
const TSC_TOTAL = /^Found (\d+) errors?\b/;
const ESBUILD_ERROR = /^✘ \[ERROR\] (.*)$/;
const ESBUILD_PLACE = /^\s+(\S.*?):(\d+):(\d+):$/;
const ESBUILD_RELAYED = /^(\S.*?):(\d+):(\d+): ERROR: (.*)$/;
const ESBUILD_TOTAL = /^(\d+) errors?$/;
const ROLLDOWN_TOTAL = /^(?:Error: )?Build failed with (\d+) errors?:$/;
const ROLLDOWN_MESSAGE = /^\[([^\]]+)\] (.*)$/;
const ROLLDOWN_PLACE = /^\s*╭─\[ ?(.+?):(\d+):(\d+) ?\]$/;
const ROLLUP_UNRESOLVED = /^\[vite\]: Rollup failed to resolve import "(.+?)" from "(.+?)"\.$/;
const BABEL = /^SyntaxError: (\S.*?): (.*) \((\d+):(\d+)\)$/;
const SWC_MESSAGE = /^\s*x (.*)$/;
const SWC_PLACE = /^\s*,-\[(.+?):(\d+):(\d+)\]$/;
const PYTHON_PLACE = /^\s*File "(.+?)", line (\d+)$/;
const PYTHON_ERROR = /^\s*(SyntaxError|IndentationError|TabError): (.*)$/;
const CC_ERROR = /^\s*(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm)):(\d+):(\d+): (?:fatal )?error: (.*)$/;
function located(file, line, column, message) {
    return { file, line: Number(line), ...(column !== undefined ? { column: Number(column) } : {}), message };
}
/** Every compile error the lines hold, in order, and the totals the tools printed. */
function findErrors(lines) {
    const errors = [];
    const totals = [];
    const plain = lines.map(withoutLogPrefix);
    plain.forEach((line, index) => {
        let match;
        if ((match = TSC_PLAIN.exec(line) ?? TSC_PRETTY.exec(line))) {
            const message = `${match[4]}: ${match[5]}`;
            errors.push({ tool: 'tsc', lines: [index], location: located(match[1], match[2], match[3], message), message });
        }
        else if ((match = TSC_TOTAL.exec(line)) && errors.some((error) => error.tool === 'tsc')) {
            totals.push({ tool: 'tsc', count: Number(match[1]), line: index });
        }
        else if ((match = ESBUILD_ERROR.exec(line))) {
            const placeIndex = [index + 1, index + 2, index + 3].find((next) => ESBUILD_PLACE.test(plain[next] ?? ''));
            const place = placeIndex === undefined ? null : ESBUILD_PLACE.exec(plain[placeIndex]);
            errors.push({ tool: 'esbuild', lines: placeIndex === undefined ? [index] : [index, placeIndex], location: place ? located(place[1], place[2], place[3], match[1]) : undefined, message: match[1] });
        }
        else if ((match = ESBUILD_RELAYED.exec(line))) {
            errors.push({ tool: 'esbuild', lines: [index], location: located(match[1], match[2], match[3], match[4]), message: match[4] });
        }
        else if ((match = ESBUILD_TOTAL.exec(line)) && errors.some((error) => error.tool === 'esbuild')) {
            totals.push({ tool: 'esbuild', count: Number(match[1]), line: index });
        }
        else if ((match = ROLLDOWN_TOTAL.exec(line))) {
            totals.push({ tool: 'vite', count: Number(match[1]), line: index });
        }
        else if ((match = ROLLDOWN_PLACE.exec(line))) {
            const messageIndex = index - 1;
            const message = ROLLDOWN_MESSAGE.exec(plain[messageIndex] ?? '');
            const text = message ? `[${message[1]}] ${message[2]}` : 'build error';
            errors.push({ tool: 'vite', lines: message ? [messageIndex, index] : [index], location: located(match[1], match[2], match[3], text), message: text });
        }
        else if ((match = ROLLUP_UNRESOLVED.exec(line))) {
            errors.push({ tool: 'vite', lines: [index], message: `Rollup failed to resolve import "${match[1]}" from "${match[2]}"` });
        }
        else if ((match = BABEL.exec(line))) {
            errors.push({ tool: 'babel', lines: [index], location: located(match[1], match[3], match[4], `SyntaxError: ${match[2]}`), message: `SyntaxError: ${match[2]}` });
        }
        else if ((match = SWC_PLACE.exec(line)) && SWC_MESSAGE.test(plain[index - 1] ?? '')) {
            const message = SWC_MESSAGE.exec(plain[index - 1])[1];
            errors.push({ tool: 'swc', lines: [index - 1, index], location: located(match[1], match[2], match[3], message), message });
        }
        else if ((match = PYTHON_PLACE.exec(line))) {
            const errorIndex = [index + 1, index + 2, index + 3, index + 4].find((next) => PYTHON_ERROR.test(plain[next] ?? ''));
            if (errorIndex !== undefined) {
                const error = PYTHON_ERROR.exec(plain[errorIndex]);
                const message = `${error[1]}: ${error[2]}`;
                errors.push({ tool: 'python', lines: [index, errorIndex], location: located(match[1], match[2], undefined, message), message });
            }
        }
        else if ((match = CC_ERROR.exec(line))) {
            errors.push({ tool: 'cc', lines: [index], location: located(match[1], match[2], match[3], match[4]), message: match[4] });
        }
    });
    return { errors: withoutPseudoFiles(errors), totals };
}
/**
 * Python names code without a file `<unknown>` or `<string>` (setuptools parses a module with ast first, then
 * imports it): such an error repeats a located one at the same line, or stands alone without a location.
 */
function withoutPseudoFiles(errors) {
    const pseudo = (error) => error.tool === 'python' && /^<.*>$/.test(error.location?.file ?? '');
    return errors.flatMap((error) => {
        if (!pseudo(error))
            return [error];
        const repeated = errors.some((other) => !pseudo(other) && other.tool === 'python' && other.location?.line === error.location?.line && other.message === error.message);
        return repeated ? [] : [{ ...error, location: undefined }];
    });
}
/** The package whose native code was being built, when the output names it (npm's path, pip's wheel, setuptools' extension). */
function nativePackage(lines) {
    for (const line of lines) {
        const match = /^npm (?:error|ERR!) path \S*\/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)$/.exec(line) ??
            /Failed building wheel for (\S+)/.exec(line) ??
            /^\s*building '([^'.]+)[^']*' extension$/.exec(line);
        if (match)
            return match[1];
    }
    return undefined;
}
function fixFor(tool, lines, first) {
    switch (tool) {
        case 'tsc':
            return `Fix the type errors at the places listed (the first at ${first}; each is annotated), then run 'npx tsc --noEmit' locally to see them all before pushing.`;
        case 'python':
            return `Fix the syntax at the places listed (the first at ${first}); 'python -m compileall -q <package folder>' finds every syntax error locally.`;
        case 'cc': {
            const owner = nativePackage(lines);
            return (`The C/C++ code of ${owner ?? 'a native module'} did not compile (the first error at ${first}). If it is your code, fix it there. ` +
                "If it is a dependency's, use a version that ships prebuilt binaries (prebuilds, wheels) for this platform and runtime version, or one whose source builds with this compiler and these headers.");
        }
        default:
            return `Fix the source at the places listed (the first at ${first}), then run the build locally ('npm run build'). An import that cannot be resolved is a missing file or a dependency missing from package.json.`;
    }
}
const compileErrorMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    const { errors, totals } = findErrors(lines);
    if (errors.length === 0)
        return undefined;
    const tools = [...new Set(errors.map((error) => error.tool))];
    const count = tools.reduce((sum, tool) => {
        const printed = totals.filter((total) => total.tool === tool).reduce((most, total) => Math.max(most, total.count), 0);
        return sum + Math.max(printed, errors.filter((error) => error.tool === tool).length);
    }, 0);
    const locations = errors.flatMap((error) => (error.location ? [error.location] : [])).slice(0, 10);
    const first = errors[0];
    const where = first.location ? `${first.location.file}:${first.location.line}${first.location.column !== undefined ? `:${first.location.column}` : ''}` : undefined;
    const errorLines = errors.flatMap((error) => error.lines);
    const totalLines = totals.filter((total) => tools.includes(total.tool)).map((total) => total.line);
    const quoted = [...new Set([...errorLines.slice(0, 12 - totalLines.length), ...totalLines])].sort((a, b) => a - b);
    const diagnosis = {
        kind: 'compile error',
        headline: `${count} compile error${count === 1 ? '' : 's'} (${joinNames(tools.map((tool) => LABELS[tool]))}); the first${where ? ` at ${where}` : ''}: ${first.message}`,
        fix: fixFor(first.tool, lines, where ?? 'the first line below'),
        evidence: evidenceLines(quoted.map((index) => lines[index])),
        count,
    };
    if (locations.length > 0)
        diagnosis.locations = locations;
    return diagnosis;
};

;// CONCATENATED MODULE: ./src/core/diagnosis/dependency-conflict.ts

/**
 * Requirements that no set of versions satisfies, named with the packages and ranges the tool printed: npm's
 * ERESOLVE, pnpm's unmet peers, pip's ResolutionImpossible and Poetry's solver (a range that no published version
 * matches is a package not found: package-not-found.ts). The fixes change a range, a version or an
 * override; forcing the install is mentioned only as the last resort it is.
 */
/** `react-dom@17.0.2` → react-dom; `@scope/x@1` → @scope/x; `react@"^18"` → react. */
function packageName(spec) {
    const at = spec.indexOf('@', 1);
    return at < 0 ? spec : spec.slice(0, at);
}
const NPM_ERROR = /^npm (?:error|ERR!)(?: |$)/;
function npmEresolve(lines) {
    // Only npm's errors: "npm warn ERESOLVE overriding peer dependency" belongs to an install that went on.
    const code = lines.findIndex((line) => NPM_ERROR.test(line) && /^code ERESOLVE$/.test(withoutLogPrefix(line)));
    if (code < 0)
        return undefined;
    const block = [];
    for (let index = code + 1; index < lines.length && NPM_ERROR.test(lines[index]); index += 1)
        block.push(lines[index]);
    const plain = block.map(withoutLogPrefix);
    const at = (pattern) => plain.findIndex((line) => pattern.test(line));
    const found = /^Found: (\S+)/.exec(plain[at(/^Found: /)] ?? '')?.[1];
    const foundIndex = at(/^Found: /);
    const foundBy = foundIndex < 0 ? undefined : plain.slice(foundIndex + 1).find((line) => /^ {2}\S.* from /.test(line))?.trim();
    const couldIndex = at(/^Could not resolve dependency:$/);
    const wanted = couldIndex < 0 ? undefined : /^(?:(peer|peerOptional) )?(\S+?@"[^"]*") from (\S+)/.exec(plain[couldIndex + 1] ?? '');
    const conflicting = /^Conflicting peer dependency: (\S+)/.exec(plain[at(/^Conflicting peer dependency: /)] ?? '')?.[1];
    const end = at(/^Fix the upstream dependency conflict/);
    const kept = block.slice(0, end < 0 ? block.length : end).filter((_line, index) => !/^\s*node_modules\//.test(plain[index]) && plain[index].trim() !== '');
    let headline = 'npm could not resolve the dependency tree (ERESOLVE)';
    if (wanted && found) {
        headline += `: ${wanted[3]} wants ${wanted[1] ? `${wanted[1]} ` : ''}${wanted[2]}, but ${found} is there${foundBy ? ` (${foundBy})` : ''}`;
    }
    if (conflicting)
        headline += `; conflicting peer: ${conflicting}`;
    const wanter = wanted ? packageName(wanted[3]) : undefined;
    const contested = wanted ? packageName(wanted[2]) : found ? packageName(found) : 'the package';
    const range = wanted ? /@"([^"]*)"/.exec(wanted[2])?.[1] : undefined;
    return {
        kind: 'dependency conflict',
        headline: `${headline}.`,
        fix: (wanter && found
            ? `Make the versions agree: take a version of ${wanter} whose peer range accepts ${found} ('npm view ${wanter} peerDependencies' lists them), or move ${contested} into ${range ? `"${range}"` : 'the range it wants'}. `
            : 'Make the versions agree (the lines below name who wants what). ') +
            `If a package you cannot change lags behind, pin the version that works with "overrides" in package.json. Then run 'npm install' locally and commit the lockfile. ` +
            `Retrying with --legacy-peer-deps or --force is a last resort: it installs a tree npm knows to be inconsistent.`,
        evidence: evidenceLines(kept),
    };
}
function pnpmPeers(lines) {
    const start = findLine(lines, /ERR_PNPM_PEER_DEP_ISSUES/);
    if (start < 0)
        return undefined;
    const problems = [];
    const kept = [lines[start]];
    let parent = '';
    for (let index = start + 1; index < lines.length; index += 1) {
        const line = lines[index];
        const node = /[└├]─┬ (\S+ \S+)$/.exec(line);
        if (node)
            parent = node[1];
        const unmet = /✕ (unmet|missing) peer (\S+?)(?:: found (\S+))?$/.exec(line);
        if (unmet) {
            problems.push(`${parent || 'a package'} wants ${unmet[2]}${unmet[3] ? `, found ${unmet[3]}` : ' (missing)'}`);
            if (node === null && parent && !kept.includes(lines[index - 1]))
                kept.push(lines[index - 1]);
            kept.push(line);
        }
    }
    return {
        kind: 'dependency conflict',
        headline: `pnpm found unmet peer dependencies${problems.length > 0 ? `: ${problems.slice(0, 4).join('; ')}` : ''}.`,
        fix: 'Make the versions agree (move the package or its peer into the wanted range). If a package you cannot change lags behind, allow or pin the version with ' +
            "pnpm's peerDependencyRules or overrides (the pnpm field of package.json, or pnpm-workspace.yaml); then run 'pnpm install' and commit pnpm-lock.yaml. " +
            'strictPeerDependencies: false is a last resort.',
        evidence: evidenceLines(kept),
    };
}
function pipResolution(lines) {
    const caused = findLine(lines, /^The conflict is caused by:$/);
    if (caused < 0 && findLine(lines, /ResolutionImpossible/) < 0)
        return undefined;
    const causes = [];
    for (let index = caused + 1; caused >= 0 && index < lines.length && lines[index].trim() !== ''; index += 1)
        causes.push(lines[index]);
    const contested = [...new Set(causes.map((line) => /(?:depends on|requested) ([A-Za-z0-9._-]+)/.exec(line)?.[1]).filter((name) => name !== undefined))];
    const parents = causes.map((line) => /^\s*(\S+) \S+ depends on/.exec(line)?.[1]).filter((name) => name !== undefined);
    const cannot = lines.find((line) => /^ERROR: Cannot install .* because these package versions have conflicting dependencies\.$/.test(line));
    const impossible = lines.find((line) => /ResolutionImpossible/.test(line));
    return {
        kind: 'dependency conflict',
        headline: `pip found no set of versions that satisfies every requirement (ResolutionImpossible)${causes.length > 0 ? `: ${causes.map((line) => line.trim()).join('; ')}` : ''}.`,
        fix: `Make the requirements on ${contested.length > 0 ? joinNames(contested) : 'the shared package'} overlap: ` +
            `${parents.length > 0 ? `take versions of ${joinNames(parents)} that agree on it, ` : ''}loosen your own pin, or drop one of the requirements; ` +
            'then update the requirements (or constraints) file and install again.',
        evidence: evidenceLines([cannot ?? '', ...(caused >= 0 ? [lines[caused]] : []), ...causes, impossible ?? '']),
    };
}
const POETRY_DEPENDS = /(\S+) \(([^)]+)\) depends on (\S+) \(([^)]+)\)/g;
function poetrySolver(lines) {
    // Verbose output prints the paragraph under SolveFailure, then again under SolverProblemError: quote the latter.
    const solverIndex = findLine(lines, /^\s*SolverProblemError$/);
    const end = findLine(lines, /version solving failed\.$/, solverIndex);
    if (end < 0)
        return undefined;
    let start = end;
    while (start > 0 && !/^\s*Because /.test(lines[start]))
        start -= 1;
    const paragraph = lines.slice(start, end + 1);
    const text = paragraph.map((line) => line.trim()).join(' ');
    // "depends on x (1.0) which doesn't match any versions": nothing to choose between (package-not-found.ts).
    if (/which doesn't match any versions/.test(text))
        return undefined;
    const clauses = [...text.matchAll(POETRY_DEPENDS)].map((match) => `${match[1]} (${match[2]}) depends on ${match[3]} (${match[4]})`);
    const contested = [...new Set([...text.matchAll(POETRY_DEPENDS)].map((match) => match[3]))];
    return {
        kind: 'dependency conflict',
        headline: `Poetry found no versions that fit together${clauses.length > 0 ? `: ${clauses.join(' and ')}` : ''}.`,
        fix: `Change the constraints in pyproject.toml so they overlap${contested.length > 0 ? ` on ${joinNames(contested)}` : ''} ` +
            "(another version of a package that depends on it, or a looser range of your own), then run 'poetry lock' and commit poetry.lock.",
        evidence: evidenceLines([...(solverIndex >= 0 ? [lines[solverIndex]] : []), ...paragraph]),
    };
}
const dependencyConflictMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    return npmEresolve(lines) ?? pnpmPeers(lines) ?? pipResolution(lines) ?? poetrySolver(lines);
};

;// CONCATENATED MODULE: ./src/core/diagnosis/lockfile-sync.ts

/**
 * A lockfile that no longer matches the manifest, as the frozen installs say it: `npm ci`, pnpm's
 * ERR_PNPM_OUTDATED_LOCKFILE (with the specifiers it lists), yarn classic's --frozen-lockfile, and Poetry
 * (`poetry lock --check` of 1.x, "changed significantly" of 1.8 and 2.x). The fix is always the same: let the
 * package manager rewrite the lockfile locally and commit it.
 */
const NPM_IN_SYNC = /can only install packages when your package\.json and (?:package-lock\.json|npm-shrinkwrap\.json)[\s\S]*are in sync/;
const NPM_MISSING = /^Missing: (\S+) from lock file$/;
const NPM_INVALID = /^Invalid: lock file's (\S+) does not satisfy (\S+)$/;
function npmOutOfSync(lines, evidence) {
    const plain = lines.map(withoutLogPrefix);
    const header = plain.findIndex((line) => NPM_IN_SYNC.test(line));
    const details = plain.flatMap((line, index) => (NPM_MISSING.test(line) || NPM_INVALID.test(line) ? [index] : []));
    if (header < 0 && details.length === 0)
        return undefined;
    const lockfile = evidence.lockfile ?? (header >= 0 && /only npm-shrinkwrap/.test(plain[header]) ? 'npm-shrinkwrap.json' : 'package-lock.json');
    const parts = details.map((index) => {
        const missing = NPM_MISSING.exec(plain[index]);
        if (missing)
            return `${missing[1]} is missing from it`;
        const invalid = NPM_INVALID.exec(plain[index]);
        return `its ${invalid[1]} does not satisfy ${invalid[2]}`;
    });
    return {
        kind: 'dependency conflict',
        headline: `${lockfile} is out of sync with package.json${parts.length > 0 ? `: ${parts.slice(0, 4).join('; ')}${parts.length > 4 ? ` (and ${parts.length - 4} more)` : ''}` : ''}.`,
        fix: `Run 'npm install' locally (it brings ${lockfile} in line with package.json), check the diff, and commit ${lockfile}.`,
        evidence: evidenceLines([...(header >= 0 ? [lines[header]] : []), ...details.map((index) => lines[index])]),
    };
}
const PNPM_CHANGE = /^\* (\d+) dependenc(?:y|ies) (?:were|was) (added|removed): (.+)$/;
const PNPM_MISMATCHED = /^\* (\d+) dependenc(?:y|ies) (?:are|is) mismatched:$/;
const PNPM_MISMATCH = /^\s+- (\S+) \(lockfile: ([^,]+), manifest: ([^)]+)\)$/;
function pnpmOutdated(lines) {
    const start = findLine(lines, /ERR_PNPM_OUTDATED_LOCKFILE/);
    if (start < 0)
        return undefined;
    const parts = [];
    const kept = [lines[start]];
    for (let index = start + 1; index < lines.length && kept.length < 12; index += 1) {
        const line = lines[index];
        const change = PNPM_CHANGE.exec(line);
        const mismatch = PNPM_MISMATCH.exec(line);
        if (change)
            parts.push(`${change[2]} ${change[3]}`);
        else if (mismatch)
            parts.push(`${mismatch[1]} is ${mismatch[2]} in the lockfile but ${mismatch[3]} in package.json`);
        if (change || mismatch || PNPM_MISMATCHED.test(line) || /Failure reason:|specifiers in the lockfile/.test(line))
            kept.push(line);
    }
    return {
        kind: 'dependency conflict',
        headline: `pnpm-lock.yaml is not up to date with package.json${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`,
        fix: "Run 'pnpm install' locally (it updates pnpm-lock.yaml to package.json's specifiers) and commit pnpm-lock.yaml.",
        evidence: evidenceLines(kept),
    };
}
function yarnFrozen(lines, evidence) {
    const line = lines.find((text) => /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`/.test(text));
    if (line === undefined)
        return undefined;
    const lockfile = evidence.lockfile ?? 'yarn.lock';
    return {
        kind: 'dependency conflict',
        headline: `${lockfile} is out of date with package.json: yarn install --frozen-lockfile would have to change it.`,
        fix: `Run 'yarn install' locally (it updates ${lockfile} to match package.json) and commit ${lockfile}.`,
        evidence: [line],
    };
}
const POETRY_STALE = /^(?!Warning:).*(?:poetry\.lock is not consistent with pyproject\.toml|pyproject\.toml changed significantly since poetry\.lock was last generated)/;
function poetryStale(lines) {
    const line = lines.find((text) => POETRY_STALE.test(text.trimStart()));
    if (line === undefined)
        return undefined;
    return {
        kind: 'dependency conflict',
        headline: 'poetry.lock does not match pyproject.toml: the dependencies changed since the lock was made.',
        fix: "Run 'poetry lock' locally (on Poetry 1.x, 'poetry lock --no-update' keeps the other locked versions), check the diff, and commit poetry.lock.",
        evidence: [line],
    };
}
const lockfileSyncMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    return npmOutOfSync(lines, evidence) ?? pnpmOutdated(lines) ?? yarnFrozen(lines, evidence) ?? poetryStale(lines);
};

;// CONCATENATED MODULE: ./src/core/diagnosis/package-not-found.ts

const package_not_found_NPM_ERROR = /^npm (?:error|ERR!)(?: |$)/;
/** `ms@^9.0.0` → [ms, ^9.0.0]; `@scope/x@1` → [@scope/x, 1]; `x` → [x]. */
function splitSpec(spec) {
    const at = spec.indexOf('@', 1);
    return at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
}
function npm(lines) {
    const npmLine = (pattern) => lines.findIndex((line) => package_not_found_NPM_ERROR.test(line) && pattern.test(withoutLogPrefix(line)));
    const e404 = npmLine(/^code E404$/);
    if (e404 >= 0) {
        const get = npmLine(/^404 Not Found - GET \S+/);
        const resource = npmLine(/^404\s+The requested resource '[^']+' could not be found/);
        const url = get >= 0 ? /GET (\S+)/.exec(lines[get])[1] : undefined;
        const spec = resource >= 0 ? /'([^']+)'/.exec(lines[resource])[1] : url ? decodeURIComponent(url.split('/').slice(-1)[0]) : 'a package';
        const [name, wanted] = splitSpec(spec);
        // A lockfile's tarball URL as the version says nothing the GET line does not.
        return { name, wanted: wanted && /^https?:/.test(wanted) ? undefined : wanted, where: url, tool: 'npm', code: 'npm E404', lines: [e404, get, resource].filter((at) => at >= 0) };
    }
    const notarget = npmLine(/^notarget No matching version found for \S+?\.?$/);
    if (notarget >= 0) {
        const [name, wanted] = splitSpec(/found for (\S+?)\.?$/.exec(lines[notarget])[1]);
        const code = npmLine(/^code ETARGET$/);
        return { name, wanted, tool: 'npm', code: 'npm ETARGET', lines: [code, notarget].filter((at) => at >= 0) };
    }
    return undefined;
}
const PNPM_404 = /ERR_PNPM_FETCH_404\W+GET (\S+?): Not Found/;
const PNPM_NOT_IN = /^(\S+) is not in the npm registry/;
const PNPM_NO_VERSION = /ERR_PNPM_NO_MATCHING_VERSION\W+No matching version found for (\S+) while fetching it from (\S+)$/;
const PNPM_LATEST = /^The latest release of (\S+) is "([^"]+)"/;
const YARN_NO_PACKAGE = /^error Couldn't find package "([^"]+)"(?: required by "([^"]+)")? on the "([^"]+)" registry\.$/;
const YARN_NO_VERSION = /^error Couldn't find any versions for "([^"]+)" that matches "([^"]+)"/;
function pnpmOrYarn(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_404.exec(line))) {
            const notIn = lines.findIndex((text) => PNPM_NOT_IN.test(text));
            const name = notIn >= 0 ? PNPM_NOT_IN.exec(lines[notIn])[1] : decodeURIComponent(match[1].split('/').slice(-1)[0]);
            return { name, where: match[1], tool: 'pnpm', code: 'ERR_PNPM_FETCH_404', lines: [index, ...(notIn >= 0 ? [notIn] : [])] };
        }
        if ((match = PNPM_NO_VERSION.exec(line))) {
            const [name, wanted] = splitSpec(match[1]);
            const latest = lines.findIndex((text) => PNPM_LATEST.test(text));
            return { name, wanted, has: latest >= 0 ? `latest ${PNPM_LATEST.exec(lines[latest])[2]}` : undefined, where: match[2], tool: 'pnpm', code: 'ERR_PNPM_NO_MATCHING_VERSION', lines: [index, ...(latest >= 0 ? [latest] : [])] };
        }
        if ((match = YARN_NO_PACKAGE.exec(line))) {
            const [name, wanted] = splitSpec(match[1]);
            return { name, wanted: wanted && match[2] ? `${wanted}, required by ${match[2]}` : wanted, where: `the "${match[3]}" registry`, tool: 'yarn', code: "yarn: Couldn't find package", lines: [index] };
        }
        if ((match = YARN_NO_VERSION.exec(line)))
            return { name: match[1], wanted: match[2], tool: 'yarn', code: "yarn: Couldn't find any versions", lines: [index] };
    }
    return undefined;
}
const PIP_NO_VERSION = /^ERROR: Could not find a version that satisfies the requirement (\S+?)(?: \(from [^)]*\))? \(from versions: ([^)]*)\)$/;
const POETRY_NO_VERSION = /depends on (\S+) \(([^)]+)\) which doesn't match any versions, version solving failed\.$/;
function python(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PIP_NO_VERSION.exec(line))) {
            const name = /^[A-Za-z0-9._-]+/.exec(match[1])?.[0] ?? match[1];
            const looking = lines.findIndex((text) => /^Looking in (indexes|links): /.test(text));
            const noMatching = lines.findIndex((text) => text.startsWith('ERROR: No matching distribution found for'));
            return {
                name,
                wanted: match[1] === name ? undefined : match[1].slice(name.length),
                has: match[2] === 'none' ? 'none' : match[2],
                where: looking >= 0 ? lines[looking].replace(/^Looking in (indexes|links): /, '') : undefined,
                tool: 'pip',
                code: 'pip',
                lines: [looking, index, noMatching].filter((at) => at >= 0),
            };
        }
        if ((match = POETRY_NO_VERSION.exec(line.trim())))
            return { name: match[1], wanted: match[2], tool: 'poetry', code: 'Poetry', lines: [index] };
    }
    return undefined;
}
function headline(missing) {
    const where = missing.where ? `${/^https?:\/\/\S+\/[^/]+$/.test(missing.where) ? ' at' : ' on'} ${missing.where}` : '';
    if (missing.tool === 'pip') {
        return missing.has === 'none'
            ? `pip found no version at all of ${missing.name}${missing.wanted ? ` (wanted ${missing.wanted})` : ''}${where} (from versions: none).`
            : `No version of ${missing.name} satisfies ${missing.name}${missing.wanted ?? ''}${where} (it has ${missing.has}).`;
    }
    const version = missing.wanted ? ` matching ${missing.wanted}` : '';
    const has = missing.has ? ` (${missing.has})` : '';
    const noPackage = missing.code === 'npm E404' || missing.code === 'ERR_PNPM_FETCH_404' || missing.code === "yarn: Couldn't find package";
    if (noPackage)
        return `The package ${missing.name}${missing.wanted ? `@${missing.wanted}` : ''} was not found${where} (${missing.code}).`;
    return `No version of ${missing.name}${version} was found${where}${has} (${missing.code}).`;
}
function fix(missing) {
    switch (missing.tool) {
        case 'npm':
        case 'pnpm':
        case 'yarn':
            return (`Check the name and the version of ${missing.name} in package.json (a typo, a version not yet published: '${missing.tool === 'yarn' ? 'yarn info' : `${missing.tool} view`} ${missing.name} versions' lists what exists); ` +
                "check the registry configured for it (.npmrc: 'registry' and the '@scope:registry' line of a scoped package); " +
                'for a private registry, check the token the workflow gives (NODE_AUTH_TOKEN): some registries answer 404 to a reader they do not know.');
        case 'pip':
            return (`Check the name and the version of ${missing.name} (requirements, pyproject.toml) against what the index has; check the index configured (PIP_INDEX_URL, --index-url, --extra-index-url, --find-links); ` +
                "for a private index, check its credentials: pip does not show an index page's 401 or 404 at its default verbosity (run it with -v to see them).");
        case 'poetry':
            return `Check the name and the range of ${missing.name} in pyproject.toml against the versions the source has, the sources configured ([[tool.poetry.source]]), and a private source's credentials (POETRY_HTTP_BASIC_<SOURCE>_USERNAME and _PASSWORD).`;
    }
}
const packageNotFoundMatcher = (evidence) => {
    if (evidence.stage === 'test')
        return undefined;
    const lines = plainLines(evidence.output);
    const missing = npm(lines) ?? pnpmOrYarn(lines) ?? python(lines);
    if (missing === undefined)
        return undefined;
    return {
        kind: 'package not found',
        headline: headline(missing),
        fix: fix(missing),
        evidence: evidenceLines([...new Set(missing.lines)].sort((a, b) => a - b).map((index) => lines[index])),
    };
};

;// CONCATENATED MODULE: ./src/core/diagnosis/registry-faults.ts

const NETWORK_CODES = 'ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ERR_SOCKET_TIMEOUT|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|UND_ERR_CONNECT_TIMEOUT';
const NPM_CODE = new RegExp(`^code (${NETWORK_CODES})$`);
const NPM_REQUEST = /(?:network request|FetchError: request) to (\S+) failed, reason: (.*)$/;
const PNPM_FETCH = new RegExp(`ERR_PNPM_\\w*FETCH_FAIL\\W+GET (\\S+?):? .*\\b(${NETWORK_CODES})\\b(.*)$`);
const YARN_NETWORK = new RegExp(`^error (?:Error: |An unexpected error occurred: "(\\S+?): )?(?:connect |getaddrinfo |read )?(${NETWORK_CODES})\\b(.*)$`);
const GYP_NETWORK = /^gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and$|^gyp ERR! stack .*\b(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN)\b/;
const PIP_RETRY = /^WARNING: Retrying \(Retry\(.*\)\) after connection broken by '(\w+)\(.*?(Failed to establish a new connection: [^')]+|Name or service not known|Temporary failure in name resolution|Read timed out[^')]*)/;
const PIP_OS_ERROR = /^ERROR: Could not install packages due to an OSError: (HTTPS?ConnectionPool\(host='[^']+', port=\d+\)): Max retries exceeded/;
const URLLIB3_POOL = /^\s*(HTTPS?ConnectionPool\(host='([^']+)', port=(\d+)\)): Max retries exceeded with url: (\S+) \(Caused by (\w+)/;
const URLLIB3_REASON = /Failed to establish a new connection: [^')]+|Name or service not known|Temporary failure in name resolution|Read timed out/;
function unreachable(lines) {
    const plain = lines.map(withoutLogPrefix);
    const npmCode = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_CODE.test(plain[index]));
    const npmRequest = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_REQUEST.test(plain[index]));
    if (npmCode >= 0 || npmRequest >= 0) {
        const request = npmRequest >= 0 ? NPM_REQUEST.exec(plain[npmRequest]) : null;
        const code = npmCode >= 0 ? NPM_CODE.exec(plain[npmCode])[1] : undefined;
        return { lines: [npmCode, npmRequest].filter((at) => at >= 0), what: request ? `${request[1]} (${request[2]})` : `the registry (${code})`, ecosystem: 'node' };
    }
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_FETCH.exec(line)))
            return { lines: [index], what: `${match[1]} (${match[2]}${match[3]})`, ecosystem: 'node' };
        if ((match = YARN_NETWORK.exec(line)))
            return { lines: [index], what: `${match[1] ?? 'the registry'} (${match[2]}${match[3]})`.replace(/ \(\s*/, ' ('), ecosystem: 'node' };
        if (/^info There appears to be trouble with your network connection\. Retrying\.\.\.$/.test(line))
            return { lines: [index], what: 'the registry (yarn: trouble with the network connection)', ecosystem: 'node' };
        if (GYP_NETWORK.test(withoutLogPrefix(line))) {
            const download = lines.slice(0, index).reverse().find((text) => /gyp http GET \S+/.test(text));
            const url = download ? /gyp http GET (\S+)/.exec(download)[1] : 'the headers URL';
            const reason = /stack Error: (.*)$/.exec(withoutLogPrefix(line))?.[1];
            const why = reason && !/most likely not a problem/.test(reason) ? ` (${reason.trim()})` : '';
            return { lines: [...(download ? [lines.lastIndexOf(download, index)] : []), index], what: `${url}${why}`, ecosystem: 'node-gyp' };
        }
        if ((match = PIP_RETRY.exec(line)))
            return { lines: [index], what: `${pipRetriedIndexes(lines)} (${match[2]})`, ecosystem: 'python' };
        if ((match = PIP_OS_ERROR.exec(line)))
            return { lines: [index], what: match[1], ecosystem: 'python' };
        if ((match = URLLIB3_POOL.exec(line)))
            return { lines: [index], what: `${match[2]}:${match[3]}${match[4]} (${URLLIB3_REASON.exec(line)?.[0] ?? match[5]})`, ecosystem: 'python' };
    }
    return undefined;
}
/**
 * The indexes pip retried, of those it was "Looking in": its retry lines name only the path it asked for
 * ("...': /simple/charts/"), so an index is named when the path is under its own and no other index's could be
 * meant; an index that answered (the public one beside an unreachable private one) is not listed.
 */
function pipRetriedIndexes(lines) {
    const looking = lines.find((text) => /^Looking in indexes: /.test(text));
    const indexes = looking ? looking.replace(/^Looking in indexes: /, '').split(/,\s*/).filter((url) => url !== '') : [];
    const retried = new Set(lines.map((text) => PIP_RETRY.test(text) ? /': (\/\S*)$/.exec(text)?.[1] : undefined).filter((path) => path !== undefined));
    const pathOf = (url) => {
        try {
            return new URL(url).pathname.replace(/\/?$/, '/');
        }
        catch {
            return url;
        }
    };
    const named = new Set();
    const ambiguous = [];
    for (const path of retried) {
        const under = indexes.filter((url) => path.startsWith(pathOf(url)));
        // The longest index path that holds it is the one meant; several indexes with that same path cannot be told apart.
        const longest = Math.max(...under.map((url) => pathOf(url).length));
        const candidates = under.filter((url) => pathOf(url).length === longest);
        if (candidates.length === 1)
            named.add(candidates[0]);
        else if (candidates.length > 1)
            ambiguous.push(`one of ${candidates.join(', ')} (pip names only the path it retried, ${path})`);
    }
    const listed = [...named, ...ambiguous];
    if (listed.length > 0)
        return listed.join('; ');
    return indexes.length === 0 ? 'the package index' : indexes.length === 1 ? indexes[0] : `one of ${indexes.join(', ')}`;
}
const NPM_AUTH_CODE = /^code (E401|E403|ENEEDAUTH)$/;
const PNPM_AUTH = /ERR_PNPM_FETCH_(401|403)\W+GET (\S+?): (.*)$/;
const YARN_AUTH = /^error .*?(?:Request failed \\?"(40[13] [^"\\]+)\\?"|(authorization required to access package \S+|401 Unauthorized|403 Forbidden))/;
const PIP_AUTH = /HTTP error (40[13]) while getting (\S+)|(40[13]) Client Error: (\w+) for url: (\S+)/;
const PIP_PROMPT = /^User for (\S+): /;
const POETRY_AUTH = /Authorization error accessing (\S+)/;
function refused(lines) {
    const plain = lines.map(withoutLogPrefix);
    const npmCode = lines.findIndex((line, index) => /^npm (?:error|ERR!) /.test(line) && NPM_AUTH_CODE.test(plain[index]));
    if (npmCode >= 0) {
        const detail = lines.slice(npmCode + 1, npmCode + 3).filter((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log/.test(line));
        const forbidden = /40[13] \S+ - (?:GET|PUT) (\S+)(?: - (.*))?$/.exec(plain[npmCode + 1] ?? '');
        return {
            lines: [npmCode, ...detail.map((line) => lines.indexOf(line, npmCode))],
            what: forbidden ? `${forbidden[1]} (${NPM_AUTH_CODE.exec(plain[npmCode])[1]}${forbidden[2] ? `: ${forbidden[2]}` : ''})` : `the registry (${NPM_AUTH_CODE.exec(plain[npmCode])[1]}: ${withoutLogPrefix(detail[0] ?? '').trim()})`,
            ecosystem: 'node',
        };
    }
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_AUTH.exec(line)))
            return { lines: [index], what: `${match[2]} (${match[3]})`, ecosystem: 'node' };
        if ((match = YARN_AUTH.exec(line)))
            return { lines: [index], what: `the registry (${match[1] ?? match[2]})`, ecosystem: 'node' };
        if ((match = POETRY_AUTH.exec(line)))
            return { lines: [index], what: `${match[1]} (authorization error)`, ecosystem: 'python' };
        if ((match = PIP_PROMPT.exec(line)))
            return { lines: [index], what: `${match[1]} (pip asked for a user and password, and there was no one to answer)`, ecosystem: 'python' };
        if ((match = PIP_AUTH.exec(line)))
            return { lines: [index], what: `${match[2] ?? match[5]} (HTTP ${match[1] ?? `${match[3]} ${match[4]}`})`, ecosystem: 'python' };
    }
    return undefined;
}
const UNREACHABLE_HEADLINES = {
    node: 'The registry could not be reached',
    python: 'The package index could not be reached',
    'node-gyp': "node-gyp could not download Node's headers",
};
const UNREACHABLE_FIXES = {
    node: "Check the network, the registry URL (.npmrc: 'registry' and any '@scope:registry' lines) and any proxy settings; running again may pass if it was a passing fault.",
    python: 'Check the network, the index URL (PIP_INDEX_URL, --index-url, Poetry sources) and any proxy settings; running again may pass if it was a passing fault.',
    'node-gyp': "node-gyp could not download Node's headers to build a native addon: point it at installed headers (npm_config_nodedir), let the download through (dist-url, proxy), or use a version of the package with prebuilt binaries.",
};
const REFUSED_FIXES = {
    node: "Check the token the workflow gives (NODE_AUTH_TOKEN, the _authToken line of .npmrc for that registry's host), that it has not expired, and that it may read these packages.",
    python: "Give the install the index's credentials (a user and token in PIP_INDEX_URL or keyring; Poetry: POETRY_HTTP_BASIC_<SOURCE>_USERNAME and _PASSWORD) and check that the token may read these packages.",
};
function diagnosis(kind, fault, lines) {
    return {
        kind,
        headline: kind === 'registry unreachable' ? `${UNREACHABLE_HEADLINES[fault.ecosystem]}: ${fault.what}.` : `The ${fault.ecosystem === 'python' ? 'package index' : 'registry'} refused the credentials: ${fault.what}.`,
        fix: kind === 'registry unreachable' ? UNREACHABLE_FIXES[fault.ecosystem] : REFUSED_FIXES[fault.ecosystem === 'python' ? 'python' : 'node'],
        evidence: evidenceLines(fault.lines.sort((a, b) => a - b).map((index) => lines[index])),
    };
}
const installsPackages = (evidence) => evidence.stage !== 'test';
const credentialsRefusedMatcher = (evidence) => {
    if (!installsPackages(evidence))
        return undefined;
    const lines = plainLines(evidence.output);
    const fault = refused(lines);
    return fault && diagnosis('credentials refused', fault, lines);
};
const registryUnreachableMatcher = (evidence) => {
    if (!installsPackages(evidence))
        return undefined;
    const lines = plainLines(evidence.output);
    const fault = unreachable(lines);
    return fault && diagnosis('registry unreachable', fault, lines);
};

;// CONCATENATED MODULE: ./src/core/diagnosis/test-failure.ts

const PREFIX = '^(?:error: |Error: |Failed: |::error::)?';
const MESSAGES = [
    {
        pattern: new RegExp(`${PREFIX}((\\d+) of (\\d+) tests failed(?:, (\\d+) errors? outside any test .*)?\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Fix the failing tests (or the code they test): each is annotated at its file and line and listed in the test summary's Failures section; run the test command locally to reproduce.",
    },
    {
        pattern: new RegExp(`${PREFIX}((\\d+) errors? outside any test \\(a file that failed to load, or the runner itself\\)\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "A test file failed to load or the runner failed outside any test: the error is annotated at its file and listed in the summary's Failures section.",
    },
    {
        pattern: new RegExp(`${PREFIX}(No test was executed.*A step that tests nothing fails unless 'allow-no-tests' is true\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Check that the test files are where the runner looks (its configuration, the test script, the shard's files); set 'allow-no-tests: true' for a project that has no tests yet.",
    },
    {
        pattern: new RegExp(`${PREFIX}(Line coverage is .* below the threshold of .* %\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Add tests for the least covered files (the summary's Coverage section lists them), or lower 'coverage-threshold' if it is set too high.",
    },
    {
        pattern: new RegExp(`${PREFIX}(Line coverage could not be measured, and 'coverage-threshold' is .* %\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Make the runner write coverage (add its coverage package, e.g. @vitest/coverage-v8 or pytest-cov, to the dev dependencies), or remove 'coverage-threshold'.",
    },
    {
        pattern: new RegExp(`${PREFIX}('.*' did not finish within (\\d+) min \\(timeout-minutes\\) and was stopped with every process it started\\.) Its last lines:$`),
        kind: 'timeout',
        headline: (match) => match[1],
        fix: 'Find what hangs in the last lines (a test waiting on a server, an open handle that keeps the runner alive, a prompt), or raise timeout-minutes if the suite has grown.',
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}('.*' exited with code (\\d+); how many tests failed is unknown .*)\\. Its last lines:$`),
        kind: 'test failure',
        headline: (match) => `The test command failed: ${match[1].replace(/ \(.*$/, '')}.`,
        fix: 'Read its last lines below. The action reads per-test results from jest, vitest, node --test and pytest: run the tests through one of them to have each failure named.',
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}('.*' exited with code (\\d+) although no test failed\\.) Its last lines:$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Read its last lines below: a failing hook or teardown, an error after the tests, or a coverage tool's own threshold fails the run without failing a test.",
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}((\\S+) crashed: '.*' exited with code (\\d+) and (.*))\\. Its last lines:$`),
        kind: 'test failure',
        headline: (match) => `The test runner ${match[2]} crashed: it exited with code ${match[3]} and ${match[4]}.`,
        fix: 'The runner stopped before writing its results: read its last lines below (a configuration error, a file that fails to load, or the runner itself missing: install the dev dependencies first, with setup-deps).',
        tail: true,
    },
    {
        pattern: new RegExp(`${PREFIX}(The results of shards? .* are missing in .*: those tests were not counted\\.)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: "Check that every shard job ran and passed its results to the merge job (the same 'results-directory' and artifact names in each).",
    },
    {
        pattern: new RegExp(`${PREFIX}(\\d+ test files? ran in no shard .*)$`),
        kind: 'test failure',
        headline: (match) => match[1],
        fix: 'Re-run the workflow, or keep one run at a time with a concurrency group, so all shards plan from the same timings.',
    },
];
const TAIL_LINES = 11;
const testFailureMatcher = (evidence) => {
    if (evidence.stage !== 'test')
        return undefined;
    const lines = plainLines(evidence.output);
    for (let index = lines.length - 1; index >= 0; index -= 1) {
        for (const message of MESSAGES) {
            const match = message.pattern.exec(lines[index]);
            if (!match)
                continue;
            const tail = message.tail ? lines.slice(index + 1).filter((line) => line.trim() !== '').slice(-TAIL_LINES) : [];
            const diagnosis = { kind: message.kind, headline: message.headline(match), fix: message.fix, evidence: evidenceLines([lines[index], ...tail]) };
            return diagnosis;
        }
    }
    return undefined;
};

;// CONCATENATED MODULE: ./src/core/diagnosis/tool-version.ts

const NODE_FIX = "Run the step with the version the project asks for (actions/setup-node's node-version or node-version-file before this step), or change the engines field if the project does run on this version";
const PNPM_VERSION = /This project is configured to use v?(\S+) of pnpm\. Your current pnpm is v?(\S+)$/;
const PNPM_OTHER = /This project is configured to use (npm|yarn|bun|deno)\b/;
const PNPM_ENGINE = /ERR_PNPM_UNSUPPORTED_ENGINE/;
const YARN_ENGINE = /^error (\S+): The engine "(\w+)" is incompatible with this module\. Expected version "([^"]+)"\. Got "([^"]+)"$/;
const POETRY_LOCK = /^The lock file is not compatible with the current version of Poetry\.$/;
const PIP_IGNORED = /^ERROR: Ignored the following versions that require a different python version: (.+)$/;
const PIP_NONE = /^ERROR: Could not find a version that satisfies the requirement (\S+) \(from versions: none\)$/;
const PIP_PACKAGE = /^ERROR: Package '([^']+)' requires a different Python: (\S+) not in '([^']+)'$/;
function npmEngine(lines) {
    const npmLine = (pattern, from = 0) => lines.findIndex((line, index) => index >= from && /^npm (?:error|ERR!) /.test(line) && pattern.test(withoutLogPrefix(line)));
    const code = npmLine(/^code EBADENGINE$/);
    if (code < 0)
        return undefined;
    const who = npmLine(/^notsup Not compatible with your version of node\/npm: /, code);
    const required = npmLine(/^notsup Required: /, code);
    const actual = npmLine(/^notsup Actual: /, code);
    const text = (at, pattern) => (at >= 0 ? withoutLogPrefix(lines[at]).replace(pattern, '').trim() : undefined);
    const pkg = text(who, /^notsup Not compatible with your version of node\/npm: /);
    const wants = text(required, /^notsup Required: /);
    const has = text(actual, /^notsup Actual: /);
    return {
        headline: `npm refused to install: ${pkg ?? 'a package'} requires ${wants ?? 'another Node or npm'} (engines)${has ? `, and this is ${has}` : ''} (npm EBADENGINE, engine-strict).`,
        fix: `${NODE_FIX} (for a dependency: a version of it that supports this Node). engine-strict (.npmrc) is what makes npm refuse rather than warn.`,
        lines: [code, who, required, actual].filter((at) => at >= 0),
    };
}
function other(lines) {
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        let match;
        if ((match = PNPM_VERSION.exec(line))) {
            return {
                headline: `pnpm refused to run: package.json's packageManager pins pnpm ${match[1]}, and this is pnpm ${match[2]} (ERR_PNPM_BAD_PM_VERSION).`,
                fix: `Install pnpm ${match[1]} before this step (pnpm/action-setup, or corepack enable), or update the packageManager field to the pnpm you use.`,
                lines: [index],
            };
        }
        if (/ERR_PNPM_BAD_PM_VERSION/.test(line)) {
            return {
                headline: "pnpm refused to run as another version than the one package.json's packageManager pins (ERR_PNPM_BAD_PM_VERSION).",
                fix: 'Install the pnpm version that packageManager names before this step (pnpm/action-setup, or corepack enable), or update the packageManager field.',
                lines: [index],
            };
        }
        if ((match = PNPM_OTHER.exec(line))) {
            return {
                headline: `pnpm refused to run: package.json's packageManager names ${match[1]}.`,
                fix: `Install with ${match[1]} (the package manager the project names; the 'package-manager' input overrides the detection), or change the packageManager field.`,
                lines: [index],
            };
        }
        if (PNPM_ENGINE.test(line)) {
            const at = (pattern) => lines.findIndex((text, position) => position > index && pattern.test(text));
            const which = at(/^Your (Node|pnpm) version is incompatible with /);
            const expected = at(/^Expected version: /);
            const got = at(/^Got: /);
            const tool = which >= 0 ? /^Your (\w+)/.exec(lines[which])[1] : 'Node';
            return {
                headline: `pnpm refused to install: the project wants ${tool} ${expected >= 0 ? lines[expected].replace(/^Expected version: /, '') : 'another version'}${got >= 0 ? `, and this is ${lines[got].replace(/^Got: /, '')}` : ''} (engines; ERR_PNPM_UNSUPPORTED_ENGINE).`,
                fix: `${NODE_FIX}. engine-strict is what makes pnpm refuse rather than warn.`,
                lines: [index, which, expected, got].filter((position) => position >= 0),
            };
        }
        if ((match = YARN_ENGINE.exec(line))) {
            return {
                headline: `yarn refused to install: ${match[1]} wants ${match[2]} ${match[3]}, and this is ${match[4]} (engines).`,
                fix: `${NODE_FIX} (for a dependency: a version of it that supports this Node). yarn 1 checks engines on every install ('--ignore-engines' skips the check, at your risk).`,
                lines: [index],
            };
        }
        if (POETRY_LOCK.test(line.trim())) {
            return {
                headline: 'poetry.lock was written by a newer Poetry than this one: the lock file is not compatible with the current version of Poetry.',
                fix: "Install the Poetry version that wrote poetry.lock before this step (pipx install poetry==<version>), or regenerate poetry.lock with this Poetry ('poetry lock') and commit it.",
                lines: [index],
            };
        }
        if ((match = PIP_PACKAGE.exec(line))) {
            return {
                headline: `${match[1]} requires Python ${match[3]}, and this is Python ${match[2]} (Requires-Python).`,
                fix: `Run the step with a Python that ${match[1]} supports (actions/setup-python's python-version before this step), or take a version of ${match[1]} that supports Python ${match[2]}.`,
                lines: [index],
            };
        }
        if ((match = PIP_IGNORED.exec(line))) {
            // Only when nothing else was found: with other versions on offer, the requirement itself may be what is wrong.
            const none = lines.findIndex((text, position) => position > index && PIP_NONE.test(text));
            if (none < 0)
                continue;
            const requirement = PIP_NONE.exec(lines[none])[1];
            return {
                headline: `pip found no version of ${requirement} for this Python: every version on the index requires another Python (${match[1]}).`,
                fix: `Run the step with a Python those versions support (actions/setup-python's python-version before this step), or require a version of ${requirement} that supports this Python.`,
                lines: [index, none],
            };
        }
    }
    return undefined;
}
const toolVersionMatcher = (evidence) => {
    const lines = plainLines(evidence.output);
    const refusal = npmEngine(lines) ?? other(lines);
    if (refusal === undefined)
        return undefined;
    return { kind: 'tool version', headline: refusal.headline, fix: refusal.fix, evidence: evidenceLines(refusal.lines.sort((a, b) => a - b).map((index) => lines[index])) };
};

;// CONCATENATED MODULE: ./src/core/diagnosis/diagnosis.ts








const EVIDENCE_LINES = 12;
/** The last non-empty lines of `text`. */
function lastLines(text, count = EVIDENCE_LINES) {
    return text.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '').slice(-count);
}
/** The stages' own words for a step stopped at its deadline (run-with-deadline.ts). */
const STOPPED_AT_TIMEOUT = /did not finish within ([\d.]+) min \(timeout-minutes\)/;
const SLOWEST_SEEN = /[Tt]he slowest part seen: (.+?)\.(?: Its last lines|\s*$)/m;
const STOPPED_COMMAND = /'([^'\n]+)'[^'\n]* did not finish within/;
function timeoutMatcher(evidence) {
    const stated = STOPPED_AT_TIMEOUT.exec(evidence.output);
    if (evidence.timedOut === undefined && stated === null)
        return undefined;
    const minutes = evidence.timedOut?.minutes ?? Number(stated[1]);
    const slowest = evidence.timedOut?.slowest ?? SLOWEST_SEEN.exec(evidence.output)?.[1];
    const command = STOPPED_COMMAND.exec(evidence.output)?.[1];
    return {
        kind: 'timeout',
        headline: `${evidence.stage} did not finish within ${minutes} min (timeout-minutes)${command ? ` while running '${command}'` : ''} and was stopped with every process it started${slowest ? `; the slowest part seen: ${slowest}` : ''}.`,
        fix: `Find what hangs or slowed down in the last lines (a test waiting on a server, a prompt, a network call), or raise timeout-minutes if the work has grown.`,
        evidence: lastLines(evidence.output),
    };
}
function unknownDiagnosis(evidence) {
    return {
        kind: 'unknown',
        headline: `${evidence.stage} failed in a way this action does not recognise.`,
        fix: 'Read its last lines and the full log for the cause.',
        evidence: lastLines(evidence.output),
    };
}
/**
 * The matchers, most specific first: a stage stopped at its timeout; a tree restored broken from the cache (only
 * when it was restored); the registry refusing or out of reach (its noise must not read as a conflict); a tool of
 * the wrong version (pip's "from versions: none" after skipping every version for Requires-Python is that, not a
 * missing package); a package or version the registry does not have; lockfiles out of sync, then conflicting
 * requirements; compile errors; last, the test action's own verdicts, whose crash and exit-code messages carry runner output the others read first.
 */
const MATCHERS = [
    timeoutMatcher,
    cacheTroubleMatcher,
    credentialsRefusedMatcher,
    registryUnreachableMatcher,
    toolVersionMatcher,
    packageNotFoundMatcher,
    lockfileSyncMatcher,
    dependencyConflictMatcher,
    compileErrorMatcher,
    testFailureMatcher,
];
function diagnoseFailure(evidence) {
    for (const matcher of MATCHERS) {
        const diagnosis = matcher(evidence);
        if (diagnosis !== undefined)
            return diagnosis;
    }
    return unknownDiagnosis(evidence);
}
/** The first line of every formatted diagnosis: how a message that already holds one is recognised. */
const DIAGNOSIS_PREFIX = 'Diagnosis: ';
/** The diagnosis as text for a failure message: kind and headline, the fix, then the evidence lines. */
function formatDiagnosis(diagnosis) {
    const lines = [`${DIAGNOSIS_PREFIX}${diagnosis.kind}. ${diagnosis.headline}`, `Fix: ${diagnosis.fix}`];
    if (diagnosis.evidence.length > 0)
        lines.push('Evidence:', ...diagnosis.evidence.map((line) => `  ${line}`));
    return lines.join('\n');
}
function holdsDiagnosis(message) {
    return message.includes(DIAGNOSIS_PREFIX);
}

;// CONCATENATED MODULE: ./src/core/diagnosis/report.ts

/** How the stages introduce the tool output they quote in a failure message. */
const QUOTES_TOOL_OUTPUT = /\b(its|their) last lines\b/i;
/**
 * A failure message with its diagnosis after it. A message that already holds one (a stage that diagnosed the
 * tool's whole output where it ran it) is kept as it is. Evidence lines the message already shows (its last
 * lines) are not printed twice: the diagnosis points at them instead.
 */
function withDiagnosis(message, evidence) {
    if (holdsDiagnosis(message))
        return message;
    // A message of the action's own (a refused input, the count of lint findings, the failing tests the test action
    // annotated and listed) already says what to fix: a diagnosis would only repeat it. One is added where the message
    // quotes a tool's output (or the stage was stopped at its timeout).
    if (evidence.output === undefined && evidence.timedOut === undefined && !QUOTES_TOOL_OUTPUT.test(message))
        return message;
    const diagnosis = diagnoseFailure({ ...evidence, output: evidence.output ?? message });
    return `${message}\n${formatDiagnosisBeside(message, diagnosis)}`;
}
/** formatDiagnosis, without the evidence lines when `message` shows every one of them already. */
function formatDiagnosisBeside(message, diagnosis) {
    const shown = new Set(message.split(/\r?\n/).map((line) => line.trim()));
    const repeated = diagnosis.evidence.length > 0 && diagnosis.evidence.every((line) => shown.has(line.trim()));
    return formatDiagnosis(repeated ? { ...diagnosis, evidence: [], fix: `${diagnosis.fix} (The evidence is in the lines above.)` } : diagnosis);
}
const KINDS = [
    'dependency conflict',
    'compile error',
    'test failure',
    'timeout',
    'cache trouble',
    'registry unreachable',
    'credentials refused',
    'package not found',
    'tool version',
    'unknown',
];
/** What a formatted diagnosis in a failure message says, read back for the summary (undefined when it holds none). */
function readDiagnosis(message) {
    const start = message.indexOf(DIAGNOSIS_PREFIX);
    if (start < 0)
        return undefined;
    const lines = message.slice(start + DIAGNOSIS_PREFIX.length).split(/\r?\n/);
    const first = lines[0];
    const kind = KINDS.find((name) => first.startsWith(`${name}. `));
    if (kind === undefined)
        return undefined;
    const fixLine = lines.find((line) => line.startsWith('Fix: '));
    const evidenceAt = lines.indexOf('Evidence:');
    const evidence = evidenceAt < 0 ? [] : lines.slice(evidenceAt + 1).filter((line) => line.startsWith('  ')).map((line) => line.slice(2));
    return { kind, headline: first.slice(kind.length + 2), fix: fixLine?.slice('Fix: '.length) ?? '', evidence };
}
/** The summary's diagnosis section: one entry per failed stage whose message holds a diagnosis. */
function diagnosisSummary(failures) {
    const document = [];
    for (const { stage, message } of failures) {
        const diagnosis = readDiagnosis(message);
        if (diagnosis === undefined)
            continue;
        document.push({ kind: 'heading', text: `Diagnosis: ${stage} — ${diagnosis.kind}` }, { kind: 'paragraph', text: diagnosis.headline }, { kind: 'paragraph', text: `**Fix:** ${diagnosis.fix}` });
        // Evidence left out of the message because the message shows it: the summary shows the message's last lines.
        const evidence = diagnosis.evidence.length > 0 ? diagnosis.evidence : lastLines(message.slice(0, message.indexOf(DIAGNOSIS_PREFIX)));
        if (evidence.length > 0)
            document.push({ kind: 'code', lines: evidence });
    }
    return document;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./src/runtime/io/action-io.ts
/** `io` with some of its methods replaced; the others called on `io` itself. */
function overridingIO(io, replaced) {
    return new Proxy(io, {
        get(target, property, receiver) {
            if (Object.hasOwn(replaced, property))
                return replaced[property];
            const value = Reflect.get(target, property, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}

;// CONCATENATED MODULE: ./src/runtime/io/error-boundary.ts




/**
 * The one error boundary of a bundle: what the user can fix fails the step with its message alone; a bug
 * fails it with the stack, so it can be reported.
 */
async function runMainWithErrorBoundary(io, body) {
    try {
        await body();
    }
    catch (error) {
        if (isConfigurationError(error))
            io.setFailed(error.message);
        else
            io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
}
/**
 * The error boundary of one stage's bundle (and of one stage run by the local command): as above, and a failure
 * the user can fix is diagnosed (which kind, what to do, the evidence lines) in its message and in a summary
 * section after the stage's own. A bug is not diagnosed: its stack is the evidence.
 */
async function runStageWithErrorBoundary(deps, stage, main) {
    const held = [];
    const io = overridingIO(deps.io, { setFailed: (message) => void held.push(message) });
    try {
        await main({ ...deps, io });
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p0)(error)) {
            for (const message of held)
                deps.io.setFailed(message);
            deps.io.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
            return;
        }
        held.push(error.message);
    }
    if (held.length === 0)
        return;
    const message = withDiagnosis(held.join('\n'), { stage, restoredFromCache: dependenciesFromCache(deps.context.env) });
    const section = diagnosisSummary([{ stage, message }]);
    try {
        if (section.length > 0)
            await deps.io.writeSummary(section);
    }
    catch {
        // The summary is a courtesy; the failure message below carries the diagnosis.
    }
    deps.io.setFailed(message);
}
/** A post step only saves to the cache: nothing it meets may fail the job. */
async function runPostWithErrorBoundary(io, body) {
    try {
        await body();
    }
    catch (error) {
        io.warning(`Saving to the cache was skipped after an unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
}


/***/ }),

/***/ 88:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  F: () => (/* binding */ githubDependencies)
});

;// CONCATENATED MODULE: ./src/core/secrets.ts
/**
 * Secret values that a job's environment may carry into our logs (registry tokens, index credentials).
 * The entry points mask each one before anything runs.
 */
const SECRET_NAME = /(TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|AUTH(?!OR(?!IZ)))/i; // not GIT_AUTHOR_NAME, CERT_AUTHORITY; AUTHORIZATION is
const NOT_SECRET = new Set(['ACTIONS_RUNTIME_TOKEN_PRESENT', 'GITHUB_TOKEN_PERMISSIONS']);
function secretValues(env) {
    const found = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || value.length < 4)
            continue;
        if (SECRET_NAME.test(name) && !NOT_SECRET.has(name))
            found.add(value);
        for (const match of value.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/@\s:]*):([^/@\s]+)@/gi)) {
            if (match[2].length >= 4)
                found.add(match[2]);
            if (match[1].length >= 4 && /TOKEN|KEY/i.test(name))
                found.add(match[1]);
        }
    }
    return [...found];
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(296);
;// CONCATENATED MODULE: ./src/core/cache/deadlines.ts
/**
 * How long a call to the cache service may take before it is abandoned. Metadata calls (lookup, reserve,
 * finalize) get a fixed deadline; transfers (download, upload) get a floor plus the time the bytes moved
 * so far would take at a minimum rate, so a trickling transfer is abandoned as surely as a silent one.
 * Pure: the caller passes the clock's readings in.
 */

const CACHE_DEADLINES_VARIABLE = 'BUILD_ACTIONS_CACHE_DEADLINES';
const DEFAULT_CACHE_DEADLINES = { metadataMs: 10_000, transferFloorMs: 30_000, minBytesPerSecond: 1024 * 1024 };
/** The call a request of @actions/cache makes, from its method and path (Twirp method, or a blob transfer). */
function cacheCallName(method, requestPath) {
    if (/\/GetCacheEntryDownloadURL\b/.test(requestPath))
        return 'lookup';
    if (/\/CreateCacheEntry\b/.test(requestPath))
        return 'reserve';
    if (/\/FinalizeCacheEntryUpload\b/.test(requestPath))
        return 'finalize';
    return method.toUpperCase() === 'PUT' ? 'upload' : 'download';
}
function isTransfer(call) {
    return call === 'upload' || call === 'download';
}
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m)?$/;
const RATE = /^(\d+(?:\.\d+)?)(B|KB|KiB|MB|MiB)?\/s$/i;
const RATE_UNITS = { b: 1, kb: 1024, kib: 1024, mb: 1024 * 1024, mib: 1024 * 1024 };
function explain(value, detail) {
    return new errors/* ConfigurationError */.j1(`${CACHE_DEADLINES_VARIABLE} must be a comma-separated list of metadata=<duration>, transfer=<duration>, min-rate=<rate> ` +
        `(e.g. 'metadata=10s,transfer=30s,min-rate=1MB/s'; durations in ms, s or m; rates in B/s, KB/s or MB/s) (got '${value}': ${detail}).`);
}
function parseDuration(value, text) {
    const match = DURATION.exec(text);
    if (!match)
        throw explain(value, `'${text}' is not a duration`);
    const amount = Number(match[1]);
    const unit = match[2] ?? 's';
    const ms = unit === 'ms' ? amount : unit === 'm' ? amount * 60_000 : amount * 1000;
    if (ms <= 0)
        throw explain(value, 'a deadline must be more than zero');
    return ms;
}
/** Reads the variable; an empty or unset value gives the defaults. Throws a ConfigurationError naming the variable. */
function parseCacheDeadlines(value) {
    const deadlines = { ...DEFAULT_CACHE_DEADLINES };
    const text = (value ?? '').trim();
    if (text === '')
        return deadlines;
    for (const part of text.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
        const [name, setting, ...rest] = part.split('=').map((item) => item.trim());
        if (setting === undefined || rest.length > 0)
            throw explain(value ?? '', `'${part}' is not name=value`);
        if (name === 'metadata')
            deadlines.metadataMs = parseDuration(value ?? '', setting);
        else if (name === 'transfer')
            deadlines.transferFloorMs = parseDuration(value ?? '', setting);
        else if (name === 'min-rate') {
            const match = RATE.exec(setting);
            if (!match)
                throw explain(value ?? '', `'${setting}' is not a rate`);
            const rate = Number(match[1]) * RATE_UNITS[(match[2] ?? 'B').toLowerCase()];
            if (rate <= 0)
                throw explain(value ?? '', 'a rate must be more than zero');
            deadlines.minBytesPerSecond = rate;
        }
        else
            throw explain(value ?? '', `unknown setting '${name}'`);
    }
    return deadlines;
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function rate(bytesPerSecond) {
    return bytesPerSecond >= 1024 * 1024
        ? `${Number((bytesPerSecond / (1024 * 1024)).toFixed(1))} MB/s`
        : `${Number((bytesPerSecond / 1024).toFixed(1))} KB/s`;
}
/** One line for the summary. */
function describeCacheDeadlines(deadlines) {
    return `lookup, reserve and finalize ${seconds(deadlines.metadataMs)} each; transfers ${seconds(deadlines.transferFloorMs)} plus the time at ${rate(deadlines.minBytesPerSecond)} (set ${CACHE_DEADLINES_VARIABLE} to change)`;
}
/** Whether a call has run past its deadline: the first metadata call past its own, or the transfers as a whole. */
function findOverrun(deadlines, inFlight, transfer, now) {
    for (const request of inFlight) {
        if (isTransfer(request.call))
            continue;
        const elapsedMs = now - request.startedAt;
        if (elapsedMs > deadlines.metadataMs) {
            return { call: request.call, elapsedMs, message: `the cache service did not answer the ${request.call} call within ${seconds(elapsedMs)}` };
        }
    }
    const transferring = inFlight.find((request) => isTransfer(request.call));
    if (transferring === undefined || transfer === undefined)
        return undefined;
    const elapsedMs = now - transfer.startedAt;
    const allowedMs = deadlines.transferFloorMs + (transfer.bytes / deadlines.minBytesPerSecond) * 1000;
    if (elapsedMs <= allowedMs)
        return undefined;
    const moved = transfer.bytes >= 1024 * 1024 ? `${(transfer.bytes / (1024 * 1024)).toFixed(1)} MB` : `${(transfer.bytes / 1024).toFixed(1)} KB`;
    return {
        call: transferring.call,
        elapsedMs,
        message: `the cache ${transferring.call} moved ${moved} in ${seconds(elapsedMs)}, slower than ${rate(deadlines.minBytesPerSecond)} after a ${seconds(deadlines.transferFloorMs)} floor`,
    };
}

;// CONCATENATED MODULE: ./src/runtime/cache/client-log-capture.ts
async function withClientLogCapture(body) {
    const original = process.stdout.write;
    const forward = original.bind(process.stdout);
    const lines = [];
    let pending = '';
    const emit = (line) => relayClientLine({ lines }, line, forward);
    process.stdout.write = ((chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        let newline = pending.indexOf('\n');
        while (newline !== -1) {
            emit(pending.slice(0, newline).replace(/\r$/, ''));
            pending = pending.slice(newline + 1);
            newline = pending.indexOf('\n');
        }
        const callback = rest.find((item) => typeof item === 'function');
        callback?.();
        return true;
    });
    try {
        const value = await body();
        return { value, log: { lines } };
    }
    finally {
        process.stdout.write = original;
        if (pending !== '')
            emit(pending);
    }
}
/** Records one line of the client's log and passes it on, with `::error::` turned into `::warning::`. */
function relayClientLine(log, line, forward) {
    log.lines.push(line);
    forward(`${line.startsWith('::error::') ? `::warning::${line.slice('::error::'.length)}` : line}\n`);
}
/** The first fault the client logged, without the workflow-command prefix. */
function loggedFault(log) {
    const line = log.lines.find((candidate) => /^::(warning|error)::Failed to (restore|save)/.test(candidate))
        ?? log.lines.find((candidate) => /^::(warning|error)::/.test(candidate) && !/rate limit will reset/.test(candidate));
    if (line === undefined)
        return undefined;
    // Workflow-command data is escaped (%0A for a newline): keep the first line, decoded.
    const data = line.replace(/^::(warning|error)::/, '');
    return data.split(/%0A|%0D/)[0].replace(/%25/g, '%').replace(/^Failed to (restore|save): /, '');
}
function loggedArchiveBytes(log) {
    for (const line of log.lines) {
        const match = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(line);
        if (match)
            return Number(match[1]);
    }
    return undefined;
}
function loggedLine(log, pattern) {
    return log.lines.find((line) => pattern.test(line));
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
// EXTERNAL MODULE: ./src/core/hashing.ts
var hashing = __nccwpck_require__(31);
;// CONCATENATED MODULE: ./src/core/cache/service-protocol.ts
/**
 * What a restore needs of GitHub's cache service (v2) to be made without the @actions/cache client: whether the job's
 * environment allows it, the entry version the client computes, the lookup call and its reply. Pure: the caller
 * passes the environment in. See ../shared/cache-service.md for the protocol.
 */

/** @actions/cache's salt, appended to every entry version (internal/cacheUtils.js). */
const VERSION_SALT = '1.0';
/**
 * The entry version, as @actions/cache computes it: the paths exactly as given, the compression method, the salt,
 * joined with '|' and hashed. An entry saved by the client under other paths or another compression has another
 * version and is not found.
 */
function cacheEntryVersion(paths, compression) {
    return (0,hashing/* digestText */.M)([...paths, compression, VERSION_SALT].join('|'));
}
const READ_MODES = new Set(['read', 'write']);
const KNOWN_MODES = new Set(['none', 'read', 'write', 'write-only']);
/**
 * Whether a restore may speak to the service directly: the v2 service is selected, the server is github.com, a
 * `*.ghe.com` or `*.localhost` host (any other is GHES, which the client serves over the old protocol), a token and
 * the service URL are set, the runner's cache mode allows reading, the platform is Linux (GNU tar, as the client
 * uses it there) and zstd is on PATH. Otherwise `reason` says why, and the client does the restore.
 */
function directCacheAccess(env, platform, zstdOnPath) {
    if (platform !== 'linux')
        return { reason: `the platform is ${platform}` };
    if (!env.ACTIONS_CACHE_SERVICE_V2)
        return { reason: 'ACTIONS_CACHE_SERVICE_V2 is not set' };
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trim().toLowerCase();
    }
    catch {
        return { reason: `GITHUB_SERVER_URL is not a URL (${env.GITHUB_SERVER_URL})` };
    }
    if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost'))
        return { reason: `${host} is a GitHub Enterprise Server` };
    const resultsUrl = env.ACTIONS_RESULTS_URL ?? '';
    const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
    if (resultsUrl === '' || token === '')
        return { reason: 'ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set' };
    try {
        new URL(resultsUrl);
    }
    catch {
        return { reason: `ACTIONS_RESULTS_URL is not a URL (${resultsUrl})` };
    }
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    if (KNOWN_MODES.has(mode) && !READ_MODES.has(mode))
        return { reason: `the runner's cache mode is ${mode}` };
    if (!zstdOnPath)
        return { reason: 'zstd is not on PATH' };
    return { access: { resultsUrl, token } };
}
const LOOKUP_METHOD = 'GetCacheEntryDownloadURL';
/** The lookup call's address: Twirp routes are resolved at the server root (a path in ACTIONS_RESULTS_URL is dropped, as the client drops it). */
function lookupUrl(resultsUrl) {
    return new URL(`/twirp/github.actions.results.api.v1.CacheService/${LOOKUP_METHOD}`, resultsUrl).href;
}
/** The lookup's JSON body: snake_case names, empty fields omitted, as the client's Twirp JSON client sends them. */
function lookupBody(primaryKey, restoreKeys, version) {
    return JSON.stringify({ key: primaryKey, ...(restoreKeys.length > 0 ? { restore_keys: restoreKeys } : {}), version });
}
/**
 * Reads the lookup's answer. `ok: false` is a miss. An error status is a problem; 5xx may be retried (as the client
 * retries it), anything else may not (429 is a rate limit the client does not retry either).
 */
function readLookupReply(status, body) {
    if (status < 200 || status >= 300) {
        let detail = body.trim().slice(0, 200);
        try {
            const parsed = JSON.parse(body);
            if (typeof parsed.msg === 'string')
                detail = `${typeof parsed.code === 'string' ? `${parsed.code}: ` : ''}${parsed.msg}`;
        }
        catch {
            // not JSON: the raw text says what it is
        }
        return { problem: `Failed to ${LOOKUP_METHOD}: (${status}) ${detail}`, retry: status >= 500 };
    }
    let reply;
    try {
        reply = JSON.parse(body);
    }
    catch {
        return { problem: `Failed to ${LOOKUP_METHOD}: the answer is not JSON: ${body.trim().slice(0, 200)}`, retry: true };
    }
    if (reply === null || typeof reply !== 'object' || reply.ok !== true)
        return { found: false };
    if (typeof reply.signed_download_url !== 'string' || typeof reply.matched_key !== 'string' || reply.signed_download_url === '') {
        return { problem: `Failed to ${LOOKUP_METHOD}: the answer names no download URL or matched key`, retry: false };
    }
    return { found: true, matchedKey: reply.matched_key, downloadUrl: reply.signed_download_url };
}
/**
 * The tar command that extracts the downloaded archive from its standard input, as the client extracts its file:
 * relative to the workspace, `-P` for absolute names, zstd through `unzstd`.
 */
function extractArguments(workspace) {
    return ['-xf', '-', '-P', '-C', workspace, '--use-compress-program', 'unzstd'];
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/runtime/files/coalesced-writes.ts

/**
 * A writable in front of `target` that gives it one write at a time: whatever arrives while that write is in flight
 * is handed over next as one buffer. A download arrives in 64 KiB socket reads, and each write to Node's zstd
 * decompressor is a round trip to the thread pool: for a 17 MB cache entry, 260 round trips cost about 40 ms of
 * CPU, against about 20 ms for the same bytes in pieces of 256 KiB or more (measured on Node 24, 2 cores). The first
 * piece goes through at once, so nothing waits for a batch to fill. When the target fails or closes early (a
 * stream that fails may never call back the write it was on), the writable fails with it, so a pipe into it stops.
 */
function coalescedWrites(target) {
    const input = new external_node_stream_namespaceObject.Writable({
        writev(chunks, callback) {
            const bytes = chunks.length === 1 ? chunks[0].chunk : Buffer.concat(chunks.map(({ chunk }) => chunk));
            target.write(bytes, (error) => callback(error ?? null));
        },
        final(callback) {
            target.end();
            callback();
        },
        destroy(error, callback) {
            if (error !== null)
                target.destroy(error);
            callback(error);
        },
    });
    const gone = (error) => {
        if (!input.destroyed)
            input.destroy(error ?? new Error('the stream it writes to closed early'));
    };
    target.once('error', gone);
    target.once('close', () => gone());
    return input;
}

;// CONCATENATED MODULE: ./src/runtime/files/tar-reader.ts

function field(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
function octal(block, start, length) {
    if ((block[start] & 0x80) !== 0) {
        // GNU base-256 for sizes past 8 GiB.
        let value = 0;
        for (let i = start + 1; i < start + length; i += 1)
            value = value * 256 + block[i];
        return value;
    }
    const text = field(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function paxPath(data) {
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(data.subarray(at, space).toString());
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        if (record.startsWith('path='))
            return record.slice(5);
        at += length;
    }
    return undefined;
}
/** Reads one 512-byte header block; undefined for the zero block that ends the archive. */
function readTarHeader(header) {
    if (header.every((byte) => byte === 0))
        return undefined;
    const prefix = field(header, 345, 155);
    return { name: prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100), type: String.fromCharCode(header[156] || 0x30), size: octal(header, 124, 12) };
}
/** For a GNU long-name ('L') or PAX ('x') entry's data: the name it gives the next entry (else `previous`). */
function longNameOf(type, data, previous) {
    return type === 'L' ? data.toString('utf8').replace(/\0+$/, '') : (paxPath(data) ?? previous);
}
/**
 * Lists the entries of the tar that starts at `base` in an open file, reading headers only (a layer of a
 * `docker save` archive is such a tar, stored uncompressed inside the outer one).
 */
async function listTarEntries(handle, base = 0, length) {
    const end = length === undefined ? (await handle.stat()).size : base + length;
    const entries = [];
    const block = Buffer.alloc(512);
    let at = base;
    let longName;
    while (at + 512 <= end) {
        const { bytesRead } = await handle.read(block, 0, 512, at);
        const header = bytesRead < 512 ? undefined : readTarHeader(block);
        if (header === undefined)
            break;
        const { type, size } = header;
        const dataOffset = at + 512;
        at = dataOffset + Math.ceil(size / 512) * 512;
        if (type === 'L' || type === 'x') {
            const data = Buffer.alloc(Math.min(size, 65536));
            await handle.read(data, 0, data.length, dataOffset);
            longName = longNameOf(type, data, longName);
            continue;
        }
        if (type === 'g')
            continue;
        const name = longName ?? header.name;
        longName = undefined;
        entries.push({ path: name.replace(/^\.\//, ''), type, size, offset: dataOffset });
    }
    return entries;
}
async function readEntry(handle, entry, limit = entry.size) {
    const data = Buffer.alloc(Math.min(entry.size, limit));
    await handle.read(data, 0, data.length, entry.offset);
    return data;
}
/** Calls `visit` with each chunk of an entry (overlapping by `overlap` bytes, so a value split across chunks is still seen). */
async function scanEntry(handle, entry, overlap, visit) {
    const chunkSize = 1024 * 1024;
    let position = 0;
    while (position < entry.size) {
        const start = Math.max(0, position - overlap);
        const data = Buffer.alloc(Math.min(chunkSize + (position - start), entry.size - start));
        await handle.read(data, 0, data.length, entry.offset + start);
        if (visit(data))
            return true;
        position = start + data.length;
        if (data.length === 0)
            break;
    }
    return false;
}
async function withTar(file, body) {
    const handle = await open(file, 'r');
    try {
        return await body(handle);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/runtime/files/tar-stream.ts

/**
 * Reads a tar as it streams (no seeking, nothing buffered past one header): `onFile` is called for every regular
 * file with its name and size, and the writer it returns gets the file's bytes in order, then `end()`; folders and
 * links are skipped, and so is a file whose `onFile` returns undefined. PAX and GNU long names apply to the next
 * entry. Throws when the stream ends inside an entry (a truncated archive). Returns the number of regular files.
 */
async function readTarStream(source, onFile) {
    let header = Buffer.alloc(0);
    let remaining = 0;
    let padding = 0;
    let files = 0;
    let ended = false;
    let writer;
    /** The data of a long-name entry being read (PAX or GNU), and its type. */
    let extended;
    let longName;
    const finishEntry = async () => {
        if (writer !== undefined)
            await writer.end();
        writer = undefined;
        if (extended !== undefined)
            longName = longNameOf(extended.type, Buffer.concat(extended.parts), longName);
        extended = undefined;
    };
    for await (const chunk of source) {
        let at = 0;
        while (at < chunk.length && !ended) {
            if (remaining > 0) {
                const take = Math.min(remaining, chunk.length - at);
                const bytes = chunk.subarray(at, at + take);
                if (writer !== undefined)
                    await writer.write(bytes);
                else
                    extended?.parts.push(Buffer.from(bytes));
                remaining -= take;
                at += take;
                if (remaining === 0)
                    await finishEntry();
            }
            else if (padding > 0) {
                const skip = Math.min(padding, chunk.length - at);
                padding -= skip;
                at += skip;
            }
            else {
                const take = Math.min(512 - header.length, chunk.length - at);
                header = Buffer.concat([header, chunk.subarray(at, at + take)]);
                at += take;
                if (header.length < 512)
                    continue;
                const entry = readTarHeader(header);
                header = Buffer.alloc(0);
                if (entry === undefined) {
                    ended = true;
                    break;
                }
                remaining = entry.size;
                padding = (512 - (entry.size % 512)) % 512;
                if (entry.type === 'L' || entry.type === 'x')
                    extended = { type: entry.type, parts: [] };
                else if (entry.type !== 'g') {
                    const name = (longName ?? entry.name).replace(/^\.\//, '');
                    longName = undefined;
                    if (entry.type === '0' || entry.type === '7') {
                        files += 1;
                        writer = await onFile(name, entry.size);
                    }
                }
                if (remaining === 0)
                    await finishEntry();
            }
        }
    }
    if (remaining > 0 || header.length > 0)
        throw new Error('the archive ends inside an entry (truncated)');
    if (!ended)
        throw new Error('the archive has no end-of-archive block (truncated)');
    return files;
}

;// CONCATENATED MODULE: ./src/runtime/process/child-ending.ts
/**
 * Collects a spawned child's standard error and settles once the child has closed. A child that could not be
 * started ends with no code, and the spawn error's message as its standard error.
 */
function childEnding(child) {
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
    child.on('error', (error) => (stderr ||= error.message));
    return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}
/** What a failed child said: the last `lines` lines of its standard error, else how it stopped. */
function endingDetail(ending, lines = 2) {
    const said = ending.stderr.trim().split('\n').slice(-lines).join(' ');
    return said || (ending.signal ? `stopped by ${ending.signal}` : `exit code ${ending.code}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/runtime/process/program-on-path.ts


/**
 * The executable file `name` in the first PATH folder that has one, or undefined. Synchronous: a few access calls,
 * for the choices made once before a program is first run (which tar, whether zstd is there).
 */
function programOnPath(name, env = process.env) {
    for (const folder of (env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(folder, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not in this folder
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/runtime/cache/direct-restore.ts
/**
 * A restore from GitHub's cache service (v2) without the @actions/cache client: one lookup call, then the archive
 * streamed from its signed URL straight into `tar -x` (no temporary archive, no worker process, no client bundle
 * to load). The entry is the one the client saved: the same version, the same tar and zstd, the same paths. Every
 * call runs under the same deadlines as the client's (core/cache/deadlines.ts).
 */










/** Whether this Node decompresses zstd itself (22.15 and later); otherwise a `zstd -d` process does it. */
function canStreamZstd() {
    return typeof (external_node_zlib_default()).createZstdDecompress === 'function';
}
/** zstd decompression as a stream: Node's own where it has one (the actions' Node 24), else a `zstd -d` process. */
function zstdDecompressor() {
    if (canStreamZstd()) {
        // Large output pieces: the tar reader and the extractor pipes then handle a few hundred pieces, not thousands.
        // Large input pieces too: what the download brings while one piece decompresses goes in as one.
        const stream = external_node_zlib_default().createZstdDecompress({ chunkSize: 1024 * 1024 });
        const input = coalescedWrites(stream);
        input.on('error', () => undefined); // it fails with the decompressor, whose reader reports why
        return {
            input,
            output: stream,
            stop: (error) => {
                input.destroy(error);
                stream.destroy(error);
            },
            problem: () => undefined,
        };
    }
    const child = (0,external_node_child_process_namespaceObject.spawn)('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let exit;
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => (stderr ||= error.message));
    child.on('close', (code) => (exit = code));
    return {
        input: child.stdin,
        output: child.stdout,
        stop: (error) => {
            child.kill('SIGKILL');
            child.stdout.destroy(error);
        },
        problem: () => (exit !== 0 && stderr.trim() !== '' ? `zstd: ${stderr.trim().split('\n').slice(-1)[0]}` : undefined),
    };
}
/** Whether `zstd` is an executable file in a PATH folder (the client picks zstd over gzip by running it). */
function zstdOnPath(env = process.env) {
    return programOnPath('zstd', env) !== undefined;
}
/** The direct access this process's environment allows, or undefined (the client does the restore). */
function directAccessFromEnvironment(env = process.env) {
    const decision = directCacheAccess(env, process.platform, zstdOnPath(env));
    return 'access' in decision ? decision.access : undefined;
}
const RETRY_DELAYS_MS = [1000, 2000];
/**
 * node:https, loaded on the first https call: it brings TLS (about 4 ms of a process's start, more with node:crypto
 * not yet loaded), which a cache service reached over plain http never needs.
 */
let httpsModule;
function loadHttps() {
    return (httpsModule ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:https'));
}
function request(url, options, body) {
    const transport = new URL(url).protocol === 'https:' ? loadHttps() : (external_node_http_default());
    const sent = transport.request(url, options);
    sent.end(body);
    return sent;
}
/**
 * Watches one restore: the lookup under the metadata deadline, the download under the transfer deadline (a floor
 * plus the time its bytes would take at the minimum rate). `stop` is called once, when a deadline passes.
 */
class RestoreWatch {
    inFlight = [];
    transfer;
    overrun;
    timer;
    stops = [];
    constructor(deadlines, now) {
        this.timer = setInterval(() => {
            if (this.overrun !== undefined)
                return;
            this.overrun = findOverrun(deadlines, this.inFlight, this.transfer, now());
            if (this.overrun !== undefined)
                for (const stop of this.stops)
                    stop();
        }, 100);
    }
    onOverrun(stop) {
        this.stops.push(stop);
    }
    end() {
        clearInterval(this.timer);
        this.stops = [];
    }
}
async function lookup(access, body, watch, now, whileLooking) {
    for (let attempt = 0;; attempt += 1) {
        const call = { call: 'lookup', startedAt: now() };
        watch.inFlight.push(call);
        const reply = await new Promise((resolve) => {
            const sent = request(lookupUrl(access.resultsUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access.token}`, 'User-Agent': 'build-actions' } }, body);
            watch.onOverrun(() => sent.destroy());
            // Once the request is out (not before: the caller's work would hold it back), while the service answers.
            if (attempt === 0 && whileLooking !== undefined)
                sent.once('finish', whileLooking);
            sent.on('error', (error) => resolve({ problem: `Failed to GetCacheEntryDownloadURL: ${error.message}`, retry: false }));
            sent.on('response', (response) => {
                let text = '';
                response.setEncoding('utf8');
                response.on('data', (chunk) => (text += chunk));
                response.on('error', (error) => resolve({ problem: `Failed to GetCacheEntryDownloadURL: ${error.message}`, retry: true }));
                response.on('end', () => resolve(readLookupReply(response.statusCode ?? 0, text)));
            });
        });
        watch.inFlight.splice(watch.inFlight.indexOf(call), 1);
        if (watch.overrun !== undefined || !('problem' in reply) || !reply.retry || attempt >= RETRY_DELAYS_MS.length)
            return reply;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
}
/** `tar -x` in `workspace`, as the client extracts its archive. */
function tarExtraction(workspace) {
    const tar = (0,external_node_child_process_namespaceObject.spawn)('tar', extractArguments(workspace), { cwd: workspace, stdio: ['pipe', 'ignore', 'pipe'] });
    tar.stdin.on('error', () => undefined); // tar gave up early: its exit says why
    return {
        input: tar.stdin,
        stop: () => {
            tar.kill('SIGKILL');
            tar.stdin.destroy();
        },
        done: childEnding(tar).then((ending) => (ending.code === 0 ? undefined : `tar failed to extract the cache archive: ${endingDetail(ending)}`)),
    };
}
/** zstd and a tar reader in-process, handing each file to `sink`: nothing is written here. */
function entryStream(sink) {
    const unzstd = zstdDecompressor();
    return {
        input: unzstd.input,
        stop: (error) => unzstd.stop(error),
        done: readTarStream(unzstd.output, sink).then(() => undefined, (error) => `the cache archive could not be extracted: ${unzstd.problem() ?? error.message}`),
    };
}
/** Downloads the archive at `url` under the transfer deadline into the consumer `consume` makes once the answer is 2xx. */
function download(url, consume, watch, now) {
    return new Promise((resolve) => {
        const call = { call: 'download', startedAt: now() };
        watch.inFlight.push(call);
        const progress = { startedAt: now(), bytes: 0 };
        watch.transfer = progress;
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            watch.inFlight.splice(watch.inFlight.indexOf(call), 1);
            resolve(watch.overrun !== undefined ? { kind: 'overrun', overrun: watch.overrun } : outcome);
        };
        let consumer;
        let downloadProblem;
        const sent = request(url, { method: 'GET' });
        watch.onOverrun(() => {
            sent.destroy();
            consumer?.stop(new Error('abandoned'));
            // The consumer (a tar process, or writes in flight) has ended before the outcome is told.
            void (consumer?.done ?? Promise.resolve()).then(() => finish({ kind: 'overrun', overrun: watch.overrun }));
        });
        sent.on('error', (error) => {
            downloadProblem ??= `the cache download failed: ${error.message}`;
            if (consumer === undefined)
                finish({ kind: 'failed', message: downloadProblem, fault: 'service' });
            else
                consumer.stop(error);
        });
        sent.on('response', (response) => {
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300) {
                response.resume();
                return finish({ kind: 'failed', message: `the cache download was answered ${status}`, fault: 'service' });
            }
            const into = (consumer = consume());
            response.on('data', (chunk) => (progress.bytes += chunk.length));
            response.on('error', (error) => {
                downloadProblem ??= `the cache download stopped: ${error.message}`;
                into.stop(error);
            });
            response.on('close', () => {
                if (response.complete)
                    return;
                downloadProblem ??= 'the cache download stopped before its end';
                into.stop(new Error(downloadProblem));
            });
            response.pipe(into.input);
            void into.done.then((archiveProblem) => {
                if (downloadProblem !== undefined)
                    finish({ kind: 'failed', message: downloadProblem, fault: 'service' });
                else if (archiveProblem !== undefined)
                    finish({ kind: 'failed', message: archiveProblem, fault: 'archive' });
                else
                    finish({ kind: 'hit', matchedKey: '', bytes: progress.bytes });
            });
        });
    });
}
/**
 * Looks `primaryKey` (then the restore keys, by prefix) up and extracts the entry found into the workspace, or,
 * with `sink`, hands its files to the sink as they stream (nothing written by the restore itself: the caller
 * decides where each file goes, and may start working on one before the next arrives).
 * `paths` must be given exactly as the saving client was given them: they make the entry's version.
 */
async function restoreDirect(access, paths, primaryKey, restoreKeys, deadlines, options = {}) {
    const now = options.now ?? Date.now;
    const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
    const workspace = options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
    const watch = new RestoreWatch(deadlines, now);
    try {
        const reply = await lookup(access, lookupBody(primaryKey, restoreKeys, cacheEntryVersion(paths, 'zstd-without-long')), watch, now, options.whileLooking);
        if (watch.overrun !== undefined)
            return { kind: 'overrun', overrun: watch.overrun };
        if ('problem' in reply)
            return { kind: 'failed', message: reply.problem, fault: 'service' };
        if (!reply.found)
            return { kind: 'miss' };
        log(reply.matchedKey === primaryKey ? `Cache hit for: ${reply.matchedKey}` : `Cache hit for restore-key: ${reply.matchedKey}`);
        const sink = options.sink;
        const downloaded = await download(reply.downloadUrl, sink ? () => entryStream(sink) : () => tarExtraction(workspace), watch, now);
        if (downloaded.kind !== 'hit')
            return downloaded;
        log(`Cache Size: ~${Math.round(downloaded.bytes / (1024 * 1024))} MB (${downloaded.bytes} B)`);
        log('Cache restored successfully');
        return { ...downloaded, matchedKey: reply.matchedKey };
    }
    finally {
        watch.end();
    }
}

;// CONCATENATED MODULE: ./src/runtime/cache/actions-cache-store.ts








function defaultWorkerScript() {
    return process.env.BUILD_ACTIONS_CACHE_WORKER || external_node_path_default().join(external_node_path_default().dirname(process.argv[1] ?? '.'), '..', 'cache-worker', 'index.js');
}
function stopProcessTree(child) {
    if (child.pid === undefined)
        return;
    try {
        if (process.platform === 'win32')
            (0,external_node_child_process_namespaceObject.spawnSync)('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
        else
            process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
async function startWorker(script) {
    const temp = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'cache-call-'));
    const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [script], {
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        // BUILD_ACTIONS_WORKER_TEMP: a worker never asked removes its own folder when this process goes away.
        env: { ...process.env, RUNNER_TEMP: temp, BUILD_ACTIONS_WORKER_TEMP: temp },
    });
    // Until it is asked, a spare must not keep this process alive.
    child.unref();
    child.channel?.unref();
    child.stdout?.unref?.();
    child.stderr?.unref?.();
    child.on('error', () => undefined);
    return { child, temp };
}
async function callInWorker(worker, request, deadlines, now, log) {
    const { child, temp } = worker;
    child.ref();
    child.channel?.ref();
    try {
        return await new Promise((resolve) => {
            const inFlight = new Map();
            let transfer;
            let answer;
            let settled = false;
            const settle = (outcome) => {
                if (settled)
                    return;
                settled = true;
                clearInterval(watchdog);
                resolve(outcome);
            };
            (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout }).on('line', (line) => relayClientLine(log, line, (text) => process.stdout.write(text)));
            child.stderr.on('data', (chunk) => process.stderr.write(chunk));
            child.on('message', (message) => {
                if (message.kind === 'start') {
                    inFlight.set(message.id, { call: message.call, startedAt: now() });
                    if (isTransfer(message.call))
                        transfer ??= { startedAt: now(), bytes: 0 };
                }
                else if (message.kind === 'end')
                    inFlight.delete(message.id);
                else if (message.kind === 'bytes') {
                    if (transfer)
                        transfer.bytes = message.bytes;
                }
                else
                    answer = message;
            });
            child.on('error', (error) => settle({ kind: 'failed', message: `the cache client could not start: ${error.message}` }));
            child.on('close', (code, signal) => settle(answer ?? { kind: 'failed', message: `the cache client ended (${signal ?? `exit code ${code}`}) without an answer` }));
            if (child.exitCode !== null || child.signalCode !== null) {
                settle({ kind: 'failed', message: `the cache client ended (${child.signalCode ?? `exit code ${child.exitCode}`}) before it was asked` });
            }
            const watchdog = setInterval(() => {
                const overrun = findOverrun(deadlines, [...inFlight.values()], transfer, now());
                if (overrun === undefined)
                    return;
                stopProcessTree(child);
                settle({ kind: 'overrun', overrun });
            }, 100);
            child.send(request);
        });
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The GitHub Actions cache, through the real @actions/cache client, every call under a deadline. */
function createActionsCacheStore(options = {}) {
    const now = options.now ?? Date.now;
    let deadlines;
    let setupProblem;
    try {
        deadlines = parseCacheDeadlines(options.deadlines ?? process.env[CACHE_DEADLINES_VARIABLE]);
    }
    catch (error) {
        setupProblem = error.message;
    }
    /** Set once a call was abandoned: the service is not asked again in this process. */
    let down;
    const script = options.workerScript ?? defaultWorkerScript();
    /** A worker started by prepare(), for the next call. */
    let spare;
    const direct = options.directAccess === undefined ? directAccessFromEnvironment() : (options.directAccess ?? undefined);
    /** Why the service is not asked at all: the deadlines could not be read, or a call was abandoned earlier. */
    const refusal = () => {
        if (setupProblem !== undefined || deadlines === undefined)
            return setupProblem ?? 'no deadlines';
        return down === undefined ? undefined : `not asked, because earlier in this job ${down}`;
    };
    const call = async (request, log) => {
        const refused = refusal();
        if (refused !== undefined || deadlines === undefined)
            return { kind: 'failed', message: refused ?? 'no deadlines' };
        const worker = await (spare ?? startWorker(script));
        spare = undefined;
        const outcome = await callInWorker(worker, request, deadlines, now, log);
        if (outcome.kind === 'overrun')
            down = outcome.overrun.message;
        return outcome;
    };
    const abandoned = (overrun) => `${overrun.message}; the call was abandoned and the cache is not used again in this job`;
    const directResult = (outcome, started) => {
        const milliseconds = now() - started;
        if (outcome.kind === 'overrun') {
            down = outcome.overrun.message;
            return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun), fault: 'service' };
        }
        if (outcome.kind === 'failed')
            return { outcome: 'error', milliseconds, message: outcome.message, fault: outcome.fault };
        if (outcome.kind === 'miss')
            return { outcome: 'miss', milliseconds };
        return { outcome: 'hit', matchedKey: outcome.matchedKey, bytes: outcome.bytes, milliseconds };
    };
    const restoreStreamed = direct !== undefined
        ? async (paths, primaryKey, sink, whileLooking) => {
            const started = now();
            const refused = refusal();
            if (refused !== undefined || deadlines === undefined)
                return { outcome: 'error', milliseconds: 0, message: refused ?? 'no deadlines', fault: 'service' };
            return directResult(await restoreDirect(direct, paths, primaryKey, [], deadlines, { now, sink, whileLooking }), started);
        }
        : undefined;
    return {
        description: 'GitHub Actions cache',
        bounds: deadlines ? describeCacheDeadlines(deadlines) : undefined,
        deleteHint: (_paths, key) => `gh cache delete ${key}`,
        ...(restoreStreamed ? { restoreStreamed } : {}),
        prepare() {
            // The client's bundle takes a good part of a second to load: it loads while the caller works out its keys.
            // A direct restore needs no client, so none is started for it (saves start their own).
            if (direct === undefined && spare === undefined && setupProblem === undefined && down === undefined)
                spare = startWorker(script);
        },
        async restore(paths, primaryKey, restoreKeys) {
            const started = now();
            if (direct !== undefined && deadlines !== undefined && down === undefined) {
                return directResult(await restoreDirect(direct, paths, primaryKey, restoreKeys, deadlines, { now }), started);
            }
            const log = { lines: [] };
            const outcome = await call({ op: 'restore', paths, primaryKey, restoreKeys }, log);
            const milliseconds = now() - started;
            if (outcome.kind === 'overrun')
                return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun), fault: 'service' };
            if (outcome.kind !== 'result')
                return { outcome: 'error', milliseconds, message: outcome.message, fault: 'service' };
            const fault = loggedFault(log);
            if (fault !== undefined)
                return { outcome: 'error', milliseconds, message: fault, fault: faultKind(fault) };
            if (typeof outcome.value !== 'string')
                return { outcome: 'miss', milliseconds };
            return { outcome: 'hit', matchedKey: outcome.value, bytes: loggedArchiveBytes(log), milliseconds };
        },
        async save(paths, key) {
            const started = now();
            const log = { lines: [] };
            const outcome = await call({ op: 'save', paths, key }, log);
            const milliseconds = now() - started;
            if (outcome.kind === 'overrun')
                return { outcome: 'error', milliseconds, message: abandoned(outcome.overrun) };
            if (outcome.kind !== 'result')
                return { outcome: 'error', milliseconds, message: outcome.message };
            const bytes = loggedArchiveBytes(log) ?? sizeFromDebugLog(log.lines);
            if (typeof outcome.value === 'number' && outcome.value !== -1)
                return { outcome: 'saved', bytes, milliseconds };
            // Every failed reservation is logged alike ("another job may be creating this cache"); only the
            // client's debug line names the cause, and only a 409 means the entry exists.
            const cause = loggedLine(log, /Failed to reserve cache: /)?.replace(/^.*Failed to reserve cache: (Error: )?/, '');
            if (cause !== undefined && /\(409\)|already_exists|already exists/i.test(cause)) {
                return { outcome: 'exists', milliseconds, message: `an entry with key ${key} already exists` };
            }
            const message = cause ?? loggedFault(log) ?? loggedLine(log, /Failed to save: /)?.replace(/^.*Failed to save: /, '') ?? 'the cache client did not save the entry';
            return { outcome: 'error', milliseconds, message: message.replace(/%0A/g, ' ') };
        },
    };
}
/** A tar or zstd failure is one bad archive; anything else is the service failing. */
function faultKind(message) {
    return /\btar\b|zstd|extract/i.test(message) ? 'archive' : 'service';
}
function sizeFromDebugLog(lines) {
    for (const line of lines) {
        const match = /File Size: (\d+)/.exec(line);
        if (match)
            return Number(match[1]);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/summary-document.ts
var summary_document = __nccwpck_require__(5);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/runtime/io/runner-protocol.ts
/**
 * The runner's protocol for an action, written here rather than loaded from @actions/core: inputs from INPUT_*
 * variables, workflow commands on stdout (`::warning file=…::`, `::add-mask::`, `::group::`), and the file commands
 * (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), byte for byte as @actions/core
 * 3.x writes them (test/unit/runtime/io/runner-protocol.test.ts holds it to that). @actions/core pulls in an HTTP
 * client and undici for OIDC tokens, which no action here asks for: about 40 ms of every step's start-up.
 */





function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`, properties without a value left out. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** `name<<delimiter` / value / `delimiter`, with a delimiter that neither may contain. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const converted = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
}
/** The input's value, trimmed; '' when it is not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, commandValue(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', keyValueMessage(name, value));
    issueCommand('save-state', { name }, commandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function exportVariable(name, value) {
    const converted = commandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', keyValueMessage(name, value));
    issueCommand('set-env', { name }, converted);
}
function addPath(folder) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', folder);
    else
        issueCommand('add-path', {}, folder);
    process.env.PATH = `${folder}${(external_node_path_default()).delimiter}${process.env.PATH}`;
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function annotate(level, message, properties = {}) {
    issueCommand(level, properties, message);
}
/** Marks the step failed (exit code 1) and says why as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    annotate('error', message);
}
async function group(title, body) {
    issueCommand('group', {}, title);
    try {
        return await body();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** Appends markdown to the step summary file. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(file, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./src/runtime/io/github-action-io.ts


function properties(position) {
    if (!position)
        return {};
    // The order @actions/core writes them in: title, file, line, endLine, col, endColumn.
    return { title: position.title, file: position.file, line: position.line, col: position.column };
}
/** The runner, through its workflow and file commands (runner-protocol.ts). */
function createGitHubActionIO() {
    return {
        getInput: (name) => getInput(name),
        setOutput: (name, value) => setOutput(name, value),
        info: (message) => info(message),
        warning: (message, position) => annotate('warning', message, properties(position)),
        error: (message, position) => annotate('error', message, properties(position)),
        notice: (message, position) => annotate('notice', message, properties(position)),
        setFailed: (message) => setFailed(message),
        group: (title, body) => group(title, body),
        exportVariable: (name, value) => exportVariable(name, value),
        addPath: (path) => addPath(path),
        setSecret: (value) => setSecret(value),
        saveState: (name, value) => saveState(name, value),
        getState: (name) => getState(name),
        writeSummary: async (document) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await appendSummary((0,summary_document/* renderMarkdown */.Gc)(document));
        },
    };
}

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./src/runtime/process/run-with-deadline.ts

/** process.env, with `options.env` over it. */
function environment(options) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined)
            env[name] = value;
    Object.assign(env, options.env ?? {});
    return env;
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is gone
    }
}
/**
 * The program leads a process group of its own, so that at the deadline the group (the program and
 * whatever it started: a test runner's workers, a shell script's children) is stopped whole. The log echo
 * matches @actions/exec's (`[command]…`, then the output as it comes).
 */
function runWithDeadline(command, args, options, timeoutMs) {
    return new Promise((resolve) => {
        const echo = !(options.silent ?? false);
        if (echo)
            process.stdout.write(`[command]${[command, ...args].join(' ')}\n`);
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, { cwd: options.cwd, env: environment(options), detached: true, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        if (options.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined); // a program that exits without reading its input
            child.stdin.end(options.input);
        }
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let killer;
        child.stdout.on('data', (chunk) => {
            stdout += chunk.toString('utf8');
            if (echo)
                process.stdout.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr += chunk.toString('utf8');
            if (echo)
                process.stderr.write(chunk);
        });
        const deadline = setTimeout(() => {
            timedOut = true;
            if (child.pid === undefined)
                return;
            signalGroup(child.pid, 'SIGTERM');
            killer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.graceMs ?? 5000);
        }, timeoutMs);
        child.on('error', (error) => {
            clearTimeout(deadline);
            if (killer)
                clearTimeout(killer);
            resolve({ exitCode: 127, stdout, stderr: `${stderr}${error.message}`, notFound: error.code === 'ENOENT' });
        });
        child.on('exit', () => {
            // The program is done; what it left running in its group (a forgotten server) must not outlive it, nor
            // hold its output pipes open.
            if (child.pid !== undefined)
                signalGroup(child.pid, timedOut ? 'SIGKILL' : 'SIGTERM');
        });
        child.on('close', (code, signal) => {
            clearTimeout(deadline);
            if (killer)
                clearTimeout(killer);
            resolve({ exitCode: code ?? 128 + signalNumber(signal), stdout, stderr, ...(timedOut ? { timedOut: true } : {}) });
        });
    });
}
function signalNumber(signal) {
    return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 1;
}

;// CONCATENATED MODULE: ./src/runtime/process/run-command.ts


const runCommand = async (command, args, options = {}) => {
    if (options.timeoutMs !== undefined && process.platform !== 'win32')
        return runWithDeadline(command, args, options, options.timeoutMs);
    try {
        const result = await getExecOutput(command, args, {
            cwd: options.cwd,
            env: environment(options),
            silent: options.silent ?? false,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
        });
        return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }
    catch (error) {
        const message = error.message;
        if (/Unable to locate executable file|ENOENT/.test(message)) {
            return { exitCode: 127, stdout: '', stderr: message, notFound: true };
        }
        throw error;
    }
};

;// CONCATENATED MODULE: ./src/runtime/io/run-context.ts

function readEventPayload(file) {
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function readActionContext(env = process.env) {
    return {
        platform: { os: process.platform, arch: process.arch, image: env.ImageOS ?? env.IMAGE_OS },
        nodePlatform: process.platform,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDirectory: env.RUNNER_TEMP || undefined,
        eventName: env.GITHUB_EVENT_NAME,
        eventPayload: readEventPayload(env.GITHUB_EVENT_PATH),
        cacheMode: env.ACTIONS_CACHE_MODE,
        env,
    };
}

;// CONCATENATED MODULE: ./src/runtime/io/github-wiring.ts





/** The real adapters for a bundle running on a GitHub runner. Secrets in the environment are masked first. */
function githubDependencies() {
    const io = createGitHubActionIO();
    for (const secret of secretValues(process.env))
        io.setSecret(secret);
    return { io, run: runCommand, cache: createActionsCacheStore(), context: readActionContext(), now: Date.now };
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(431);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
