import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/** Parameter changes: a value sets it, null or '' removes it. */
export type UrlChanges = Record<string, string | null>;

/**
 * The page's URL parameters and a setter that changes some of them. Controls
 * replace the history entry and keep the scroll position unless told otherwise.
 *
 * React Router hands a functional update the parameters of the last committed
 * render, so a second change made before the first navigation lands (a fast
 * click, a test) would drop the first. Each change here builds on the newest
 * URL asked for, committed or not.
 */
export function useUrlState(): [
  URLSearchParams,
  (
    changes: UrlChanges | ((current: URLSearchParams) => UrlChanges),
    options?: NavigateOptions,
  ) => void,
] {
  const [params, setParams] = useSearchParams();
  const committed = useRef(params);
  const pending = useRef<URLSearchParams | null>(null);
  useLayoutEffect(() => {
    committed.current = params;
    pending.current = null;
  }, [params]);
  const change = useCallback(
    (
      changes: UrlChanges | ((current: URLSearchParams) => UrlChanges),
      options: NavigateOptions = { replace: true, preventScrollReset: true },
    ) => {
      const next = new URLSearchParams(pending.current ?? committed.current);
      const resolved = typeof changes === 'function' ? changes(next) : changes;
      for (const [name, value] of Object.entries(resolved)) {
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
      }
      pending.current = next;
      setParams(next, options);
    },
    [setParams],
  );
  return [params, change];
}
