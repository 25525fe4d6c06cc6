import { ConfigurationError } from '../../core/errors.js';
import type { TagPlan } from '../../core/image/naming.js';
import type { DockerCli } from '../../runtime/docker/docker-cli.js';
import { manifestDigest } from '../../runtime/docker/registry-client.js';

export interface PushOutcome {
  digest: string;
  /** Each tag with the digest the registry serves for it. */
  confirmed: Array<{ reference: string; digest: string }>;
}

function registryHost(repository: string): string {
  const first = repository.split('/')[0];
  return repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}

/**
 * Pushes every tag of the image, then asks the registry for each tag's manifest digest: the push is done only
 * when every tag resolves to the same digest. Otherwise the error lists which tags point where.
 */
export async function pushAndConfirm(docker: DockerCli, plan: TagPlan, credentials: { username: string; password: string } | undefined): Promise<PushOutcome> {
  const registry = registryHost(plan.repository);
  const pushed: Array<{ reference: string; digest?: string }> = [];
  for (const reference of plan.references) {
    const result = await docker.push(reference);
    if (!result.ok) {
      const done = pushed.map((entry) => `${entry.reference} (${entry.digest ?? 'digest unknown'})`).join(', ') || 'none';
      throw new ConfigurationError(`Pushing ${reference} to ${registry} failed: ${result.message}. Tags pushed before the failure: ${done}; not pushed: ${plan.references.slice(pushed.length).join(', ')}.`);
    }
    pushed.push({ reference, digest: result.digest });
  }
  const digests = new Set(pushed.map((entry) => entry.digest).filter((digest): digest is string => digest !== undefined));
  if (digests.size > 1) throw new ConfigurationError(`The tags of one image were pushed with different digests: ${pushed.map((entry) => `${entry.reference}=${entry.digest}`).join(', ')}.`);
  const confirmed: Array<{ reference: string; digest: string }> = [];
  const problems: string[] = [];
  for (const [index, tag] of plan.tags.entries()) {
    const answer = await manifestDigest(plan.repository, tag, credentials);
    if (answer.digest === undefined) problems.push(`${plan.references[index]}: the registry answered ${answer.message ?? answer.status}`);
    else confirmed.push({ reference: plan.references[index], digest: answer.digest });
  }
  const expected = [...digests][0] ?? confirmed[0]?.digest;
  for (const entry of confirmed) if (entry.digest !== expected) problems.push(`${entry.reference} resolves to ${entry.digest}, not ${expected}`);
  if (problems.length > 0 || expected === undefined) {
    throw new ConfigurationError(`${registry} does not confirm the push: ${problems.join('; ') || 'no digest'}. Tags and what they point to: ${confirmed.map((entry) => `${entry.reference}=${entry.digest}`).join(', ') || 'none confirmed'}.`);
  }
  return { digest: expected, confirmed };
}

export { registryHost };
