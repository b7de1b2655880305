import { describe, expect, it } from 'vitest';
import { externalLinkHosts, isAllowedExternalUrl } from '../../../electron/main/external-links';

const hosts = ['help.example.org'];

describe('isAllowedExternalUrl', () => {
  it('allows https to an allowlisted host', () => {
    expect(isAllowedExternalUrl('https://help.example.org/guide?lang=fr#start', hosts)).toBe(true);
  });

  it.each([
    ['plain http', 'http://help.example.org/guide'],
    ['a file URL', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(document.cookie)'],
    ['a data URL', 'data:text/html,<h1>hi</h1>'],
    ['a mail link', 'mailto:someone@help.example.org'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['an unknown host', 'https://evil.example/'],
    ['a look-alike subdomain', 'https://help.example.org.evil.example/'],
    ['a subdomain of an allowed host', 'https://x.help.example.org/'],
    ['credentials before the host', 'https://help.example.org@evil.example/'],
    ['credentials on the allowed host', 'https://user:pw@help.example.org/'],
    ['a non-default port', 'https://help.example.org:8443/'],
    ['the app origin', 'app://desk/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false);
  });

  it('matches host names regardless of case, as browsers do', () => {
    expect(isAllowedExternalUrl('https://HELP.Example.ORG/', hosts)).toBe(true);
  });

  it('ships an allowlist of exact lowercase host names', () => {
    for (const host of externalLinkHosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
