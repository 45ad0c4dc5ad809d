import { z } from 'zod';

/** Build-time settings (VITE_*), read only here. */
const ConfigSchema = z.object({
  VITE_API_MOCKING: z.enum(['on', 'off']).default('off'),
  VITE_VM_INDEX_MAX_AGE_HOURS: z.coerce.number().positive().default(24),
});

const env = ConfigSchema.parse(import.meta.env);

export const config = {
  /** The in-browser mock (demo mode) is running instead of real servers. */
  demo: env.VITE_API_MOCKING === 'on',
  /** A stored VM-name index older than this is rebuilt in full rather than updated. */
  vmIndexMaxAgeHours: env.VITE_VM_INDEX_MAX_AGE_HOURS,
} as const;
