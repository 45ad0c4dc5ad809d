import type { QueryClient } from '@tanstack/react-query';
import { redirect, type RouteObject } from 'react-router';
import { PageSkeleton } from '@/components/page-skeleton';
import { RouteError } from '@/components/route-error';
import { homePath } from '@/routes/guards';
import { routePatterns } from '../config/paths';

/** What a route module exports (style.md): a component, a loader factory and an error boundary. */
interface RouteModule {
  Component: React.ComponentType;
  loader?: (queryClient: QueryClient) => NonNullable<RouteObject['loader']>;
  ErrorBoundary?: React.ComponentType;
}

/** A lazy route: the module is fetched on first visit, its loader gets the query client. */
function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>) {
  return async () => {
    const module = await load();
    return {
      Component: module.Component,
      ErrorBoundary: module.ErrorBoundary ?? RouteError,
      ...(module.loader ? { loader: module.loader(queryClient) } : {}),
    };
  };
}

/** The one route table, used by main.tsx and by the tests. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const lazy = (load: () => Promise<RouteModule>) => lazyRoute(queryClient, load);
  return [
    {
      path: routePatterns.login,
      lazy: lazy(() => import('@/routes/login')),
      HydrateFallback: PageSkeleton,
    },
    {
      path: '/',
      lazy: lazy(() => import('@/routes/app-layout')),
      HydrateFallback: PageSkeleton,
      children: [
        { index: true, loader: () => redirect(homePath()) },
        { path: routePatterns.backups, lazy: lazy(() => import('@/routes/em/backups')) },
        { path: routePatterns.backup, lazy: lazy(() => import('@/routes/em/backup')) },
        { path: routePatterns.restorePoint, lazy: lazy(() => import('@/routes/em/restore-point')) },
        { path: routePatterns.backupFile, lazy: lazy(() => import('@/routes/em/backup-file')) },
        {
          path: routePatterns.vmRestorePoint,
          lazy: lazy(() => import('@/routes/em/vm-restore-point')),
        },
        { path: routePatterns.backupServer, lazy: lazy(() => import('@/routes/em/backup-server')) },
        { path: routePatterns.vms, lazy: lazy(() => import('@/routes/em/vms')) },
        { path: routePatterns.vm, lazy: lazy(() => import('@/routes/em/vm')) },
        {
          path: routePatterns.m365RestorePoints,
          lazy: lazy(() => import('@/routes/m365/restore-points')),
        },
        {
          path: routePatterns.m365Organization,
          lazy: lazy(() => import('@/routes/m365/organization')),
        },
        {
          path: routePatterns.m365Repository,
          lazy: lazy(() => import('@/routes/m365/backup-repository')),
        },
        { path: '*', lazy: lazy(() => import('@/routes/not-found')) },
      ],
    },
  ];
}
