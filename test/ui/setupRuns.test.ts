import type { SetupResult } from '../../src/core/api';
import { SetupInterrupted, progressText, setUpInRuns } from '../../src/ui/setup/setupRuns';

const reply = (done: number, total: number): SetupResult => ({
  sheets: ['Ladder', 'Team'],
  people: [],
  done: done === total,
  progress: { done, total },
  summary: '',
  preview: null,
});

/** A server that answers each call with the next reply (or throws it). */
function server(answers: Array<SetupResult | Error>) {
  const calls: number[] = [];
  return {
    calls,
    call: () => {
      calls.push(calls.length + 1);
      const next = answers.shift();
      if (!next) return Promise.reject(new Error('called once too often'));
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
  };
}

describe('the set-up dialog calling until the set-up is done', () => {
  it('calls again until done, showing each step, and returns the last reply', async () => {
    const s = server([reply(24, 100), reply(51, 100), reply(79, 100), reply(100, 100)]);
    const shown: string[] = [];
    const result = await setUpInRuns(s.call, (p) => shown.push(progressText(p)));
    expect(result.progress).toEqual({ done: 100, total: 100 });
    expect(s.calls).toHaveLength(4);
    expect(shown).toEqual(['Writing PM sheets: 24 of 100…', 'Writing PM sheets: 51 of 100…', 'Writing PM sheets: 79 of 100…']);
  });

  it('makes one call for a team that fits in one', async () => {
    const s = server([reply(5, 5)]);
    const shown: string[] = [];
    expect((await setUpInRuns(s.call, (p) => shown.push(progressText(p)))).done).toBe(true);
    expect([s.calls.length, shown]).toEqual([1, []]);
  });

  it('passes a refusal of the first call on as it is (nothing was written)', async () => {
    const refusal = new Error('team member #2 (Bo): “Wizard” is not a level');
    await expect(setUpInRuns(server([refusal]).call, () => undefined)).rejects.toBe(refusal);
  });

  it('says how far it got when a later call fails, so the manager can go on', async () => {
    const s = server([reply(24, 100), new Error('Someone is saving ratings')]);
    const error = await setUpInRuns(s.call, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupInterrupted);
    expect((error as SetupInterrupted).progress).toEqual({ done: 24, total: 100 });
    expect((error as SetupInterrupted).message).toBe('Someone is saving ratings');
  });

  it('gives up after calls that get no further, rather than calling forever', async () => {
    const s = server([reply(10, 50), reply(10, 50), reply(10, 50), reply(10, 50), reply(11, 50)]);
    const error = await setUpInRuns(s.call, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupInterrupted);
    expect(s.calls).toHaveLength(4);
  });
});
