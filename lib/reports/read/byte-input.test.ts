import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { ByteInput } from './byte-input';

/** A byte stream (BYOB-capable) over `data`, answering each read with at most `most` bytes. */
function byteStream(data: Uint8Array, most: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller: ReadableByteStreamController) {
      const request = controller.byobRequest;
      if (at >= data.length) {
        controller.close();
        request?.respond(0);
        return;
      }
      if (request?.view) {
        const view = new Uint8Array(request.view.buffer, request.view.byteOffset, request.view.byteLength);
        const n = Math.min(most, view.length, data.length - at);
        view.set(data.subarray(at, at + n));
        at += n;
        request.respond(n);
      } else {
        const n = Math.min(most, data.length - at);
        controller.enqueue(data.slice(at, at + n));
        at += n;
      }
    },
  });
}

function pattern(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + (i >> 8)) & 255;
  return out;
}

describe('ByteInput', () => {
  it('reads a byte stream into its own buffers; readReusing pieces are right when used at once', async () => {
    const data = pattern(3_000_000);
    const input = new ByteInput(byteStream(data, 100_000), data.length);
    expect(input.ownsBuffers).toBe(true);
    const out = new Uint8Array(data.length);
    let at = 0;
    for (let c = await input.readReusing(); c !== null; c = await input.readReusing()) {
      out.set(c, at);
      at += c.length;
      // Each piece starts a buffer of the input's own (BYOB moves it: same memory, new object).
      expect(c.byteOffset).toBe(0);
      expect(c.buffer.byteLength).toBe(256 * 1024);
    }
    expect(at).toBe(data.length);
    expect(Buffer.compare(out, data)).toBe(0);
    expect(input.bytesRead).toBe(data.length);
  });

  it('keeps what read() and peek() handed out intact while reading on', async () => {
    const data = pattern(1_000_000);
    const input = new ByteInput(byteStream(data, 300_000), data.length);
    const head = await input.peek(4096);
    const first = await input.read();
    const kept = [head.slice(), first?.slice()];
    let at = first?.length ?? 0;
    for (let c = await input.readReusing(); c !== null; c = await input.readReusing()) {
      expect(Buffer.compare(c, data.subarray(at, at + c.length))).toBe(0);
      at += c.length;
    }
    expect(at).toBe(data.length);
    expect([head, first]).toEqual(kept);
  });

  it('reads other streams as they come, and cuts huge chunks for the row scanner', async () => {
    const huge = new Uint8Array(64 * 1024 * 1024 + 10);
    huge[huge.length - 1] = 7;
    const input = new ByteInput(new Blob([huge]).stream(), huge.length);
    const sizes: number[] = [];
    let last = 0;
    for (let c = await input.readChunk(); c !== null; c = await input.readChunk()) {
      sizes.push(c.length);
      last = c[c.length - 1] as number;
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(huge.length);
    expect(last).toBe(7);
  });
});
