// A part re-renders only when one of the objects it renders from is a different one.
import { describe, expect, it } from 'vitest';
import { createRenderMemo } from '../../../src/scripts/checker/render-memo.ts';

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
