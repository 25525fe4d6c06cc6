import type { Diagnosis, FailureEvidence, FailureMatcher } from './diagnosis.js';
import { evidenceLines, plainLines } from './output-text.js';

/**
 * An installed tree that is broken in a way only a restored cache entry explains: a file or a dependency gone
 * from inside node_modules, a native addon built for another Node or another OS, a package in a virtualenv whose
 * own import fails, a virtualenv whose interpreter is not on this machine. Claimed only when the dependencies
 * came from the cache in this job (restoredFromCache); otherwise the same lines are left to the other matchers
 * or to "unknown". A missing module that the project's own code imports is not claimed: it reads the same as a
 * dependency the project never declared, which rotating the cache would not fix.
 */

interface Symptom {
  /** What broke, for the headline. */
  what: string;
  lines: number[];
}

const INSIDE_NODE_MODULES = /[\\/]node_modules[\\/]/;
const SITE_PACKAGES = /[\\/](?:site|dist)-packages[\\/]/;
const VENV_BIN = /(?:^|[\s/])\.?venv\/bin\/(?:python[\d.]*|pip[\d.]*|\S+)\b/;

function nodeSymptom(lines: readonly string[]): Symptom | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    // Error: Cannot find module '/w/node_modules/ms/index'. (a package that lost a file)
    const missingPath = /Cannot find module '([^']+)'/.exec(line);
    if (missingPath && INSIDE_NODE_MODULES.test(missingPath[1]!)) return { what: `${missingPath[1]} is missing from node_modules`, lines: [index] };
    // Error: Cannot find module 'ms' / Require stack: / - /w/node_modules/debug/src/common.js (a package's dependency gone)
    if (missingPath && lines[index + 1]?.trim() === 'Require stack:') {
      const requirer = /^- (.+)$/.exec(lines[index + 2] ?? '')?.[1];
      if (requirer !== undefined && INSIDE_NODE_MODULES.test(requirer)) {
        return { what: `'${missingPath[1]}', which ${requirer} requires, is missing from node_modules`, lines: [index, index + 1, index + 2] };
      }
    }
    // Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'x' imported from /w/node_modules/y/index.js
    const esm = /ERR_MODULE_NOT_FOUND.*Cannot find (?:package|module) '([^']+)' imported from (\S+)/.exec(line);
    if (esm && (INSIDE_NODE_MODULES.test(esm[1]!) || INSIDE_NODE_MODULES.test(esm[2]!))) {
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
    if (elf) return { what: `the native addon ${elf[1]} is not a Linux binary (invalid ELF header: built on another OS)`, lines: [index] };
  }
  return undefined;
}

function pythonSymptom(lines: readonly string[]): Symptom | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
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
    if (/: bad interpreter: No such file or directory$/.test(line) && /venv\//.test(line)) return { what: "the virtualenv's interpreter is missing", lines: [index] };
    if (VENV_BIN.test(line) && /: (?:cannot execute: required file not found|No such file or directory)$/.test(line)) {
      return { what: "the virtualenv's interpreter is missing (its bin/ entries point at a Python this machine does not have)", lines: [index] };
    }
  }
  return undefined;
}

export const cacheTroubleMatcher: FailureMatcher = (evidence: FailureEvidence): Diagnosis | undefined => {
  if (evidence.restoredFromCache !== true) return undefined;
  const lines = plainLines(evidence.output);
  const symptom = nodeSymptom(lines) ?? pythonSymptom(lines);
  if (symptom === undefined) return undefined;
  return {
    kind: 'cache trouble',
    headline: `The dependencies restored from the cache are broken or stale: ${symptom.what}.`,
    fix:
      "Rotate the cache: give the caching actions' 'cache-version' input a new value (any, e.g. today's date), so every key is new and the tree is installed afresh. " +
      "Locally, run 'build-actions cache clear DIR'.",
    evidence: evidenceLines(symptom.lines.map((index) => lines[index]!)),
  };
};
