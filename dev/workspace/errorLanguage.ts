import type { CallLog } from './callLog';

/**
 * The language Google's exceptions are worded in. Apps Script words an exception "usually
 * localized into the user's language"
 * (https://developers.google.com/apps-script/api/reference/rest/v1/ExecutionError#FIELDS.error_message),
 * and the reference pages document what a method throws on, never its text. Code that decides
 * anything on `e.message` works for English users only.
 *
 * `reworded` words every exception a service call throws differently from Google's English
 * (a pseudo-translation: each letter accented, so no English word survives and no pattern
 * written for English matches), the way another language would. The add-on's tests run in it
 * (jest sets WORKSPACE_ERROR_LANGUAGE), so a decision made on Google's text fails them; the
 * workspace's own tests, which pin Google's English, ask for `en`.
 *
 * Not reworded: the workspace's own complaints about its use (NotImplementedError, "In-memory
 * workspace: …"), which no Apps Script user ever sees.
 */
export type ErrorLanguage = 'en' | 'reworded';

export const ERROR_LANGUAGES: readonly ErrorLanguage[] = ['en', 'reworded'];

/** The environment variable that chooses the default language of a workspace's exceptions. */
export const ERROR_LANGUAGE_VARIABLE = 'WORKSPACE_ERROR_LANGUAGE';

/** The language asked for, else the environment's (jest sets `reworded`), else English. */
export function errorLanguage(asked: ErrorLanguage | undefined): ErrorLanguage {
  if (asked) return asked;
  const fromEnvironment = typeof process === 'undefined' ? undefined : process.env[ERROR_LANGUAGE_VARIABLE];
  if (fromEnvironment === undefined || fromEnvironment === '') return 'en';
  if (!ERROR_LANGUAGES.includes(fromEnvironment as ErrorLanguage)) {
    throw new Error(`In-memory workspace: ${ERROR_LANGUAGE_VARIABLE} is "${fromEnvironment}"; use one of ${ERROR_LANGUAGES.join(', ')}.`);
  }
  return fromEnvironment as ErrorLanguage;
}

// One call log per workspace: every strict wrapper holds its workspace's log, so the log is
// where a wrapper finds its workspace's language without another parameter.
const languages = new WeakMap<CallLog, ErrorLanguage>();
const reworded = new WeakSet<object>();

export function setErrorLanguage(log: CallLog, language: ErrorLanguage): void {
  languages.set(log, language);
}

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'ρ',
  q: 'ʠ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Ƥ',
  Q: 'Ɋ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Google's English text as another language would word it (letters accented, the rest kept). */
export function pseudoTranslate(text: string): string {
  return `«${text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)}»`;
}

function isWorkspaceComplaint(error: Error): boolean {
  return error.name === 'NotImplementedError' || error.message.startsWith('In-memory workspace:');
}

/**
 * The exception a service call throws, worded in its workspace's language. Rewords in place
 * (the same Error, stack and fields kept) and once, however many wrappers it passes through.
 */
export function inErrorLanguage(log: CallLog, error: unknown): unknown {
  if (languages.get(log) !== 'reworded' || !(error instanceof Error) || reworded.has(error) || isWorkspaceComplaint(error)) {
    return error;
  }
  reworded.add(error);
  error.message = pseudoTranslate(error.message);
  // The Drive advanced service's error repeats Google's text in its details; the code stays.
  const details = (error as { details?: { message?: unknown; errors?: Array<{ message?: unknown }> } }).details;
  if (details && typeof details.message === 'string') details.message = pseudoTranslate(details.message);
  for (const item of details?.errors ?? []) if (typeof item.message === 'string') item.message = pseudoTranslate(item.message);
  return error;
}
