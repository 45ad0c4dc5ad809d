import { z } from 'zod';

/** Build-time settings (VITE_*), read only here. */
const ConfigSchema = z.object({
  VITE_API_MOCKING: z.enum(['on', 'off']).default('off'),
  VITE_VM_INDEX_MAX_AGE_HOURS: z.coerce.number().positive().default(24),
  // Checked again where Vite starts (vite.config.ts), so a typo fails there, not in the browser.
  DEMO_SCALE: z.enum(['small', 'large']).default('small'),
});

const env = ConfigSchema.parse(import.meta.env);

export const config = {
  /** The in-browser mock (demo mode) is running instead of real servers. */
  demo: env.VITE_API_MOCKING === 'on',
  /** A stored VM-name index older than this is rebuilt in full rather than updated. */
  vmIndexMaxAgeHours: env.VITE_VM_INDEX_MAX_AGE_HOURS,
  /** The demo mock's Enterprise Manager estate: `DEMO_SCALE=large npm run demo`. */
  demoScale: env.DEMO_SCALE,
} as const;
