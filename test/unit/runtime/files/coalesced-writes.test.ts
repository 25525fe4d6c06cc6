import { once } from 'node:events';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { coalescedWrites } from '../../../../src/runtime/files/coalesced-writes.js';

/** A target that takes one write at a time, calling back after `delayMs`, and records the size of each write. */
function slowTarget(delayMs: number): { target: Writable; sizes: number[]; bytes: Buffer[] } {
  const sizes: number[] = [];
  const bytes: Buffer[] = [];
  const target = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      sizes.push(chunk.length);
      bytes.push(Buffer.from(chunk));
      setTimeout(() => callback(), delayMs);
    },
  });
  return { target, sizes, bytes };
}

describe('coalescedWrites', () => {
  it('hands the first piece over at once and what arrived meanwhile as one write, in order', async () => {
    const { target, sizes, bytes } = slowTarget(30);
    const input = coalescedWrites(target);
    const pieces = Array.from({ length: 10 }, (_, index) => Buffer.alloc(1000, index));
    for (const piece of pieces) input.write(piece);
    input.end();
    await once(target, 'finish');
    expect(sizes).toEqual([1000, 9000]);
    expect(Buffer.concat(bytes).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('feeds a real zlib decompressor (as Node 24 zstd\'s, a thread-pool round trip per write) the whole stream, exactly', async () => {
    const original = Buffer.from(Array.from({ length: 20_000 }, (_, index) => `line ${index} of the archive\n`).join(''));
    const compressed = zlib.gzipSync(original);
    const decompressor = zlib.createGunzip();
    const out: Buffer[] = [];
    decompressor.on('data', (chunk: Buffer) => out.push(chunk));
    const input = coalescedWrites(decompressor);
    for (let at = 0; at < compressed.length; at += 997) input.write(compressed.subarray(at, at + 997));
    input.end();
    await once(decompressor, 'end');
    expect(Buffer.concat(out).equals(original)).toBe(true);
  });

  it('passes a failure of the target on to the writer, and stopping the writer stops the target', async () => {
    const decompressor = zlib.createGunzip();
    decompressor.on('error', () => undefined);
    const input = coalescedWrites(decompressor);
    const failed = once(input, 'error');
    input.write(Buffer.from('this is not gzip at all, not even a header'));
    const [error] = (await failed) as [Error];
    expect(error.message).toMatch(/incorrect header check/i);

    const other = zlib.createGunzip();
    const otherInput = coalescedWrites(other);
    otherInput.on('error', () => undefined);
    const errors: string[] = [];
    other.on('error', (error) => errors.push(error.message));
    const closed = new Promise((resolve) => other.once('close', resolve));
    otherInput.destroy(new Error('abandoned'));
    await closed;
    expect(other.destroyed).toBe(true);
    expect(errors).toEqual(['abandoned']);
  });
});
