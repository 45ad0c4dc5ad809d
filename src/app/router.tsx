import type { QueryClient } from '@tanstack/react-query';
import { redirect, type RouteObject } from 'react-router';
import { PageSkeleton } from '@/components/page-skeleton';
import { RouteError } from '@/components/route-error';
import { homePath } from '@/routes/guards';
import { paths } from '@/config/paths';
import type { LazyQueryClient } from './lazy-query-client';

/** What a route module exports: a component and, for data pages, a loader factory. */
interface RouteModule {
  Component: React.ComponentType;
  loader?: (queryClient: QueryClient) => NonNullable<RouteObject['loader']>;
}

/**
 * A lazy route: the module is fetched on first visit, its loader gets the query
 * client (created for the first page that has a loader), and every page shares
 * one error boundary.
 */
function lazyRoute(queryClient: LazyQueryClient, load: () => Promise<RouteModule>) {
  return async () => {
    const module = await load();
    return {
      Component: module.Component,
      ErrorBoundary: RouteError,
      ...(module.loader ? { loader: module.loader(await queryClient.load()) } : {}),
    };
  };
}

/** The one route table, used by main.tsx and by the tests. */
export function createRoutes(queryClient: LazyQueryClient): RouteObject[] {
  const lazy = (load: () => Promise<RouteModule>) => lazyRoute(queryClient, load);
  return [
    {
      path: paths.login.pattern,
      lazy: lazy(() => import('@/routes/login')),
      HydrateFallback: PageSkeleton,
    },
    {
      path: paths.home.pattern,
      lazy: lazy(() => import('@/routes/app-layout')),
      HydrateFallback: PageSkeleton,
      children: [
        { index: true, loader: () => redirect(homePath()) },
        { path: paths.overview.pattern, lazy: lazy(() => import('@/routes/em/overview')) },
        { path: paths.backups.pattern, lazy: lazy(() => import('@/routes/em/backups')) },
        { path: paths.backup.pattern, lazy: lazy(() => import('@/routes/em/backup')) },
        { path: paths.restorePoint.pattern, lazy: lazy(() => import('@/routes/em/restore-point')) },
        { path: paths.backupFile.pattern, lazy: lazy(() => import('@/routes/em/backup-file')) },
        {
          path: paths.vmRestorePoint.pattern,
          lazy: lazy(() => import('@/routes/em/vm-restore-point')),
        },
        { path: paths.backupServer.pattern, lazy: lazy(() => import('@/routes/em/backup-server')) },
        { path: paths.vmSearch.pattern, lazy: lazy(() => import('@/routes/em/vms')) },
        { path: paths.vm.pattern, lazy: lazy(() => import('@/routes/em/vm')) },
        { path: paths.m365Overview.pattern, lazy: lazy(() => import('@/routes/m365/overview')) },
        {
          path: paths.m365RestorePoints.pattern,
          lazy: lazy(() => import('@/routes/m365/restore-points')),
        },
        {
          path: paths.m365Organization.pattern,
          lazy: lazy(() => import('@/routes/m365/organization')),
        },
        {
          path: paths.m365Repository.pattern,
          lazy: lazy(() => import('@/routes/m365/backup-repository')),
        },
        { path: '*', lazy: lazy(() => import('@/routes/not-found')) },
      ],
    },
  ];
}
