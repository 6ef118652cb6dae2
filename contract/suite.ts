import type { Contract } from './contract';
import { docContracts } from './cases/docs';
import { driveContracts } from './cases/drive';
import { htmlServiceContracts } from './cases/htmlService';
import { serviceContracts } from './cases/services';
import { sheetContracts } from './cases/sheets';
import { sharingContracts } from './cases/sharing';

/** Every contract, in the order the real run logs them. */
export const contracts: readonly Contract[] = [
  ...sheetContracts,
  ...docContracts,
  ...driveContracts,
  ...sharingContracts,
  ...serviceContracts,
  ...htmlServiceContracts,
];
