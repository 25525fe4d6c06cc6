// Runs before each end-to-end test file (jest.config.js: setupFilesAfterEnv of the e2e project), old or new.
// A case written with it.concurrent starts its clock when it is started, and then shares the machine with the other
// cases of its file and with the other files' workers: its time limit allows for that. A case that hangs still fails.
import { jest } from '@jest/globals';

jest.setTimeout(Number(process.env.E2E_TEST_TIMEOUT_MS) || 15 * 60_000);
