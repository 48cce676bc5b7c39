// How much rendering does. The state is immutable, so a part of the page whose inputs are the same
// objects as at its last rendering would render the same again: it is skipped, and an answer for
// 200 servers does not re-render rows it did not change. And the passes between two frames share
// one budget of script time and of layout left for the frame: a thousand rows or results are
// built over many short frames, so the page never stops answering for long (design.md: no
// main-thread task over 50 ms).

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

/** The script time one frame's passes may take, in milliseconds. */
export const sliceMs = 8;

/**
 * The layout one frame's passes may leave behind, in units of an overview line (some 10 boxes):
 * a server row, a form of some 150 boxes, costs 10, a full result 2. The frame lays out what
 * the passes built, on top of their script time.
 */
export const layoutPerFrame = 100;

/** One frame's budget: parts ask before each step whether it is spent, and count what they built. */
export interface Slice {
  /** Starts a pass: its script time counts until `end`. */
  begin(): void;
  /** Ends a pass. */
  end(): void;
  /** True once the frame's script time or layout is spent; the rest waits for the next frame. */
  over(): boolean;
  /** Counts `cost` units of layout built. */
  spend(cost: number): void;
}

/** A frame's budget, its passes timed with `now()`. */
export function createSlice(now: () => number, ms = sliceMs, layout = layoutPerFrame): Slice {
  let used = 0;
  let started: number | null = null;
  let left = layout;
  const running = (): number => (started === null ? 0 : now() - started);
  return {
    begin: () => {
      started = now();
    },
    end: () => {
      used += running();
      started = null;
    },
    over: () => left <= 0 || used + running() >= ms,
    spend: (cost) => {
      left -= cost;
    },
  };
}
