// Certificate data and arguments are attacker-controlled text. Control characters could move the
// cursor, retitle or clear a terminal, or start a forged report line; bidirectional controls could
// reorder a verdict line around a name. Shown as escapes, they are harmless and still readable.

// C0, DEL and C1 controls; Arabic letter mark, LRM/RLM, line and paragraph separators, the
// embedding and override controls (U+202A-U+202E) and the isolates (U+2066-U+2069).
const unsafe =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  // Stryker disable next-line EqualityOperator: U+00FF is no control character, so it never gets here
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Shows every control and bidirectional control character as `\x1b` or `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(unsafe, escapeOne);
}
