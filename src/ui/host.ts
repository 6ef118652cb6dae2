/**
 * `google.script.host` of a dialog or sidebar
 * (https://developers.google.com/apps-script/guides/html/reference/host).
 */
declare const google: { script: { host: { close(): void } } } | undefined;

export function closeDialog(): void {
  if (typeof google !== 'undefined') google.script.host.close();
}
