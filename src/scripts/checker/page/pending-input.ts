// What the loader hands the checker: input that came before the checker was ready.

/** Clicks and drops that arrived before the checker was ready, replayed once it is. */
export interface PendingInput {
  readonly clicks: HTMLElement[];
  readonly drops: { readonly target: Element; readonly files: File[] }[];
  /** Called by the checker once its own listeners take over. */
  readonly close: () => void;
}
