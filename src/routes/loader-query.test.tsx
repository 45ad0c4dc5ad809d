import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { backupQueries } from '@/api/em/backups';
import { server } from '@/mocks/node';
import { renderRoute, signInToEm } from '@/test/render';

/** expect.poll gives up after 1 s by default; the page's own waits have the suite's 10 s. */
const POLL = { timeout: 10_000 };
const STUCK_ID = '00000000-0000-4000-8000-0000000000aa';

describe('an abandoned page stops fetching', () => {
  it("cancels the loader's requests when the user moves on before the page is ready", async () => {
    await signInToEm();
    const aborted: string[] = [];
    let arrived: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    server.use(
      http.get(`*/api/backups/${STUCK_ID}`, ({ request }) => {
        arrived();
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted.push(new URL(request.url).pathname);
            resolve(HttpResponse.json({}));
          });
        });
      }),
    );
    const { router, queryClient } = renderRoute('/backups');
    await screen.findByRole('heading', { level: 1, name: 'Backups' });

    void router.navigate(`/backups/${STUCK_ID}`);
    await reached;
    await router.navigate('/backups?q=other');

    await expect.poll(() => aborted, POLL).toEqual([`/api/backups/${STUCK_ID}`]);
    const state = queryClient.getQueryState(backupQueries.detail(STUCK_ID).queryKey);
    expect(state?.fetchStatus).toBe('idle');
    expect(state?.error).toBeNull();
  });
});
