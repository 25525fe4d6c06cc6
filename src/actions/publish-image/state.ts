import { namedIO } from '../../runtime/io/named-io.js';
import { PUBLISH_IMAGE_NAMES } from './inputs.js';
import type { ActionIO } from '../../runtime/io/action-io.js';

/** What main hands to post. Post reads only this (the runner does not always give post the inputs). */
export interface PublishImageState {
  schema: 1;
  directory: string;
  /** Registry to log out of, when main logged in. */
  loggedInTo?: string;
  /** Classic layer cache: local images to `docker save` and the key to save them under. */
  layerCache?: { references: string[]; folder: string; key: string };
  /** The scanner's database folder and key, when the scanner ran and may save. */
  scanDatabase?: { folder: string; key: string };
  /** Why the layer cache is not saved. */
  skipReason?: string;
}


export function savePublishImageState(io: ActionIO, state: PublishImageState): void {
  namedIO(io, PUBLISH_IMAGE_NAMES).saveState('publish-image', JSON.stringify(state));
}

export function loadPublishImageState(io: ActionIO): PublishImageState | undefined {
  const text = namedIO(io, PUBLISH_IMAGE_NAMES).getState('publish-image');
  if (text === '') return undefined;
  try {
    const parsed = JSON.parse(text) as PublishImageState;
    return parsed.schema === 1 ? parsed : undefined;
  } catch {
    return undefined;
  }
}
