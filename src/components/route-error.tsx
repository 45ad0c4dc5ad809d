import { Container } from '@mantine/core';
import { useRevalidator, useRouteError } from 'react-router';
import { QueryError } from './query-error';

/** Every route's ErrorBoundary: the error panel, with a retry that re-runs the loader. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <Container size="lg" px={0}>
      <QueryError
        error={error}
        onRetry={() => {
          void revalidator.revalidate();
        }}
      />
    </Container>
  );
}
