import { Container, Title } from '@mantine/core';
import { useRevalidator, useRouteError } from 'react-router';
import { QueryError } from './query-error';

/** Every route's ErrorBoundary: a heading, the error panel, and a retry that re-runs the loader. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <Container size="lg" px={0}>
      <Title order={1} size="h3">
        This page could not be shown
      </Title>
      <QueryError
        error={error}
        onRetry={() => {
          void revalidator.revalidate();
        }}
      />
    </Container>
  );
}
