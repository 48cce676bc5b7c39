// The sentences under a field: why an input was refused, what it was recognized as, and what a
// bundle held. Values (file and certificate names) stay nodes of their own, isolated in <bdi>.
import { inputErrorKeys, type BundleSummary } from '../../../lib/cert/index.ts';
import type { Recognition } from '../protocol.ts';
import { el } from './dom.ts';
import type { Refusal } from './state.ts';
import type { PageText } from './translate.ts';

/** Why a field's input was refused, and that it was cleared unless merely unreadable. */
export function refusalText(refusal: Refusal, s: PageText, cap: number): Node[] {
  const reason =
    refusal.error !== undefined
      ? s.message(refusal.error.message)
      : refusal.code === 'unreadable'
        ? s.say('error.file.read', { name: refusal.name ?? '' })
        : s.message({ key: inputErrorKeys[refusal.code], params: { count: cap } });
  const named =
    refusal.name === null
      ? reason
      : s.say('error.source.text', { name: refusal.name, message: reason });
  return refusal.code === 'unreadable'
    ? named
    : [...named, document.createTextNode(' '), ...s.say('error.cleared.text')];
}

/** What a field's input was recognized as: its format and each certificate's name. */
export function recognizedText(
  recognition: Extract<Recognition, { ok: true }>,
  s: PageText,
): Node[] {
  const format = document.createTextNode(s.t(`format.${recognition.format}.name`));
  if (recognition.request !== null) {
    return s.say('recognized.request.text', { format, name: recognition.request });
  }
  // Each certificate's name is a value of its own.
  const names = recognition.names.flatMap((name, index) => [
    ...(index === 0 ? [] : [document.createTextNode(', ')]),
    el('bdi', {}, [name]),
  ]);
  return s.say('recognized.text', { format, count: recognition.names.length, names });
}

/** What a bundle held: "reference, 5 servers, 7 certificates; 1 line ignored". */
export function foundText(summary: BundleSummary, s: PageText): Node[] {
  const found = s.say('bundle:found.text', {
    references: s.say('bundle:found.references', { count: summary.references }),
    servers: s.say('bundle:found.servers', { count: summary.servers }),
    certificates: s.say('bundle:found.certificates', { count: summary.certificates }),
  });
  const ignored = summary.ignoredLines;
  return ignored === 0
    ? found
    : s.say('bundle:found.ignored.text', {
        found,
        ignored: s.say('bundle:found.ignored', { count: ignored }),
      });
}
