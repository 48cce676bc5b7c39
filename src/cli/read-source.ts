// Reads one input file or standard input. At most `limit + 1` bytes are read: enough for the
// core to report "too large" without the CLI knowing the rule, and without reading a huge file.
import { close, open, read } from 'node:fs';
import type { KeyOf } from '../i18n/translate.ts';

/** The bytes of an input, or the key (in the `cli` namespace) of why it cannot be read. */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly key: KeyOf<'cli'>;
      readonly params: Readonly<Record<string, string>>;
    };

const errorKeys: Readonly<Record<string, KeyOf<'cli'>>> = {
  ENOENT: 'cli.error.read.not-found',
  ENOTDIR: 'cli.error.read.not-found',
  EISDIR: 'cli.error.read.is-directory',
  EACCES: 'cli.error.read.permission',
  EPERM: 'cli.error.read.permission',
};

function failure(cause: unknown): ReadResult {
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : 'EIO';
  return { ok: false, key: errorKeys[code] ?? 'cli.error.read.other', params: { code } };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

// A certificate file is a few kilobytes: the buffer starts there and doubles as needed, rather
// than a full `limit + 1` for every file (a megabyte each, zeroed, then collected).
const firstReadBytes = 16 * 1024;

// node:fs's callbacks rather than node:fs/promises, whose loading (its file handles bring
// readline and the REPL's history with them) costs a run that reads two files a millisecond.
const openFile = (path: string): Promise<number> =>
  new Promise((resolve, reject) => {
    open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd)));
  });
const readInto = (fd: number, buffer: Uint8Array, offset: number): Promise<number> =>
  new Promise((resolve, reject) => {
    read(fd, buffer, offset, buffer.length - offset, null, (error, bytesRead) =>
      error ? reject(error) : resolve(bytesRead),
    );
  });
const closeFile = (fd: number): Promise<void> =>
  new Promise((resolve, reject) => {
    close(fd, (error) => (error ? reject(error) : resolve()));
  });

/** Reads up to `limit + 1` bytes of a file. */
export async function readFileSource(path: string, limit: number): Promise<ReadResult> {
  try {
    const fd = await openFile(path);
    try {
      let buffer = new Uint8Array(Math.min(firstReadBytes, limit + 1));
      let total = 0;
      for (;;) {
        if (total === buffer.length) {
          if (buffer.length > limit) break;
          const larger = new Uint8Array(Math.min(buffer.length * 2, limit + 1));
          larger.set(buffer);
          buffer = larger;
        }
        const bytesRead = await readInto(fd, buffer, total);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
      return { ok: true, bytes: buffer.subarray(0, total) };
    } finally {
      await closeFile(fd);
    }
  } catch (cause) {
    return failure(cause);
  }
}

/** Reads up to `limit + 1` bytes of a stream (standard input). */
export async function readStreamSource(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      chunks.push(bytes);
      total += bytes.length;
      if (total > limit) break;
    }
  } catch (cause) {
    return failure(cause);
  }
  return { ok: true, bytes: concat(chunks, total).slice(0, limit + 1) };
}
