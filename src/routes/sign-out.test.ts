import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { signInM365 } from '@/api/m365/auth';
import { session, sourceKey } from '@/api/session';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { createQueryClient } from '@/app/query-client';
import { server } from '@/mocks/node';
import { signInToEm } from '@/test/render';
import { vmIndexStore } from './em/vms/vm-index-store';
import { signOut } from './sign-out';

/** A query client holding data of both servers, as after browsing both. */
function clientWithDataOfBoth() {
  const client = createQueryClient();
  client.setQueryData([...sourceKey('em'), 'backups'], ['SQL Daily']);
  client.setQueryData([...sourceKey('em'), 'backup', 'b1'], { name: 'SQL Daily' });
  client.setQueryData([...sourceKey('m365'), 'v8', 'organizations'], ['Contoso']);
  return client;
}
const cached = (client: ReturnType<typeof createQueryClient>) =>
  client
    .getQueryCache()
    .getAll()
    .map((query) => query.queryKey.join('/'));

describe('signing out', () => {
  it("drops that server's cached data and keeps the other's", async () => {
    await signInToEm();
    const client = clientWithDataOfBoth();
    await signOut('em', client);
    expect(session.get('em')).toBeNull();
    expect(cached(client)).toEqual(['m365/v8/organizations']);

    const { username, password } = DEMO_CREDENTIALS.m365;
    await signInM365(username, password);
    await signOut('m365', client);
    expect(cached(client)).toEqual([]);
  });

  it('drops the cached data even when the server cannot end the session', async () => {
    await signInToEm();
    server.use(http.delete('*/api/logonSessions/:id', () => HttpResponse.error()));
    const client = clientWithDataOfBoth();
    await signOut('em', client).catch(() => undefined);
    expect(session.get('em')).toBeNull();
    expect(cached(client)).toEqual(['m365/v8/organizations']);
  });

  it("deletes that user's stored VM-name index when signing out of Enterprise Manager", async () => {
    await signInToEm();
    const userName = session.get('em')?.userName;
    const forget = vi.spyOn(vmIndexStore, 'forget');
    await signOut('em', createQueryClient());
    expect(userName).toBe(DEMO_CREDENTIALS.em.username);
    expect(forget.mock.calls).toEqual([[userName]]);
  });
});
