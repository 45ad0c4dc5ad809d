/**
 * The instant the e2e mock lays its data out from (`--now`, see playwright.config.ts),
 * and the browser's clock in the projects that use that mock.
 *
 * Why a fixed instant rather than the wall clock: the mock rounds its start time to
 * the hour, a reused server may have started hours ago, and labels such as
 * "yesterday" or "Last 24 hours" depend on the day. Pinning the mock's data and the
 * browser's `Date` (Playwright's `clock.setFixedTime`: `Date` stands still, timers
 * keep running) to the same instant and a fixed time zone makes every age, preset
 * and calendar label the same at midnight, at a month change, or hours after the
 * mock started. The test runner's own clock is never used for what the app shows.
 */
export const MOCK_NOW = new Date('2025-06-16T12:00:00.000Z');
/** The browser's zone: not UTC, so local and UTC times differ on the page (14:00 local here). */
export const TIME_ZONE = 'Europe/Berlin';
