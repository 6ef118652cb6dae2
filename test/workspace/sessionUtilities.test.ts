import { fresh } from './setup';

describe('Session', () => {
  it('getActiveUser().getEmail() and getScriptTimeZone come from the workspace (developers.google.com/apps-script/reference/base/session)', () => {
    const { Session } = fresh({ userEmail: 'lead@example.com', timeZone: 'Europe/Paris' });
    expect(Session.getActiveUser().getEmail()).toBe('lead@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('lead@example.com');
    expect(Session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
  });
});

describe('Utilities', () => {
  const REF = 'developers.google.com/apps-script/reference/utilities/utilities';

  it(`formatDate follows SimpleDateFormat in the given time zone (${REF}#formatdatedate,-timezone,-format)`, () => {
    const { Utilities } = fresh();
    const d = new Date('2024-03-05T14:07:09Z');
    expect(Utilities.formatDate(d, 'Europe/London', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-05 14:07:09');
    expect(Utilities.formatDate(d, 'America/New_York', 'EEE, MMMM d, yyyy h:mm a')).toBe('Tue, March 5, 2024 9:07 AM');
    expect(Utilities.formatDate(d, 'GMT', "dd MMM yy 'at' HH'h'")).toBe('05 Mar 24 at 14h');
    expect(Utilities.formatDate(new Date('2024-07-01T23:30:00Z'), 'Asia/Tokyo', 'yyyy-MM-dd EEEE')).toBe('2024-07-02 Tuesday');
    expect(Utilities.formatDate(d, 'Europe/London', "''yyyy''")).toBe("'2024'");
    expect(() => Utilities.formatDate(d, 'GMT', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it(`getUuid gives distinct UUID-shaped strings, repeatable across workspaces (${REF}#getuuid)`, () => {
    const a = fresh().Utilities;
    const b = fresh().Utilities;
    const first = a.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.getUuid()).not.toBe(first);
    expect(b.getUuid()).toBe(first);
  });

  it(`base64Encode/Decode round-trip; bytes are signed Java bytes (${REF}#base64decodeencoded)`, () => {
    const { Utilities } = fresh();
    const encoded = Utilities.base64Encode('Hé');
    expect(encoded).toBe('SMOp');
    expect(Utilities.base64Decode(encoded)).toEqual([72, -61, -87]);
    expect(Utilities.newBlob(Utilities.base64Decode(encoded)).getDataAsString()).toBe('Hé');
  });

  it(`computeDigest returns signed bytes (${REF}#computedigestalgorithm,-value)`, () => {
    const { Utilities } = fresh();
    const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(bytes).toHaveLength(32);
    expect(bytes[0]).toBe(-70); // 0xba
  });

  it('Logger.log keeps lines, with %s placeholders (developers.google.com/apps-script/reference/base/logger#logformat,-values)', () => {
    const ws = fresh();
    ws.Logger.log('saved %s ratings for %s', 12, 'Ann');
    ws.Logger.log({ a: 1 });
    expect(ws.logs()).toEqual(['saved 12 ratings for Ann', '{"a":1}']);
    expect(ws.Logger.getLog()).toBe('saved 12 ratings for Ann\n{"a":1}');
  });
});
