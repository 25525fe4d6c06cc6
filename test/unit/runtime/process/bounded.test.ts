import { runBounded } from '../../../../src/runtime/process/bounded.js';

describe('runBounded', () => {
  it.each([1, 2, 3])('runs at most %i at a time and keeps the order of the items', async (limit) => {
    let running = 0;
    let most = 0;
    const results = await runBounded([30, 5, 20, 1, 10], limit, async (delay, index) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
    expect(most).toBe(limit);
  });

  it('handles no items', async () => {
    expect(await runBounded([], 4, async () => 1)).toEqual([]);
  });
});
