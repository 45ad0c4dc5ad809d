import { useCallback, useLayoutEffect, useState } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/** Parameter changes: a value sets it, null or '' removes it. */
export type UrlChanges = Record<string, string | null>;

/**
 * The URLs a page has asked for that React has not rendered yet. The router renders
 * navigations in transitions: a change made while one is on its way (a fast click, a
 * test) must build on the newest URL asked for, and the render of an earlier URL that
 * lands meanwhile must not make it forget the later ones.
 */
export class RequestedUrls {
  private queue: URLSearchParams[] = [];

  constructor(private rendered: URLSearchParams) {}

  /** What the next change builds on. */
  newest(): URLSearchParams {
    return this.queue.at(-1) ?? this.rendered;
  }

  ask(next: URLSearchParams): void {
    this.queue.push(next);
  }

  /** A render with these parameters: ours up to that one have landed; any other (Back, a link) replaces them all. */
  render(params: URLSearchParams): void {
    this.rendered = params;
    const landed = this.queue.findIndex((asked) => asked.toString() === params.toString());
    this.queue = landed === -1 ? [] : this.queue.slice(landed + 1);
  }
}

/**
 * The page's URL parameters and a setter that changes some of them. Controls
 * replace the history entry and keep the scroll position unless told otherwise.
 * React Router hands a functional update the parameters of the last render, so
 * each change here builds on the newest URL asked for instead (RequestedUrls).
 */
export function useUrlState(): [
  URLSearchParams,
  (
    changes: UrlChanges | ((current: URLSearchParams) => UrlChanges),
    options?: NavigateOptions,
  ) => void,
] {
  const [params, setParams] = useSearchParams();
  const [requested] = useState(() => new RequestedUrls(params));
  useLayoutEffect(() => {
    requested.render(params);
  }, [requested, params]);
  const change = useCallback(
    (
      changes: UrlChanges | ((current: URLSearchParams) => UrlChanges),
      options: NavigateOptions = { replace: true, preventScrollReset: true },
    ) => {
      const next = new URLSearchParams(requested.newest());
      const resolved = typeof changes === 'function' ? changes(next) : changes;
      for (const [name, value] of Object.entries(resolved)) {
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
      }
      requested.ask(next);
      setParams(next, options);
    },
    [requested, setParams],
  );
  return [params, change];
}
