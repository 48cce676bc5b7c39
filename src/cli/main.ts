// Entry of the bundled CLI (dist-cli/pchat-certs.mjs): wires run() to the Node process.
// Node 20 is the floor: nothing newer than Node 20's APIs is used here or in the core.
import { version } from '../../package.json';
import { cliTranslator } from './translator.ts';
import { internalErrorText } from './report-problems.ts';
import { exitCodes, run } from './run.ts';

try {
  process.exitCode = await run({
    argv: process.argv.slice(2),
    env: process.env,
    stdin: () => process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    now: () => new Date(),
    version,
  });
} catch (cause) {
  // A bug, not a user error: say so, print nothing on standard output, and exit like bad input.
  process.stderr.write(internalErrorText(cause, cliTranslator('en')));
  process.exitCode = exitCodes.unusable;
}
