import { z } from 'zod';

/** Build-time settings (VITE_*), read only here. */
const ConfigSchema = z.object({
  VITE_API_MOCKING: z.enum(['on', 'off']).default('off'),
  VITE_VM_INDEX_MAX_AGE_HOURS: z.coerce.number().positive().default(24),
  // Checked again where Vite starts (vite.config.ts), so a typo fails there, not in the browser.
  DEMO_SCALE: z.enum(['small', 'large']).default('small'),
  /** How long a request may wait for its answer; a bad value falls back to the default. */
  VITE_REQUEST_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).catch(30),
});

const env = ConfigSchema.parse(import.meta.env);

export const config = {
  /** The in-browser mock (demo mode) is running instead of real servers. */
  demo: env.VITE_API_MOCKING === 'on',
  /** A stored VM-name index older than this is rebuilt in full rather than updated. */
  vmIndexMaxAgeHours: env.VITE_VM_INDEX_MAX_AGE_HOURS,
  /** The demo mock's Enterprise Manager estate: `DEMO_SCALE=large npm run demo`. */
  demoScale: env.DEMO_SCALE,
  /** Data requests end with a timeout error after this long (sign-in and tokens: 15 s). */
  requestTimeoutMs: env.VITE_REQUEST_TIMEOUT_SECONDS * 1000,
} as const;
