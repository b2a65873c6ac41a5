import { COPY_SIGNATURE } from './binary-copy-reader';
import type { MatchSide } from './match-list';

/**
 * Rows of match_list in PostgreSQL's binary COPY format, so a full rematch writes its lists in one COPY with uuids
 * and scores as raw bytes: three times faster than text COPY and no string building in the worker. Hand-written
 * because the binary COPY encoders on npm do not support uuid arrays; the format is fixed and small
 * (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format"; array_send/uuid_send/float4send).
 */
export const LIST_COPY_COLUMNS =
  '(side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on, list_version)';
const FIELDS = 9;
const UUID_OID = 2950;
const FLOAT4_OID = 700;
const ARRAY_HEADER = 20; // ndim, flags, element oid, dimension size, lower bound
const DAYS_1970_TO_2000 = 10957;

export interface ListRowConstants {
  readonly regionCode: string;
  readonly modelVersion: string;
  /** YYYY-MM-DD */
  readonly scoredOn: string;
  readonly listVersion: number;
}

/** Where merged lists go: the COPY encoder, or a test's recorder. */
export interface ListRowSink {
  row(
    side: MatchSide,
    owner: Buffer,
    ownerOffset: number,
    n: number,
    idSources: readonly Buffer[],
    idOffsets: ArrayLike<number>,
    scores: ArrayLike<number>,
    k: number,
  ): void;
}

/**
 * Appends rows to buffers of about `chunkBytes`; `drain()` hands over the full ones so a caller can stream them
 * to the COPY while it produces more.
 */
export class ListCopyEncoder implements ListRowSink {
  private readonly region: Buffer;
  private readonly model: Buffer;
  private readonly scoredOnDays: number;
  private readonly filled: Buffer[] = [];
  private buffer: Buffer;
  private view: DataView;
  private at = 0;
  rows = 0;

  constructor(
    private readonly constants: ListRowConstants,
    private readonly chunkBytes = 1 << 20,
  ) {
    this.region = Buffer.from(constants.regionCode, 'utf8');
    this.model = Buffer.from(constants.modelVersion, 'utf8');
    const [y, m, d] = constants.scoredOn.split('-').map(Number);
    this.scoredOnDays = Date.UTC(y, m - 1, d) / 86_400_000 - DAYS_1970_TO_2000;
    if (!Number.isInteger(this.scoredOnDays)) throw new Error(`not a date: ${constants.scoredOn}`);
    this.buffer = Buffer.allocUnsafe(chunkBytes);
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    this.ensure(COPY_SIGNATURE.length + 8);
    this.at += COPY_SIGNATURE.copy(this.buffer, this.at);
    this.at = this.buffer.writeInt32BE(0, this.at); // flags
    this.at = this.buffer.writeInt32BE(0, this.at); // header extension length
  }

  row(
    side: MatchSide,
    owner: Buffer,
    ownerOffset: number,
    n: number,
    idSources: readonly Buffer[],
    idOffsets: ArrayLike<number>,
    scores: ArrayLike<number>,
    k: number,
  ): void {
    const sideText = side === 'CANDIDATE' ? 'CANDIDATE' : 'VACANCY';
    const arrays = (n > 0 ? 2 * ARRAY_HEADER : 24) + n * (4 + 16) + n * (4 + 4);
    this.ensure(
      2 + FIELDS * 4 + sideText.length + 16 + this.region.length + arrays + 4 + this.model.length + 4 + 8,
    );
    const b = this.buffer;
    let at = b.writeInt16BE(FIELDS, this.at);
    at = b.writeInt32BE(sideText.length, at);
    at += b.write(sideText, at, 'latin1');
    at = b.writeInt32BE(16, at);
    at += owner.copy(b, at, ownerOffset, ownerOffset + 16);
    at = b.writeInt32BE(this.region.length, at);
    at += this.region.copy(b, at);
    // The entries are most of the bytes: a DataView and a byte loop, not Buffer's checked writers and copy().
    const view = this.view;
    // other_ids uuid[]
    at = this.arrayHeader(at, n, UUID_OID, 16);
    for (let i = 0; i < n; i++) {
      view.setInt32(at, 16);
      at += 4;
      const source = idSources[i];
      const from = idOffsets[i];
      for (let j = 0; j < 16; j++) b[at + j] = source[from + j];
      at += 16;
    }
    // scores real[]
    at = this.arrayHeader(at, n, FLOAT4_OID, 4);
    for (let i = 0; i < n; i++) {
      view.setInt32(at, 4);
      view.setFloat32(at + 4, scores[i]);
      at += 8;
    }
    at = b.writeInt32BE(4, at);
    at = b.writeFloatBE(n >= k ? scores[k - 1] : -1, at);
    at = b.writeInt32BE(this.model.length, at);
    at += this.model.copy(b, at);
    at = b.writeInt32BE(4, at);
    at = b.writeInt32BE(this.scoredOnDays, at);
    at = b.writeInt32BE(8, at);
    at = b.writeBigInt64BE(BigInt(this.constants.listVersion), at);
    this.at = at;
    this.rows++;
  }

  /** Full buffers produced so far (not the one being filled). */
  drain(): Buffer[] {
    return this.filled.splice(0, this.filled.length);
  }

  /** Everything left, with the trailer; the encoder is done afterwards. */
  end(): Buffer[] {
    this.ensure(2);
    this.at = this.buffer.writeInt16BE(-1, this.at);
    this.filled.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.alloc(0);
    return this.drain();
  }

  private arrayHeader(at: number, n: number, oid: number, elementBytes: number): number {
    const b = this.buffer;
    const fieldBytes = n > 0 ? ARRAY_HEADER + n * (4 + elementBytes) : 12;
    at = b.writeInt32BE(fieldBytes, at);
    at = b.writeInt32BE(n > 0 ? 1 : 0, at); // dimensions: an empty array has none
    at = b.writeInt32BE(0, at); // no nulls
    at = b.writeInt32BE(oid, at);
    if (n > 0) {
      at = b.writeInt32BE(n, at);
      at = b.writeInt32BE(1, at); // lower bound
    }
    return at;
  }

  private ensure(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    if (this.at > 0) this.filled.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(Math.max(this.chunkBytes, bytes));
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    this.at = 0;
  }
}
