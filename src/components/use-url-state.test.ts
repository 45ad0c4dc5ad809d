import { describe, expect, it } from 'vitest';
import { RequestedUrls } from './use-url-state';

const url = (query: string) => new URLSearchParams(query);

describe('the URLs a page asked for', () => {
  it('builds on the newest one asked for, rendered or not', () => {
    const urls = new RequestedUrls(url('org=a'));
    urls.ask(url('org=a&longTerm=yes'));
    expect(urls.newest().toString()).toBe('org=a&longTerm=yes');
  });

  it('keeps a later change when the render of an earlier one lands first', () => {
    // Organization chosen, then long-term copies before the first render: the router
    // renders the two navigations one after the other.
    const urls = new RequestedUrls(url(''));
    urls.ask(url('org=a'));
    urls.ask(url('org=a&longTerm=yes'));
    urls.render(url('org=a'));
    expect(urls.newest().toString()).toBe('org=a&longTerm=yes');
    urls.render(url('org=a&longTerm=yes'));
    expect(urls.newest().toString()).toBe('org=a&longTerm=yes');
  });

  it('follows a navigation it did not ask for (Back, a link), dropping what it asked for', () => {
    const urls = new RequestedUrls(url('org=a'));
    urls.ask(url('org=a&page=2'));
    urls.render(url('org=b'));
    expect(urls.newest().toString()).toBe('org=b');
  });
});
