// Terminal reports must stay readable at 80 columns. Words (hex thumbprints, paths) are never
// split, so that they can still be copied; a word longer than the line stands on its own line.

/** Wraps text at spaces into lines of at most `width` characters (longer words excepted). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The length a terminal shows: colour escape sequences take no columns. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- matching the escape character is the point
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Wraps text and indents every line; the first line may carry a different prefix. */
export function wrapIndented(
  text: string,
  width: number,
  indent: number,
  firstPrefix = ' '.repeat(indent),
): string[] {
  const pad = ' '.repeat(indent);
  const start = Math.max(indent, visibleLength(firstPrefix));
  return wrapText(text, Math.max(width - start, 10)).map(
    (line, i) => (i === 0 ? firstPrefix : pad) + line,
  );
}

/** Lays out "label: value" with values aligned; a value that cannot fit goes below its label. */
export function labelledLines(
  rows: readonly (readonly [label: string, value: string])[],
  width: number,
  indent: number,
): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => label.length + 2));
  const pad = ' '.repeat(indent);
  return rows.flatMap(([label, value]) => {
    const column = indent + labelWidth;
    const longest = Math.max(...value.split(/[ \n]/).map((w) => w.length));
    if (longest > width - column) {
      return [`${pad}${label}:`, ...wrapIndented(value, width, indent + 2)];
    }
    return wrapIndented(value, width, column, `${pad}${`${label}:`.padEnd(labelWidth)}`);
  });
}
