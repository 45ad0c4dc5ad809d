import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { session } from '@/api/session';
import { DEMO_CREDENTIALS } from '@/config/demo-accounts';
import { loadPages, renderRoute, signInToEm } from '@/test/render';

beforeAll(async () => {
  await loadPages('/login', '/backups', '/overview');
});

describe('signing in', () => {
  it("drops that server's cached data and keeps the other's", async () => {
    await signInToEm();
    const previous = session.get('em')?.token;
    const { router, queryClient } = renderRoute('/backups');
    await screen.findByRole('heading', { level: 1, name: 'Backups' });
    queryClient.setQueryData(['em', 'left-over'], 'the last session’s data');
    queryClient.setQueryData(['m365', 'left-over'], 'the other server’s data');

    await router.navigate('/login');
    const { username, password } = DEMO_CREDENTIALS.em;
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'User name' }), username);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    expect(session.get('em')?.token).not.toBe(previous);
    expect(queryClient.getQueryData(['em', 'left-over'])).toBeUndefined();
    expect(queryClient.getQueryData(['m365', 'left-over'])).toBe('the other server’s data');
  });
});
