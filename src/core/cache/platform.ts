/** What a cache entry's contents depend on of the machine: an entry made elsewhere is not restored here. */
export interface Platform {
  os: string; // process.platform
  arch: string; // process.arch
  /** The runner image (the runner's ImageOS, e.g. ubuntu24): native modules depend on its libraries. */
  image?: string;
}
