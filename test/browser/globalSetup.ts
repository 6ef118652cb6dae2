import { browserExecutable, RESOLVED_CHROMIUM } from './chromiumPath';

/**
 * Runs once before jest starts its workers: unpacking the npm Chromium in two workers at once
 * would let one launch a half-written binary, so it is unpacked here and the path handed on.
 * Cheap when a system Chromium is used (nothing to unpack) or the binary is already unpacked.
 * A failure is left to the browser tests to report (openRig tries again and throws); every
 * other suite runs regardless.
 */
export default async function globalSetup(): Promise<void> {
  try {
    process.env[RESOLVED_CHROMIUM] = await browserExecutable();
  } catch {
    delete process.env[RESOLVED_CHROMIUM];
  }
}
