/** The English fields a translation records as its source, in comparable form. */
export interface SourceText {
  readonly title: string;
  readonly description: string;
  readonly paragraphs: readonly { readonly id: string; readonly text: string }[];
  readonly appliesTo: string;
  readonly alsoQuoted: readonly { readonly id: string; readonly text: string }[];
  readonly checklist: readonly { readonly id: string; readonly text: string }[];
  readonly body: string;
}

const norm = (text: string): string => text.replace(/\r\n/g, '\n').trim();

/** Names the fields whose English text changed since the translation was made (empty: current). */
export function outdatedFields(translatedFrom: SourceText, english: SourceText): string[] {
  const changed: string[] = [];
  for (const field of ['title', 'description', 'appliesTo', 'body'] as const) {
    if (norm(translatedFrom[field]) !== norm(english[field])) changed.push(field);
  }
  for (const list of ['paragraphs', 'alsoQuoted', 'checklist'] as const) {
    const before = new Map(translatedFrom[list].map((item) => [item.id, norm(item.text)]));
    for (const item of english[list]) {
      if (before.get(item.id) !== norm(item.text)) changed.push(`${list}.${item.id}`);
    }
  }
  return changed;
}
