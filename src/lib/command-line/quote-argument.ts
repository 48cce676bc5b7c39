// Quotes one argument for the shell it will be pasted into, so that it arrives as one argument,
// exactly as written, whatever it holds: POSIX shells (sh, bash, zsh) and PowerShell.

/** The shells a command line is written for. */
export type Shell = 'posix' | 'powershell';

// Characters no shell of either kind treats specially inside a word.
const plain = /^[A-Za-z0-9._/:=+-]+$/;

/** One argument, quoted only when it needs to be. */
export function quoteArgument(argument: string, shell: Shell): string {
  // PowerShell reads a leading `-` as a parameter and `@` as splatting only at a word's start;
  // a word that is plain everywhere else is safe in both shells.
  if (plain.test(argument)) return argument;
  // Single quotes are literal in both shells; only the quote itself needs care.
  return shell === 'posix'
    ? `'${argument.replace(/'/g, `'\\''`)}'`
    : `'${argument.replace(/['\u2018\u2019\u201A\u201B]/g, '$&$&')}'`;
}
