import { browserExecutable, RESOLVED_CHROMIUM } from './chromiumPath';

/**
 * Runs once before jest starts its workers: unpacking the npm Chromium in two workers at once
 * would let one launch a half-written binary, so it is unpacked here and the path handed on.
 * Cheap when a system Chromium is used (nothing to unpack) or the binary is already unpacked.
 */
export default async function globalSetup(): Promise<void> {
  process.env[RESOLVED_CHROMIUM] = await browserExecutable();
}
