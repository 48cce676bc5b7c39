// Servers are fetched in parallel, at most 8 at once; what each task returns goes to its caller.
import { describe, expect, it } from 'vitest';
import { limitConcurrency } from '../../src/cli/limit-concurrency.ts';

async function runTasks(limit: number, count: number) {
  const slot = limitConcurrency(limit);
  let running = 0;
  let most = 0;
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      slot(async () => {
        running += 1;
        most = Math.max(most, running);
        // Later tasks finish sooner, so that order would show if it leaked.
        await new Promise((resolve) => setTimeout(resolve, (count - i) % 5));
        running -= 1;
        return i;
      }),
    ),
  );
  return { most, inOrder: results.every((value, i) => value === i) };
}

describe('limitConcurrency', () => {
  it.each([
    {
      name: 'twenty tasks, eight at once',
      input: { limit: 8, count: 20 },
      want: { most: 8, inOrder: true },
    },
    {
      name: 'fewer tasks than slots',
      input: { limit: 8, count: 3 },
      want: { most: 3, inOrder: true },
    },
    { name: 'one at a time', input: { limit: 1, count: 5 }, want: { most: 1, inOrder: true } },
  ])('$name', async ({ input, want }) => {
    expect(await runTasks(input.limit, input.count)).toEqual(want);
  });

  it('a failing task frees its slot', async () => {
    const slot = limitConcurrency(1);
    await expect(slot(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await slot(() => Promise.resolve('next'))).toBe('next');
  });
});
