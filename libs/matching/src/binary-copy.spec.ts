import { randomUUID } from 'node:crypto';
import { binaryCopyRows } from './binary-copy-reader';
import { uuidBytes, uuidString } from './chunk-codec';
import { ListCopyEncoder } from './list-copy';

const constants = { regionCode: 'AM02', modelVersion: '2026.11-1', scoredOn: '2026-11-23', listVersion: 42 };

function uuidArray(field: Buffer): string[] {
  const dims = field.readInt32BE(0);
  if (dims === 0) return [];
  const n = field.readInt32BE(12);
  return Array.from({ length: n }, (_, i) => uuidString(field, 20 + i * 20 + 4));
}

function floatArray(field: Buffer): number[] {
  if (field.readInt32BE(0) === 0) return [];
  const n = field.readInt32BE(12);
  return Array.from({ length: n }, (_, i) => Math.round(field.readFloatBE(20 + i * 8 + 4) * 10) / 10);
}

async function* inParts(buffers: Buffer[], size: number): AsyncGenerator<Buffer> {
  const all = Buffer.concat(buffers);
  for (let at = 0; at < all.length; at += size) yield all.subarray(at, at + size);
}

describe('binary COPY of match lists', () => {
  it('reads back what the encoder wrote, however the stream is cut', async () => {
    const owner = Buffer.alloc(16);
    const ownerId = randomUUID();
    uuidBytes(ownerId, owner, 0);
    const otherIds = [randomUUID(), randomUUID(), randomUUID()];
    const others = Buffer.alloc(48);
    otherIds.forEach((id, i) => uuidBytes(id, others, i * 16));
    const encoder = new ListCopyEncoder(constants, 64);
    encoder.row('CANDIDATE', owner, 0, 3, [others, others, others], [0, 16, 32], [81.3, 64.9, 12], 2);
    encoder.row('VACANCY', owner, 0, 0, [], [], [], 2);
    const encoded = encoder.end();

    for (const size of [1, 7, 100, 100_000]) {
      const rows: (Buffer | null)[][] = [];
      for await (const row of binaryCopyRows(inParts(encoded, size))) rows.push(row);
      expect(rows).toHaveLength(2);
      const [full, empty] = rows as Buffer[][];
      expect(full[0].toString()).toBe('CANDIDATE');
      expect(uuidString(full[1], 0)).toBe(ownerId);
      expect(full[2].toString()).toBe('AM02');
      expect(uuidArray(full[3])).toEqual(otherIds);
      expect(floatArray(full[4])).toEqual([81.3, 64.9, 12]);
      expect(Math.round(full[5].readFloatBE(0) * 10) / 10).toBe(64.9); // floor: the K-th (2nd) score
      expect(full[6].toString()).toBe('2026.11-1');
      expect(full[7].readInt32BE(0)).toBe(9823); // days from 2000-01-01 to 2026-11-23
      expect(full[8].readBigInt64BE(0)).toBe(42n);
      expect(empty[0].toString()).toBe('VACANCY');
      expect(uuidArray(empty[3])).toEqual([]);
      expect(floatArray(empty[4])).toEqual([]);
      expect(empty[5].readFloatBE(0)).toBe(-1);
    }
  });

  it('refuses a stream that is not binary COPY or ends early', async () => {
    const read = async (buffers: Buffer[]) => {
      for await (const row of binaryCopyRows(inParts(buffers, 10))) void row;
    };
    await expect(read([Buffer.from('hello world, not a copy stream')])).rejects.toThrow(/not a binary COPY/);
    const encoder = new ListCopyEncoder(constants);
    const [whole] = encoder.end();
    await expect(read([whole.subarray(0, whole.length - 2)])).rejects.toThrow(/ended early/);
  });
});
