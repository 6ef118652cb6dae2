import { ContractFailure, drive, type Contract, type ContractEnv, type WorkspaceControls } from './contract';

/**
 * Runs contracts one by one, each with its own scratch sheets and Drive files, which are
 * deleted or trashed however the contract ends. Uses only the service globals, so the same
 * code runs in jest (against the in-memory workspace) and inside Apps Script.
 */
export type ContractStatus = 'PASS' | 'FAIL' | 'SKIP';

export interface ContractResult {
  name: string;
  status: ContractStatus;
  /** Why it failed or was skipped. */
  reason?: string;
}

interface Made {
  sheets: GoogleAppsScript.Spreadsheet.Sheet[];
  files: string[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function contractEnv(where: ContractEnv['where'], workspace?: WorkspaceControls): { env: ContractEnv; made: Made } {
  const made: Made = { sheets: [], files: [] };
  const env: ContractEnv = {
    where,
    ...(workspace ? { workspace } : {}),
    // A UUID's last group: random in Apps Script, a counter in the workspace.
    uniqueName: (prefix) => `${prefix}${Utilities.getUuid().slice(-12)}`,
    scratchSheet() {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet(env.uniqueName('Contract '));
      made.sheets.push(sheet);
      return sheet;
    },
    made: (fileId) => void made.files.push(fileId),
  };
  return { env, made };
}

/** Deletes the scratch sheets and trashes the files a contract made; what could not be cleaned. */
export function cleanUp(made: Made): string[] {
  const problems: string[] = [];
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const sheet of made.sheets) {
    try {
      spreadsheet.deleteSheet(sheet);
    } catch (error) {
      problems.push(`sheet ${sheet.getName()} not deleted: ${messageOf(error)}`);
    }
  }
  for (const id of made.files) {
    try {
      drive().Files.update({ trashed: true }, id, null as unknown as GoogleAppsScript.Base.Blob, { fields: 'id' });
    } catch (error) {
      problems.push(`file ${id} not trashed: ${messageOf(error)}`);
    }
  }
  made.sheets.length = 0;
  made.files.length = 0;
  return problems;
}

export function runContract(contract: Contract, where: ContractEnv['where'], workspace?: WorkspaceControls): ContractResult {
  if (contract.workspaceOnly && where !== 'workspace') return { name: contract.name, status: 'SKIP', reason: contract.workspaceOnly };
  const { env, made } = contractEnv(where, workspace);
  let failure: string | null = null;
  try {
    contract.run(env);
  } catch (error) {
    failure = error instanceof ContractFailure ? error.message : `threw ${messageOf(error)}`;
  }
  const leftOver = cleanUp(made);
  if (failure === null && leftOver.length > 0) failure = `clean-up: ${leftOver.join('; ')}`;
  return failure === null ? { name: contract.name, status: 'PASS' } : { name: contract.name, status: 'FAIL', reason: failure };
}

/** The line the real run logs for a contract: `PASS name`, `FAIL name: reason`, `SKIP name: reason`. */
export function resultLine(result: ContractResult): string {
  return result.reason ? `${result.status} ${result.name}: ${result.reason}` : `${result.status} ${result.name}`;
}

export function summaryLine(results: readonly ContractResult[]): string {
  const count = (status: ContractStatus) => results.filter((r) => r.status === status).length;
  return `${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped (workspace only) of ${results.length} contracts`;
}
