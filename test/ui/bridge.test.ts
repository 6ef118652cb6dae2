import { notSetUp } from '../../src/core/messages';
import { createBridge, ReplyShapeError, ServerError, serverMessage, type ScriptRun } from '../../src/ui/bridge';

/**
 * A stand-in for google.script.run with its documented behaviour: handlers set by
 * withSuccessHandler / withFailureHandler, one method per server function, asynchronous.
 */
function fakeRun(
  server: Record<string, (...args: unknown[]) => unknown>,
  calls: Array<{ name: string; args: unknown[] }> = [],
): () => ScriptRun {
  return () => {
    let onSuccess: (v: unknown) => void = () => undefined;
    let onFailure: (e: unknown) => void = () => undefined;
    const runner: ScriptRun = {
      withSuccessHandler(handler) {
        onSuccess = handler;
        return runner;
      },
      withFailureHandler(handler) {
        onFailure = handler;
        return runner;
      },
    };
    for (const [name, fn] of Object.entries(server)) {
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        setTimeout(() => {
          try {
            onSuccess(JSON.parse(JSON.stringify(fn(...args)) ?? 'null'));
          } catch (e) {
            onFailure(e);
          }
        }, 0);
      };
    }
    return runner;
  };
}

const form = {
  person: { id: 'p-1', name: 'Ada', email: '', level: 'pm', targetLevel: '', levelName: 'PM', nextLevelName: 'Senior PM' },
  ladder: { id: 'intercom-pm-2021', title: 'Product Manager expectations by level' },
  cycle: 'H2 2026',
  scale: ['Needs Immediate Improvement', 'Stronger Performance Needed', 'Successfully Meets', 'Exceeds', 'Exceptional'],
  version: 'v1',
  items: [],
  lastCycle: null,
  closed: null,
};

describe('the typed bridge over google.script.run', () => {
  it('calls the server function by name with the arguments and resolves with its reply', async () => {
    const calls: Array<{ name: string; args: unknown[] }> = [];
    const bridge = createBridge(fakeRun({ getRatingForm: () => form }, calls));
    await expect(bridge.getRatingForm('p-1')).resolves.toEqual(form);
    expect(calls).toEqual([{ name: 'getRatingForm', args: ['p-1'] }]);
  });

  it('rejects with the server message, without the "Error:" prefix Apps Script adds', async () => {
    const bridge = createBridge(
      fakeRun({
        saveRatings: () => {
          throw new Error('Error: Someone else changed these ratings since you opened them.');
        },
      }),
    );
    const failure = bridge.saveRatings({ personId: 'p-1', version: 'v0', ratings: [] });
    await expect(failure).rejects.toBeInstanceOf(ServerError);
    await expect(failure).rejects.toThrow(/^Someone else changed these ratings/);
  });

  it('refuses a reply whose shape drifted from the schema, naming the function and the field', async () => {
    const bridge = createBridge(fakeRun({ saveRatings: () => ({ saved: 2 }) }));
    const failure = bridge.saveRatings({ personId: 'p-1', ratings: [] });
    await expect(failure).rejects.toBeInstanceOf(ReplyShapeError);
    await expect(failure).rejects.toThrow(/saveRatings.*version/);
  });

  it('accepts a void reply from a function that opens a panel', async () => {
    const bridge = createBridge(fakeRun({ showSetupDialog: () => undefined }));
    await expect(bridge.showSetupDialog()).resolves.toBeNull();
  });

  it('says so when the server lacks a function rather than hanging', async () => {
    const bridge = createBridge(fakeRun({}));
    await expect(bridge.getTeam()).rejects.toThrow(/no function getTeam/);
  });

  it('rejects when the page was not opened by Apps Script', async () => {
    const bridge = createBridge(() => {
      throw new ServerError('This page must be opened from the add-on menu in Google Sheets.', 'google.script.run');
    });
    await expect(bridge.listLadders()).rejects.toThrow(/add-on menu/);
  });

  it('turns any failure value into a sentence', () => {
    expect(serverMessage(new Error('Exception: Range not found'))).toBe('Range not found');
    expect(serverMessage({ message: 'plain object' })).toBe('plain object');
    expect(serverMessage(undefined)).toMatch(/did not say why/);
  });

  it('reads a refusal’s code off the message, the only part of the error google.script.run carries', async () => {
    const bridge = createBridge(
      fakeRun({
        getRatingForm: () => {
          throw new Error(notSetUp().message);
        },
        getTeam: () => {
          throw new Error('Exception: [NOT_A_CODE] Range not found');
        },
      }),
    );
    const refused = await bridge.getRatingForm('p-1').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServerError);
    expect(refused).toMatchObject({ code: 'NOT_SET_UP', message: notSetUp().sentence, functionName: 'getRatingForm' });
    // Only the catalogue's codes are codes; anything else is shown as it came.
    await expect(bridge.getTeam()).rejects.toMatchObject({ code: null, message: '[NOT_A_CODE] Range not found' });
  });
});
