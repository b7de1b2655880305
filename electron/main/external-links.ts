/**
 * Hosts the app may open in the user's browser. Exact host names, https only, default port.
 * Add a host here only for a page the app itself links to (help, project site).
 */
export const externalLinkHosts: readonly string[] = ['diasporadesk.org', 'www.diasporadesk.org'];

/** True for `https://<allowed host>/...` without credentials or a port; false for anything else. */
export function isAllowedExternalUrl(
  raw: string,
  allowedHosts: readonly string[] = externalLinkHosts,
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    allowedHosts.includes(url.hostname)
  );
}
