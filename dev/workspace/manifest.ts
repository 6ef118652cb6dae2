/**
 * Which advanced services the script has: those its manifest enables. An advanced service is a
 * global only once enabled ("you must enable an advanced service before you can use it in a
 * script"; the manifest lists it under `dependencies.enabledAdvancedServices`, by its
 * `userSymbol`). A service that is not enabled is no global at all: `typeof Drive` is
 * 'undefined' and reading `Drive` throws a ReferenceError, as any undeclared identifier does.
 * https://developers.google.com/apps-script/guides/services/advanced
 * https://developers.google.com/apps-script/manifest/dependencies#EnabledAdvancedService
 */
import projectManifest from '../../appsscript.json';

interface Manifest {
  dependencies?: { enabledAdvancedServices?: ReadonlyArray<{ userSymbol?: unknown }> };
}

/** The `userSymbol` of every advanced service a manifest enables ("Drive", …); by default the project's own. */
export function enabledAdvancedServices(manifest: Manifest = projectManifest): string[] {
  return (manifest.dependencies?.enabledAdvancedServices ?? [])
    .map((service) => service.userSymbol)
    .filter((symbol): symbol is string => typeof symbol === 'string');
}
