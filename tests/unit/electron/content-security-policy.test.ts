import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  registryOrigin,
} from '../../../electron/main/content-security-policy';

/** `directive -> sources` of a CSP header value. */
function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const registry = 'https://registry.diaspora.gov.example:8443/api/v1';
const withRegistry = directives(buildContentSecurityPolicy(registry));
const withoutRegistry = directives(buildContentSecurityPolicy(null));

describe('buildContentSecurityPolicy', () => {
  it('sets the whole strict policy', () => {
    expect(Object.fromEntries(withRegistry)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'connect-src': ["'self'", 'https://registry.diaspora.gov.example:8443'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('never allows eval, inline scripts or remote scripts', () => {
    const scripts = withRegistry.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.filter((source) => /^(https?:|\*|data:|blob:)/.test(source))).toEqual([]);
  });

  it('names no remote origin anywhere except the registry in connect-src', () => {
    for (const [name, sources] of withRegistry) {
      const remote = sources.filter((source) => /^(https?:|wss?:|\*)/.test(source));
      expect(remote, name).toEqual(
        name === 'connect-src' ? ['https://registry.diaspora.gov.example:8443'] : [],
      );
    }
  });

  it("keeps connect-src to the app's own origin when no registry is configured", () => {
    expect(withoutRegistry.get('connect-src')).toEqual(["'self'"]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    "https://x.example; script-src 'unsafe-eval' *",
    'not a url',
  ])('ignores a registry value that is not an http(s) origin: %s', (value) => {
    const csp = directives(buildContentSecurityPolicy(value));
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const source of csp.get('connect-src') ?? []) {
      expect(source === "'self'" || /^https:\/\/[a-z0-9.%-]+$/.test(source)).toBe(true);
    }
  });
});

describe('registryOrigin', () => {
  it('keeps scheme, host and port and drops path, query and credentials', () => {
    expect(registryOrigin('https://user:pw@reg.example.org/sync?x=1')).toBe(
      'https://reg.example.org',
    );
    expect(registryOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });

  it('gives nothing for a missing or non-http registry', () => {
    expect(registryOrigin(null)).toBeNull();
    expect(registryOrigin('ftp://reg.example.org')).toBeNull();
  });
});
