import type { Test } from 'supertest';

/** Reads a response's body as bytes (a PDF, say): supertest parses only text and JSON by itself. */
export function asBytes(pending: Test): Test {
  return pending.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
