import { resultLine, runContract, summaryLine } from './runner';
import { contracts } from './suite';

/**
 * The entry of the contract bundle (tools/contractBuild.ts): run from the Apps Script editor of
 * a throwaway script bound to a scratch spreadsheet. Logs one PASS / FAIL / SKIP line per
 * contract, then a summary; every sheet, doc and folder a contract made is deleted or trashed.
 */
export function runContractTests(): string {
  const results = contracts.map((contract) => {
    const result = runContract(contract, 'apps-script');
    console.log(resultLine(result));
    return result;
  });
  const summary = summaryLine(results);
  console.log(summary);
  return summary;
}
