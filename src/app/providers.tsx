import { MantineProvider } from '@mantine/core';
import { QueryClientContext } from '@tanstack/react-query';
import { Suspense, lazy, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { LazyQueryClient } from './lazy-query-client';
import { NotificationsHost } from './notifications-host';
import { cssVariablesResolver, theme } from './theme';

import './styles/first-screen.css';

/**
 * The nonce the web server wrote into index.html for this response (Vite's `html.cspNonce`
 * meta tag; deploy/nginx.conf.template fills it). Mantine puts it on the <style> tags it
 * injects, so the Content-Security-Policy can allow those and no other inline style.
 */
function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

/**
 * TanStack's QueryClientProvider (the same context, mount and unmount) for a client that is
 * created after the first render. The tree keeps its shape when the client arrives, so no
 * page is mounted again. Until then pages that read the client are not shown: the router
 * creates the client before it renders any page that fetches (router.tsx).
 */
const RetryNotice = lazy(async () => ({
  default: (await import('@/components/retry-status')).RetryNotice,
}));

function LazyQueryClientProvider({
  queryClient,
  children,
}: {
  queryClient: LazyQueryClient;
  children: ReactNode;
}) {
  const client = useSyncExternalStore(queryClient.subscribe, queryClient.current);
  useEffect(() => {
    if (!client) return;
    client.mount();
    return () => {
      client.unmount();
    };
  }, [client]);
  return (
    <QueryClientContext value={client ?? undefined}>
      {children}
      {/* Above the routes: a page still loading (the first one after sign-in, a link
          opened cold) shows no layout yet, and its retries must show all the same. The live
          region is there from the start, so what appears in it is announced; its notice
          loads with the client (the sign-in screen sends no query to retry). */}
      <div role="status" aria-live="polite" aria-label="Retries">
        {client ? (
          <Suspense fallback={null}>
            <RetryNotice />
          </Suspense>
        ) : null}
      </div>
    </QueryClientContext>
  );
}

export function Providers({
  queryClient,
  children,
}: {
  queryClient: LazyQueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
      getStyleNonce={styleNonce}
    >
      <NotificationsHost />
      <LazyQueryClientProvider queryClient={queryClient}>{children}</LazyQueryClientProvider>
    </MantineProvider>
  );
}
