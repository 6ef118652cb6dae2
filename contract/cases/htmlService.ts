import { check, equal, workspaceControls, type Contract } from '../contract';

/** What crosses google.script.run between the sidebar or a dialog and the server. */
const COMMUNICATION = 'https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values';
const PAGE_ONLY = 'needs a page calling the server; the real run is one server function';

export const htmlServiceContracts: Contract[] = [
  {
    name: 'google.script.run: strings, numbers, booleans, null and nested objects and arrays of them arrive as a copy',
    reference: COMMUNICATION,
    workspaceOnly: PAGE_ONLY,
    run(env) {
      const value = { personId: 'p-1', ratings: [{ subskillId: 's', rating: null, evidence: 'x' }], n: 2.5, ok: true };
      const sent = workspaceControls(env).sendFromPage(value);
      check(sent.delivered, 'the call is made');
      if (sent.delivered) {
        equal(sent.received, value, 'what the server receives');
        check(sent.received !== value, 'a copy');
      }
    },
  },
  {
    name: 'google.script.run: undefined inside an array arrives as null',
    reference: COMMUNICATION,
    workspaceOnly: PAGE_ONLY,
    run(env) {
      const sent = workspaceControls(env).sendFromPage(['a', undefined, 'b']);
      check(sent.delivered, 'the call is made');
      if (sent.delivered) equal(sent.received, ['a', null, 'b'], 'what the server receives');
    },
  },
  {
    name: 'google.script.run: a Date or a function, even nested, makes the call fail',
    reference: COMMUNICATION,
    workspaceOnly: PAGE_ONLY,
    run(env) {
      // The sidebar's API therefore carries dates as ISO strings (src/core/api.ts).
      const controls = workspaceControls(env);
      equal(controls.sendFromPage(new Date(0)).delivered, false, 'a Date');
      equal(controls.sendFromPage({ at: { when: new Date(0) } }).delivered, false, 'a nested Date');
      equal(controls.sendFromPage({ f: () => 1 }).delivered, false, 'a function');
    },
  },
];
