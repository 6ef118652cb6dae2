import { assertOpen, closedSettings, reopenedSettings } from '../../../src/core/cycles/closing';
import type { WorkbookSettings } from '../../../src/core/workbook/model';

const open: WorkbookSettings = { ladderId: 'intercom-pm-2021', cycle: 'H1 2026', manager: '', updatedAt: '' };

describe('closing a cycle', () => {
  it('records when, by whom and the note, then refuses writes naming the close and the way back', () => {
    const closed = closedSettings(open, '2026-06-30T10:00:00.000Z', 'dir@example.com', ' done ');
    expect(closed.closed).toEqual({ at: '2026-06-30T10:00:00.000Z', by: 'dir@example.com', note: 'done' });
    expect(() => assertOpen(closed)).toThrow(/H1 2026.*2026-06-30T10:00:00.000Z by dir@example.com.*Reopen cycle/);
    expect(() => assertOpen(open)).not.toThrow();
  });

  it('refuses closing twice, reopening an open cycle and reopening without a reason', () => {
    const closed = closedSettings(open, 'x', '', '');
    expect(() => closedSettings(closed, 'y', '', '')).toThrow(/closed already/);
    expect(() => reopenedSettings(open, 'because')).toThrow(/open already/);
    expect(() => reopenedSettings(closed, '   ')).toThrow(/needs a reason/);
    expect(reopenedSettings(closed, 'a late rating')).toEqual(open);
  });
});
