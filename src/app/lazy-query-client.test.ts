import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { lazyQueryClient } from './lazy-query-client';

describe('the lazily created query client', () => {
  it('is created once, on the first load, and tells its subscribers then', async () => {
    let created = 0;
    const lazy = lazyQueryClient(() => {
      created += 1;
      return Promise.resolve(new QueryClient());
    });
    let told = 0;
    lazy.subscribe(() => {
      told += 1;
    });
    expect(lazy.current()).toBeNull();
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(second).toBe(first);
    expect(await lazy.load()).toBe(first);
    expect(lazy.current()).toBe(first);
    expect({ created, told }).toEqual({ created: 1, told: 1 });
  });

  it('tries again after a failed load (its code did not arrive)', async () => {
    const client = new QueryClient();
    const answers = [Promise.reject(new Error('Failed to fetch')), Promise.resolve(client)];
    const lazy = lazyQueryClient(
      () => answers.shift() ?? Promise.reject(new Error('asked too often')),
    );
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.current()).toBeNull();
    expect(await lazy.load()).toBe(client);
  });

  it("loads the app's own client by default", async () => {
    const client = await lazyQueryClient().load();
    expect(client.getDefaultOptions().queries?.staleTime).toBe(60_000);
  });
});
