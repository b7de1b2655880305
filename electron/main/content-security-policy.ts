/**
 * The renderer's Content Security Policy, sent as a response header by the app protocol.
 * No remote code, no eval (WebAssembly compilation only), and the network reachable only at the
 * configured registry's origin. The web server of `npm run web` uses the same policy, with
 * loopback added because there the registry URL lives in the page's own settings.
 */
export function buildContentSecurityPolicy(
  registryUrl: string | null,
  extraConnectSources: readonly string[] = [],
): string {
  const registry = registryOrigin(registryUrl);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    ['connect-src', "'self'", ...(registry ? [registry] : []), ...extraConnectSources].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `https://host[:port]` of an http(s) URL; null for anything else, so nothing odd gets in. */
export function registryOrigin(registryUrl: string | null): string | null {
  if (registryUrl === null) return null;
  try {
    const url = new URL(registryUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}
