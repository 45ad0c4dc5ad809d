import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RetryStatus } from '@/components/retry-status';
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

export function Providers({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
      getStyleNonce={styleNonce}
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        {children}
        {/* Above the routes: a page still loading (the first one after sign-in, a link
            opened cold) shows no layout yet, and its retries must show all the same. */}
        <RetryStatus />
      </QueryClientProvider>
    </MantineProvider>
  );
}
