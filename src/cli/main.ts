// Entry of the bundled CLI (dist-cli/pchat-certs.mjs): wires run() to the Node process.
// Node 20 is the floor: nothing newer than Node 20's APIs is used here or in the core.
import { version } from '../../package.json';
import { loadCliTranslator } from './load-translator.ts';
import { internalErrorText } from './report-problems.ts';
import { exitCodes, run } from './run.ts';

/** A writer whose promise settles when the text is written, or rejects with the write's error. */
const writeTo =
  (stream: NodeJS.WriteStream) =>
  (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      stream.write(text, (error) => {
        if (error) reject(error);
        else resolve();
      });
    });

// A failed write also reaches the write's callback, where run() decides what it means; without a
// listener the stream's 'error' event would end the process with a stack trace and status 1.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

try {
  process.exitCode = await run({
    argv: process.argv.slice(2),
    env: process.env,
    stdin: () => process.stdin,
    stdout: writeTo(process.stdout),
    stderr: writeTo(process.stderr),
    stdoutIsTty: process.stdout.isTTY === true,
    now: () => new Date(),
    version,
  });
} catch (cause) {
  // A bug, not a user error: say so, print nothing on standard output, and exit like bad input.
  process.stderr.write(internalErrorText(cause, await loadCliTranslator('en')));
  process.exitCode = exitCodes.unusable;
}
