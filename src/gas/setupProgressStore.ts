import { parseSetupProgress, serializeSetupProgress, type SetupProgress } from '../core/workbook/setupProgress';

/**
 * Where an unfinished set-up records how far it got: a document property, so it stays with the
 * spreadsheet (whoever runs the next step) and never shows in a sheet the manager edits.
 */
export const SETUP_PROGRESS_PROPERTY = 'careerLadder.setupProgress';

type Properties = GoogleAppsScript.Properties.Properties;

export function readSetupProgress(properties: Properties): SetupProgress | null {
  return parseSetupProgress(properties.getProperty(SETUP_PROGRESS_PROPERTY));
}

/** Records what is left; when the record would not fit, none is kept (the next run plans from everything). */
export function saveSetupProgress(properties: Properties, progress: SetupProgress): void {
  const json = serializeSetupProgress(progress);
  if (json === null) properties.deleteProperty(SETUP_PROGRESS_PROPERTY);
  else properties.setProperty(SETUP_PROGRESS_PROPERTY, json);
}

export function clearSetupProgress(properties: Properties): void {
  properties.deleteProperty(SETUP_PROGRESS_PROPERTY);
}
