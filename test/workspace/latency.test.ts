import { createContext as vmContext, runInContext } from 'node:vm';
import { NOW, fresh } from './setup';

const REF = 'developers.google.com/apps-script/guides/services/quotas';

describe('simulated service latency', () => {
  it(`moves the clock on by latencyMs for each counted call, never sleeping (the 6-minute script runtime, ${REF})`, () => {
    const ws = fresh({ latencyMs: 50 });
    const started = Date.now();
    expect(ws.context.now().getTime()).toBe(NOW.getTime());
    const ss = ws.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheets()[0]!.getRange('A1').setValue('x');
    expect(ws.log.total()).toBe(4);
    expect(ws.context.now().getTime()).toBe(NOW.getTime() + 200);
    // Inspecting the workspace is not a service call: the clock stays.
    ws.spreadsheet.values('Sheet1!A1');
    expect(ws.context.now().getTime()).toBe(NOW.getTime() + 200);
    expect(Date.now() - started).toBeLessThan(150);
  });

  it('gives the script a Date on that clock; dates from arguments and instanceof Date are as usual', () => {
    const ws = fresh({ latencyMs: 1000 });
    const script = vmContext({ ...ws.globals });
    const read = () => runInContext('[Date.now(), new Date().getTime()]', script) as number[];
    expect(read()).toEqual([NOW.getTime(), NOW.getTime()]);
    runInContext('SpreadsheetApp.getActiveSpreadsheet().getName()', script);
    expect(read()).toEqual([NOW.getTime() + 2000, NOW.getTime() + 2000]);
    expect(runInContext('new Date(0).toISOString()', script)).toBe('1970-01-01T00:00:00.000Z');
    expect(runInContext('new Date() instanceof Date', script)).toBe(true);
    expect(runInContext('new Date()', script)).toBeInstanceOf(Date);
  });

  it('leaves time alone without the option: no Date among the globals', () => {
    const ws = fresh();
    ws.SpreadsheetApp.getActiveSpreadsheet();
    expect(ws.context.now()).toEqual(NOW);
    expect('Date' in ws.globals).toBe(false);
  });
});
