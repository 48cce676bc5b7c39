// Picked or dropped files into bytes. Key containers are refused by name and oversize files by
// their size, both before a byte of them is read.
import type { Refusal, SourceFile } from './checker-state.ts';

/** Files read, and files refused unread. */
export interface ReadFiles {
  readonly files: Omit<SourceFile, 'id'>[];
  readonly refusals: Refusal[];
}

/** Reads `picked` (only the first when `single`), refusing .pfx/.p12 and files over `maxBytes`. */
export async function readFiles(
  picked: readonly File[],
  maxBytes: number,
  single: boolean,
): Promise<ReadFiles> {
  const files: Omit<SourceFile, 'id'>[] = [];
  const refusals: Refusal[] = [];
  for (const file of single ? picked.slice(0, 1) : picked) {
    if (/\.(pfx|p12)$/i.test(file.name)) refusals.push({ name: file.name, code: 'pkcs12' });
    else if (file.size > maxBytes) refusals.push({ name: file.name, code: 'too-large' });
    else {
      try {
        files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch {
        refusals.push({ name: file.name, code: 'unreadable' });
      }
    }
  }
  return { files, refusals };
}
