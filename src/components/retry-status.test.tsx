import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { RetryNotice } from './retry-status';

function Reader({ load }: { load: () => Promise<string> }) {
  const { data } = useQuery(
    queryOptions({ queryKey: ['em', 'x'], queryFn: load, retry: 2, retryDelay: 10 }),
  );
  return <p>{data ?? 'waiting'}</p>;
}

describe('RetryNotice', () => {
  it('says what failed while a request is tried again, and goes away when it works', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let attempts = 0;
    const load = async () => {
      attempts += 1;
      if (attempts === 1) {
        throw new ApiError({ kind: 'timeout', source: 'em', message: 'No answer within 30 s.' });
      }
      await held;
      return 'loaded';
    };
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <Reader load={load} />
          <div role="status" aria-label="Retries">
            <RetryNotice />
          </div>
        </QueryClientProvider>
      </MantineProvider>,
    );
    const status = screen.getByRole('status', { name: 'Retries' });
    await expect
      .poll(() => status.textContent)
      .toBe('Enterprise Manager did not answer in time. Trying again (attempt 2 of 3)…');
    release();
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(status).toHaveTextContent('');
  });
});
