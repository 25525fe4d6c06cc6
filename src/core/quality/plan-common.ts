import { ConfigurationError } from '../errors.js';
import { readPyproject, type JsonObject, type ProjectSnapshot } from '../project-snapshot.js';
import type { CheckName, CommandCheck, OutputFormat, PlannedCheck, SkippedCheck, UnavailableCheck } from './check-plan.js';

/** What the Node and Python planners share: how a planned check is written down. */
export interface ToolCommand {
  command: string;
  prefix: string[];
}

export interface Candidate {
  name: CheckName;
  /** A check that does not apply to the project is planned as skipped, with why (refused when asked for). */
  plan: () => PlannedCheck;
}

export function pyprojectOrNothing(snapshot: ProjectSnapshot): JsonObject | undefined {
  try {
    return readPyproject(snapshot);
  } catch {
    return undefined;
  }
}

export function command(name: CheckName, label: string, cwd: string, tool: ToolCommand, args: string[], format: OutputFormat): CommandCheck {
  return { kind: 'command', name, label, command: tool.command, args: [...tool.prefix, ...args], cwd, format };
}

export function unavailable(name: CheckName, label: string, reason: string): UnavailableCheck {
  return { kind: 'unavailable', name, label, reason };
}

export function missing(name: CheckName, label: string, reason: string, asked: boolean): SkippedCheck {
  if (asked) throw new ConfigurationError(`Input 'checks' asks for '${name}', but ${reason}.`);
  return { kind: 'skipped', name, label, reason };
}

