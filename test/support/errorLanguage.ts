import { ERROR_LANGUAGE_VARIABLE } from '../../dev/workspace/errorLanguage';

/**
 * Every test runs with Google's exceptions worded as another language would word them, so
 * that code deciding on Google's English text fails (Apps Script localizes its messages:
 * https://developers.google.com/apps-script/api/reference/rest/v1/ExecutionError#FIELDS.error_message).
 * Tests that pin Google's English wording ask for `errorLanguage: 'en'`. Set
 * WORKSPACE_ERROR_LANGUAGE=en to run the suite in English.
 */
process.env[ERROR_LANGUAGE_VARIABLE] ||= 'reworded';
