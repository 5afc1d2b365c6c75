import { describe, expect, it } from 'vitest';
import type { Outcome, Task } from '../../scripts/lib/process-input.ts';
import { createTaskRunner } from '../../scripts/lib/worker-pool.ts';

const article = (i: number, size: number): Task => ({
  source: `t${i}`,
  raw: {
    file: `t${i}.txt`,
    kind: 'text',
    // Uneven sizes, so that workers finish out of order.
    content: `Tỉnh Quảng Trị tiếp đoàn tỉnh Savannakhet số ${i}\n${'Đoàn đại biểu tỉnh Savannakhet sang thăm tỉnh Quảng Trị. '.repeat(size)}\n`,
  },
  warnings: [],
});

async function run(jobs: number, tasks: Task[]): Promise<{ outcomes: Outcome[]; bytes: number[] }> {
  const outcomes: Outcome[] = [];
  const bytes: number[] = [];
  const runner = createTaskRunner(jobs, (o, b) => {
    outcomes.push(o);
    bytes.push(b);
  });
  for (const [i, t] of tasks.entries()) await runner.submit(t, i);
  await runner.close();
  return { outcomes, bytes };
}

describe('createTaskRunner', () => {
  const tasks: Task[] = [];
  for (let i = 0; i < 40; i++) {
    if (i % 13 === 5) tasks.push({ source: `t${i}`, blank: true });
    else if (i % 13 === 7) tasks.push({ source: `t${i}`, error: 'empty file' });
    else if (i % 13 === 9) tasks.push({ source: `t${i}`, line: '{bad', name: `b:${i}` });
    else tasks.push(article(i, i % 3 === 0 ? 200 : 1));
  }

  it('hands back outcomes in submission order with 3 workers, equal to one thread', async () => {
    const one = await run(1, tasks);
    const three = await run(3, tasks);
    expect(three.outcomes.map((o) => o.source)).toEqual(tasks.map((t) => t.source));
    expect(three.bytes).toEqual(tasks.map((_, i) => i));
    expect(three.outcomes).toEqual(one.outcomes);
    expect(one.outcomes.filter((o) => o.kind === 'error')).toHaveLength(6);
  }, 60_000);

  it('closes cleanly with nothing submitted', async () => {
    expect((await run(2, [])).outcomes).toEqual([]);
  }, 30_000);
});
