import { z } from 'zod';

/** Build-time settings (VITE_*), read only here. */
const ConfigSchema = z.object({
  VITE_API_MOCKING: z.enum(['on', 'off']).default('off'),
});

const env = ConfigSchema.parse(import.meta.env);

export const config = {
  /** The in-browser mock (demo mode) is running instead of real servers. */
  demo: env.VITE_API_MOCKING === 'on',
} as const;
