import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';
import { ApiError } from './errors';

const httpError = (status: number, source: 'em' | 'm365' = 'em') =>
  new ApiError({ kind: 'http', source, status, message: '' });

describe('describeError', () => {
  it('says a gateway error comes from the proxy, naming the server and the certificate', () => {
    for (const status of [502, 504]) {
      const { title, message } = describeError(httpError(status));
      expect(title).toBe(`Enterprise Manager did not answer the proxy (${String(status)})`);
      expect(message).toContain('does not trust its TLS certificate');
    }
    expect(describeError(httpError(502, 'm365')).title).toBe(
      'Veeam Backup for Microsoft 365 did not answer the proxy (502)',
    );
  });

  it('keeps the general wording for other server errors', () => {
    expect(describeError(httpError(500)).title).toBe('The server had a problem (500)');
    expect(describeError(httpError(503)).title).toBe('The server had a problem (503)');
  });
});
