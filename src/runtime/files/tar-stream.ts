import { longNameOf, readTarHeader } from './tar-reader.js';

/** Where the bytes of one regular file of a streamed tar go. */
export interface TarFileWriter {
  write(bytes: Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * Reads a tar as it streams (no seeking, nothing buffered past one header): `onFile` is called for every regular
 * file with its name and size, and the writer it returns gets the file's bytes in order, then `end()`; folders and
 * links are skipped, and so is a file whose `onFile` returns undefined. PAX and GNU long names apply to the next
 * entry. Throws when the stream ends inside an entry (a truncated archive). Returns the number of regular files.
 */
export async function readTarStream(
  source: AsyncIterable<Buffer>,
  onFile: (name: string, size: number) => Promise<TarFileWriter | undefined>,
): Promise<number> {
  let header = Buffer.alloc(0);
  let remaining = 0;
  let padding = 0;
  let files = 0;
  let ended = false;
  let writer: TarFileWriter | undefined;
  /** The data of a long-name entry being read (PAX or GNU), and its type. */
  let extended: { type: string; parts: Buffer[] } | undefined;
  let longName: string | undefined;

  const finishEntry = async (): Promise<void> => {
    if (writer !== undefined) await writer.end();
    writer = undefined;
    if (extended !== undefined) longName = longNameOf(extended.type, Buffer.concat(extended.parts), longName);
    extended = undefined;
  };

  for await (const chunk of source) {
    let at = 0;
    while (at < chunk.length && !ended) {
      if (remaining > 0) {
        const take = Math.min(remaining, chunk.length - at);
        const bytes = chunk.subarray(at, at + take);
        if (writer !== undefined) await writer.write(bytes);
        else extended?.parts.push(Buffer.from(bytes));
        remaining -= take;
        at += take;
        if (remaining === 0) await finishEntry();
      } else if (padding > 0) {
        const skip = Math.min(padding, chunk.length - at);
        padding -= skip;
        at += skip;
      } else {
        const take = Math.min(512 - header.length, chunk.length - at);
        header = Buffer.concat([header, chunk.subarray(at, at + take)]);
        at += take;
        if (header.length < 512) continue;
        const entry = readTarHeader(header);
        header = Buffer.alloc(0);
        if (entry === undefined) {
          ended = true;
          break;
        }
        remaining = entry.size;
        padding = (512 - (entry.size % 512)) % 512;
        if (entry.type === 'L' || entry.type === 'x') extended = { type: entry.type, parts: [] };
        else if (entry.type !== 'g') {
          const name = (longName ?? entry.name).replace(/^\.\//, '');
          longName = undefined;
          if (entry.type === '0' || entry.type === '7') {
            files += 1;
            writer = await onFile(name, entry.size);
          }
        }
        if (remaining === 0) await finishEntry();
      }
    }
  }
  if (remaining > 0 || header.length > 0) throw new Error('the archive ends inside an entry (truncated)');
  if (!ended) throw new Error('the archive has no end-of-archive block (truncated)');
  return files;
}
