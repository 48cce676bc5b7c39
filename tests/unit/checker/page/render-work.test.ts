// A part re-renders only when one of the objects it renders from is a different one, and a pass
// stops at its slice's end, or once it built what is in view.
import { describe, expect, it } from 'vitest';
import {
  createRenderMemo,
  createSlice,
  layoutPerFrame,
  sliceMs,
} from '../../../../src/scripts/checker/page/render-work.ts';

const row = { id: 1 };
const sameShape = { id: 1 };

const cases: readonly {
  name: string;
  input: { calls: readonly (readonly unknown[])[]; forgetBeforeLast?: boolean };
  want: boolean[];
}[] = [
  { name: 'the first rendering always happens', input: { calls: [[row]] }, want: [true] },
  {
    name: 'the same objects again: skipped',
    input: {
      calls: [
        [row, 2],
        [row, 2],
      ],
    },
    want: [true, false],
  },
  {
    name: 'an equal but different object: rendered (identity, not shape)',
    input: { calls: [[row], [sameShape]] },
    want: [true, true],
  },
  {
    name: 'one more dependency (a file added): rendered',
    input: { calls: [[row], [row, undefined]] },
    want: [true, true],
  },
  {
    name: 'back to an earlier state: rendered, only the last one counts',
    input: {
      calls: [
        [row, 1],
        [row, 2],
        [row, 1],
      ],
    },
    want: [true, true, true],
  },
  {
    name: 'a forgotten part (row removed) renders anew',
    input: { calls: [[row], [row]], forgetBeforeLast: true },
    want: [true, true],
  },
];

describe('render memo', () => {
  it.each(cases)('$name', ({ input, want }) => {
    const memo = createRenderMemo<number>();
    const got = input.calls.map((deps, index) => {
      if (input.forgetBeforeLast === true && index === input.calls.length - 1) memo.forget(7);
      return memo.changed(7, deps);
    });
    expect(got).toEqual(want);
  });

  it('keeps parts apart', () => {
    const memo = createRenderMemo<string>();
    expect([memo.changed('a', [row]), memo.changed('b', [row]), memo.changed('a', [row])]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('render slice', () => {
  const cases: readonly {
    name: string;
    input: { elapsed: number; spent: number; stopped?: boolean };
    want: boolean;
  }[] = [
    {
      name: 'stopped once it built something (the verdicts in view): over',
      input: { elapsed: 0, spent: 1, stopped: true },
      want: true,
    },
    {
      name: 'stopped before it built anything: not over',
      input: { elapsed: 0, spent: 0, stopped: true },
      want: false,
    },
    { name: 'at its start: not over', input: { elapsed: 0, spent: 1 }, want: false },
    {
      name: 'just before its end: not over',
      input: { elapsed: sliceMs - 1, spent: 1 },
      want: false,
    },
    { name: 'at its end: over', input: { elapsed: sliceMs, spent: 1 }, want: true },
    { name: 'long after: over', input: { elapsed: 10 * sliceMs, spent: 1 }, want: true },
    {
      name: 'long after, but nothing built yet: not over',
      input: { elapsed: 10 * sliceMs, spent: 0 },
      want: false,
    },
    {
      name: 'all but one unit of layout built: not over',
      input: { elapsed: 0, spent: layoutPerFrame - 1 },
      want: false,
    },
    { name: 'the layout spent: over', input: { elapsed: 0, spent: layoutPerFrame }, want: true },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    let now = 1000;
    const slice = createSlice(() => now, { left: layoutPerFrame });
    now += input.elapsed;
    if (input.spent > 0) slice.spend(input.spent);
    if (input.stopped === true) slice.stop();
    expect(slice.over()).toBe(want);
  });

  it('never ends without an end of time and layout, as while printing (no later frame)', () => {
    const paper = createSlice(() => 0, { left: Infinity }, Infinity);
    paper.spend(10 * layoutPerFrame);
    expect(paper.over()).toBe(false);
  });

  it("shares its frame's layout with the passes before it, not their time", () => {
    let now = 1000;
    const frame = { left: layoutPerFrame };
    const first = createSlice(() => now, frame);
    first.spend(layoutPerFrame - 1);
    now += sliceMs;
    const second = createSlice(() => now, frame);
    second.spend(0);
    const fresh = second.over();
    second.spend(1);
    expect([first.over(), fresh, second.over()]).toEqual([true, false, true]);
  });
});
