/**
 * zod, set up for the deployed Content-Security-Policy (no 'unsafe-eval'). Each object
 * schema, when made, asks whether zod may compile its parser with `new Function`; the
 * browser reports that probe as a CSP violation even though zod catches it. `jitless`
 * skips the probe. vite.config.ts points `zod` here, so this runs before any module that
 * makes a schema, wherever the bundler puts them.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
