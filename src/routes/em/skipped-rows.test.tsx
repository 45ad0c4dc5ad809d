import { screen, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers, server } from '@/mocks/node';
import { renderRoute, signInToEm } from '@/test/render';

describe('a list with one unreadable item', () => {
  it('shows the other rows and says what was left out', async () => {
    await signInToEm();
    server.use(
      http.get('*/api/query', async ({ request }) => {
        const response = await getResponse(handlers, request);
        if (new URL(request.url).searchParams.get('type') !== 'Backup' || !response?.ok) {
          return response;
        }
        const body = JSON.parse((await response.text()).replace(/^\uFEFF/, '')) as {
          Entities: { Backups: { Backups: Record<string, unknown>[] } };
        };
        const first = body.Entities.Backups.Backups[0];
        if (first) first.Name = { broken: true };
        return HttpResponse.json(body);
      }),
    );
    renderRoute('/backups');
    const table = await screen.findByRole('table', { name: 'Backups' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    const note = screen.getByRole('status', { name: '1 row could not be read' });
    expect(note).toHaveTextContent('[0].Name');
  });
});
