import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

type Build = (current: URLSearchParams) => URLSearchParams;

/**
 * `useSearchParams` for a page whose controls change the URL in quick
 * succession. React Router hands a functional update the parameters of the last
 * committed render, so a second change made before the first navigation lands
 * (a fast click, a test) would drop the first. This builds each change on the
 * newest URL asked for, committed or not.
 */
export function useUrlParams(): [
  URLSearchParams,
  (build: Build, options?: NavigateOptions) => void,
] {
  const [params, setParams] = useSearchParams();
  const committed = useRef(params);
  const pending = useRef<URLSearchParams | null>(null);
  useLayoutEffect(() => {
    committed.current = params;
    pending.current = null;
  }, [params]);
  const change = useCallback(
    (build: Build, options?: NavigateOptions) => {
      const next = build(new URLSearchParams(pending.current ?? committed.current));
      pending.current = next;
      setParams(next, options);
    },
    [setParams],
  );
  return [params, change];
}
