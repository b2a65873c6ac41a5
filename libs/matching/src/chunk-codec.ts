import type { MatchList, MatchSide } from './match-list';

/**
 * The result of one rematch chunk in a compact binary form (stored in rematch_chunk.result): per list the owner
 * id, the entry count, then per entry the other id and the score. Uuids as 16 bytes and scores as float32 make a
 * chunk of 1,000 candidates × 50 plus 10,000 vacancy partials about 10 MB instead of 40 MB of JSON.
 */
const SIDE_CODE: Record<MatchSide, number> = { CANDIDATE: 0, VACANCY: 1 };
const SIDES: MatchSide[] = ['CANDIDATE', 'VACANCY'];

function writeUuid(buffer: Buffer, offset: number, id: string): void {
  buffer.write(id.replace(/-/g, ''), offset, 16, 'hex');
}

function readUuid(buffer: Buffer, offset: number): string {
  const hex = buffer.toString('hex', offset, offset + 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function encodeLists(lists: readonly MatchList[]): Buffer {
  let size = 4;
  for (const list of lists) size += 1 + 16 + 4 + list.otherIds.length * 20;
  const buffer = Buffer.allocUnsafe(size);
  let at = buffer.writeUInt32LE(lists.length, 0);
  for (const list of lists) {
    at = buffer.writeUInt8(SIDE_CODE[list.side], at);
    writeUuid(buffer, at, list.ownerId);
    at += 16;
    at = buffer.writeUInt32LE(list.otherIds.length, at);
    for (let i = 0; i < list.otherIds.length; i++) {
      writeUuid(buffer, at, list.otherIds[i]);
      at = buffer.writeFloatLE(list.scores[i], at + 16);
    }
  }
  return buffer;
}

/** Scores come back rounded to one decimal, as they were stored (float32 cannot hold 81.3 exactly). */
export function decodeLists(buffer: Buffer): MatchList[] {
  const lists: MatchList[] = [];
  const count = buffer.readUInt32LE(0);
  let at = 4;
  for (let n = 0; n < count; n++) {
    const side = SIDES[buffer.readUInt8(at)];
    const ownerId = readUuid(buffer, at + 1);
    const entries = buffer.readUInt32LE(at + 17);
    at += 21;
    const otherIds = new Array<string>(entries);
    const scores = new Array<number>(entries);
    for (let i = 0; i < entries; i++) {
      otherIds[i] = readUuid(buffer, at);
      scores[i] = Math.round(buffer.readFloatLE(at + 16) * 10) / 10;
      at += 20;
    }
    lists.push({ side, ownerId, otherIds, scores });
  }
  return lists;
}
