// How much rendering does. The state is immutable, so a part of the page whose inputs are the same
// objects as at its last rendering would render the same again: it is skipped, and an answer for
// 200 servers does not re-render rows it did not change. And a pass stops when its time is up or
// when its frame has as much to lay out as a frame should: a thousand rows or results are built
// over many short tasks and frames, so the page never stops answering for long (design.md: no
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

/** The script time one pass may take, in milliseconds: a pass is one task of its own. */
export const sliceMs = 10;

/**
 * The layout the passes before a frame may leave it, in units of an overview line (some 10
 * boxes): a server row, a form of some 150 boxes, costs 50, a full result 2. The frame lays out
 * what they built, on top of their script time.
 */
export const layoutPerFrame = 300;

/** The layout still allowed before the next frame, which renews it. */
export interface FrameLayout {
  left: number;
}

/** One pass's budget: its own script time, and the layout its frame has left. */
export interface Slice {
  /**
   * True once the pass's time or the frame's layout is spent; the rest waits for a later pass.
   * Never before the pass built something: a row added by a click is there when the click ends.
   */
  over(): boolean;
  /** Counts `cost` units of layout built. */
  spend(cost: number): void;
  /** Ends the pass once it built something: what is in view is there, the rest can follow. */
  stop(): void;
}

/** A pass's budget from `now()` on, spending the layout of `frame`. */
export function createSlice(now: () => number, frame: FrameLayout, ms = sliceMs): Slice {
  const end = now() + ms;
  let built = false;
  let stopped = false;
  return {
    over: () => built && (stopped || frame.left <= 0 || now() >= end),
    spend: (cost) => {
      built = true;
      frame.left -= cost;
    },
    stop: () => {
      stopped = true;
    },
  };
}
