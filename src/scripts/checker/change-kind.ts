// Typing is checked after a pause, so the result does not flicker with every key; a paste or a
// drop is a whole input at once and is checked immediately.

/** How a field changed: keystrokes, or a whole input (paste, drop, file, removal). */
export type ChangeKind = 'typing' | 'whole';

/** Tells an `input` event from a paste or drop apart from typing. */
export function changeKind(event: Event): ChangeKind {
  if (!(event instanceof InputEvent)) return 'typing';
  const type = event.inputType;
  return type.startsWith('insertFromPaste') || type === 'insertFromDrop' ? 'whole' : 'typing';
}
