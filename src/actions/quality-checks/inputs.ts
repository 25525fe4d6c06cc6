import { declareNames, type InputOf } from '../../core/action-names.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseBooleanInput, parseEnumInput, parseStringInput, parseTimeoutMinutes, type InputReader } from '../../core/inputs.js';
import { parseChecksInput, type CheckName } from '../../core/quality/check-plan.js';
import { FAIL_ON, type FailOn } from '../../core/quality/check-outcome.js';
import { AUDIT_LEVELS, type AuditLevel } from '../../core/quality/dependency-reports.js';

/** Every input this action reads, by its action.yml name (a contract test holds action.yml to this list). */
export const QUALITY_CHECKS_INPUTS = [
  'working-directory',
  'checks',
  'fail-on',
  'lint-script',
  'type-check-script',
  'audit-level',
  'fail-on-outdated',
  'max-parallel',
  'timeout-minutes',
] as const;
export const QUALITY_CHECKS_OUTPUTS = ['error-count', 'warning-count', 'notice-count', 'failed-checks'] as const;

/** The action's names, declared once: what it reads, sets and keeps for its post step (core/action-names.ts). */
export const QUALITY_CHECKS_NAMES = declareNames({ inputs: QUALITY_CHECKS_INPUTS, outputs: QUALITY_CHECKS_OUTPUTS });
export type QualityChecksInput = InputOf<typeof QUALITY_CHECKS_NAMES>;

export interface QualityChecksInputs {
  workingDirectory: string;
  /** undefined: every check that applies. */
  checks?: CheckName[];
  failOn: FailOn;
  lintScript?: string;
  typeCheckScript?: string;
  auditLevel: AuditLevel;
  failOnOutdated: boolean;
  /** undefined: one per CPU. */
  maxParallel?: number;
  /** Each check's deadline. */
  timeoutMinutes: number;
}

function parseMaxParallel(raw: string): number | undefined {
  const value = raw.trim();
  if (value === '' || value.toLowerCase() === 'auto') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new ConfigurationError(`Input 'max-parallel' must be auto or a whole number of at least 1 (got '${value}').`);
  }
  return Number(value);
}

export function readQualityChecksInputs(read: InputReader<QualityChecksInput>): QualityChecksInputs {
  const optional = (name: QualityChecksInput): string | undefined => parseStringInput(read(name), '') || undefined;
  return {
    workingDirectory: parseStringInput(read('working-directory'), '.'),
    checks: parseChecksInput(read('checks')),
    failOn: parseEnumInput<FailOn>('fail-on', read('fail-on'), FAIL_ON, 'error'),
    lintScript: optional('lint-script'),
    typeCheckScript: optional('type-check-script'),
    auditLevel: parseEnumInput<AuditLevel>('audit-level', read('audit-level'), AUDIT_LEVELS, 'high'),
    failOnOutdated: parseBooleanInput('fail-on-outdated', read('fail-on-outdated'), false),
    maxParallel: parseMaxParallel(read('max-parallel')),
    timeoutMinutes: parseTimeoutMinutes(read('timeout-minutes')),
  };
}
