/**
 * Build-time settings (VITE_*), read only here. Each is checked by hand (this module is on
 * the sign-in screen, which loads no zod): a missing value takes its default, and a value
 * the app cannot use takes it too, with a console warning that names the variable, so a
 * typo in a build setting never stops the app.
 */
type Env = Record<string, unknown>;

function fallBack<T>(name: string, raw: unknown, expected: string, fallback: T): T {
  console.warn(`${name}=${JSON.stringify(raw)} is not ${expected}; using ${String(fallback)}.`);
  return fallback;
}

const unset = (raw: unknown) => raw === undefined || raw === '';

/** One of `allowed`, else `fallback`. */
function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (unset(raw)) return fallback;
  return (
    allowed.find((value) => value === raw) ?? fallBack(name, raw, allowed.join(' or '), fallback)
  );
}

/** A number above 0 and at most `max`, else `fallback`. */
function positive(env: Env, name: string, fallback: number, max = Number.POSITIVE_INFINITY) {
  const raw = env[name];
  if (unset(raw)) return fallback;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0 && value <= max) return value;
  const range = Number.isFinite(max)
    ? `a number above 0 and at most ${String(max)}`
    : 'a number above 0';
  return fallBack(name, raw, range, fallback);
}

/** The settings from Vite's `import.meta.env` (tests pass their own). */
export function readConfig(env: Env) {
  return {
    /** The in-browser mock (demo mode) is running instead of real servers. */
    demo: oneOf(env, 'VITE_API_MOCKING', ['on', 'off'], 'off') === 'on',
    /** A stored VM-name index older than this is rebuilt in full rather than updated. */
    vmIndexMaxAgeHours: positive(env, 'VITE_VM_INDEX_MAX_AGE_HOURS', 24),
    /**
     * The demo mock's Enterprise Manager estate: `DEMO_SCALE=large npm run demo`. Checked
     * again where Vite starts (vite.config.ts), so a typo fails there, not in the browser.
     */
    demoScale: oneOf(env, 'DEMO_SCALE', ['small', 'large'], 'small'),
    /** Data requests end with a timeout error after this long (sign-in and tokens: 15 s). */
    requestTimeoutMs: positive(env, 'VITE_REQUEST_TIMEOUT_SECONDS', 30, 600) * 1000,
  } as const;
}

// Outside Vite (the benchmark runs the API client in Node) there is no import.meta.env: defaults.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
export const config = readConfig(import.meta.env ?? {});
