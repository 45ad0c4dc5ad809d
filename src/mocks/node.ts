/** The mock for vitest: the same handlers, through msw/node. */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createScenarios } from './scenarios';

/** A fixed clock so unit tests see the same data every day. */
export const TEST_NOW = new Date('2025-06-16T12:00:00Z');

export const handlers = createHandlers({ now: TEST_NOW });
export const scenarios = createScenarios(handlers);
export const server = setupServer(...handlers);
