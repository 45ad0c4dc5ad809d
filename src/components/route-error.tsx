import { Container, Title } from '@mantine/core';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { QueryError } from './query-error';

/** Every route's ErrorBoundary: a heading, the error panel, and a retry that loads the page again. */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Container size="lg" px={0}>
      <Title order={1} size="h3">
        This page could not be shown
      </Title>
      <QueryError
        error={error}
        onRetry={() => {
          // A navigation to the same URL re-runs the loaders and replaces the error state;
          // a revalidation can be overtaken by one already in flight and keep the old error.
          void navigate(location.pathname + location.search + location.hash, {
            replace: true,
            preventScrollReset: true,
          });
        }}
      />
    </Container>
  );
}
