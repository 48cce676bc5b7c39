// The state is immutable, so a part of the page whose inputs are the same objects as at its last
// rendering would render the same again: skipping it keeps a check's answer from re-rendering
// every one of 200 server rows when only the results changed.

/** Remembers, per key, what a part was last rendered from. */
export interface RenderMemo<K> {
  /** True (and remembered) when `deps` differ from the last ones given for `key`. */
  changed(key: K, deps: readonly unknown[]): boolean;
  /** Forgets a part that no longer exists. */
  forget(key: K): void;
}

/** A memo comparing dependencies one by one with `===`. */
export function createRenderMemo<K>(): RenderMemo<K> {
  const last = new Map<K, readonly unknown[]>();
  return {
    changed(key, deps) {
      const before = last.get(key);
      if (
        before !== undefined &&
        before.length === deps.length &&
        before.every((dep, index) => dep === deps[index])
      ) {
        return false;
      }
      last.set(key, deps);
      return true;
    },
    forget(key) {
      last.delete(key);
    },
  };
}
