import { assertOpen, closeSettings, readClosed, reopenSettings } from '../../../src/core/cycles/closing';
import { Refusal } from '../../../src/core/messages';

describe('closing a cycle', () => {
  it('reads an open cycle when nothing is recorded', () => {
    expect(readClosed({})).toBeNull();
  });

  it('records when, by whom and the note, then refuses writes naming the close and the way back', () => {
    const written = closeSettings(null, '2026 H1', '2026-06-30T10:00:00.000Z', 'dir@example.com', 'done');
    expect(written).not.toBeInstanceOf(Refusal);
    const closed = readClosed(written as Record<string, string>);
    expect(closed).toEqual({ closedAt: '2026-06-30T10:00:00.000Z', closedBy: 'dir@example.com', note: 'done' });
    expect(() => assertOpen(closed, '2026 H1')).toThrow(/CYCLE_CLOSED.*2026-06-30T10:00:00.000Z by dir@example.com.*Reopen cycle/);
    expect(() => assertOpen(null, '2026 H1')).not.toThrow();
  });

  it('refuses closing twice, reopening an open cycle and reopening without a reason', () => {
    const closed = { closedAt: 'x', closedBy: '', note: '' };
    expect(closeSettings(closed, 'c', 'y', '', '')).toBeInstanceOf(Refusal);
    expect(reopenSettings(null, 'c', 'because')).toBeInstanceOf(Refusal);
    expect(reopenSettings(closed, 'c', '   ')).toBeInstanceOf(Refusal);
    expect(readClosed(reopenSettings(closed, 'c', 'late rating') as Record<string, string>)).toBeNull();
  });
});
