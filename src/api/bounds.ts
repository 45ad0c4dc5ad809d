/**
 * Limits every request lives within: a deadline that also covers reading the
 * body, a cap on the body's size, and how long a throttled server asks us to
 * wait. client.ts applies them; nothing else needs them.
 */

export interface Deadline {
  /** Aborts when the time is up or the caller gives up. */
  signal: AbortSignal;
  timedOut: () => boolean;
  /** The request is over: stop the clock. */
  done: () => void;
}

export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within ${String(ms)} ms`, 'TimeoutError'));
  }, ms);
  const forward = () => {
    controller.abort(outer?.reason);
  };
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    },
  };
}

/** `promise`, or its signal's reason as soon as the signal aborts (a shared token renewal may hang). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(toError(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(toError(signal.reason));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError');
}

/**
 * The body as text, or null when it is larger than `maxBytes` (checked on the
 * declared length first, then while reading, so a huge answer is never held).
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length') ?? '0');
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Keep a byte-order mark: the caller strips it and knows what it saw.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let size = 0;
  let text = '';
  for (;;) {
    // Not every fetch ties the body to the signal: give up on a stalled read ourselves.
    const { done, value } = await untilAborted(reader.read(), signal).catch((error: unknown) => {
      void reader.cancel().catch(() => undefined);
      throw error;
    });
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: a source may never confirm the cancel, and the answer is already decided.
      void reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Retry-After (seconds or an HTTP date) → milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value?.trim()) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}
