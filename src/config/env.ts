import { z } from 'zod';

/** Build-time settings (VITE_*), read only here. */
const ConfigSchema = z.object({
  VITE_API_MOCKING: z.enum(['on', 'off']).default('off'),
  /** How long a request may wait for its answer; a bad value falls back to the default. */
  VITE_REQUEST_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).catch(30),
});

const env = ConfigSchema.parse(import.meta.env);

export const config = {
  /** The in-browser mock (demo mode) is running instead of real servers. */
  demo: env.VITE_API_MOCKING === 'on',
  /** Data requests end with a timeout error after this long (sign-in and tokens: 15 s). */
  requestTimeoutMs: env.VITE_REQUEST_TIMEOUT_SECONDS * 1000,
} as const;
