import { createContext, runInContext } from 'node:vm';
import { createWorkspace } from '../../dev/workspace';
import { enabledAdvancedServices } from '../../dev/workspace/manifest';

/**
 * "You must enable an advanced service before you can use it in a script": one that is not
 * enabled is no global, so reading it is a ReferenceError and `typeof` says 'undefined'.
 * https://developers.google.com/apps-script/guides/services/advanced
 */
describe('advanced services come from the manifest (https://developers.google.com/apps-script/guides/services/advanced)', () => {
  it("reads the project's appsscript.json: Drive (v3) and Sheets (v4) are enabled, so they are globals", () => {
    expect(enabledAdvancedServices()).toEqual(['Drive', 'Sheets']);
    expect(Object.keys(createWorkspace().globals)).toEqual(expect.arrayContaining(['Drive', 'Sheets']));
  });

  it('a manifest without it: no Drive global at all; typeof says undefined and a bare read throws ReferenceError', () => {
    const manifest = { timeZone: 'Europe/London', dependencies: {} };
    expect(enabledAdvancedServices(manifest)).toEqual([]);

    const ws = createWorkspace({ advancedServices: enabledAdvancedServices(manifest) });
    expect('Drive' in ws.globals).toBe(false);
    const context = createContext({ ...ws.globals });
    expect(runInContext('typeof Drive', context)).toBe('undefined');
    // The context has its own ReferenceError class: compare by name.
    expect(runInContext('try { Drive.Files; "read" } catch (e) { e.name + ": " + e.message }', context)).toBe(
      'ReferenceError: Drive is not defined',
    );
    expect(runInContext('typeof DocumentApp', context)).toBe('object');
  });
});
