import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { isAllowedExternalUrl } from './external-links';
import { errorKind, mainLog } from './main-log';

export interface GuardOptions {
  /** Opens a URL in the user's browser (shell.openExternal in production). */
  openExternal: (url: string) => Promise<void>;
  /** Decides which external links may be opened at all. */
  isAllowedExternalUrl: (url: string) => boolean;
}

const defaultOptions: GuardOptions = {
  openExternal: (url) => shell.openExternal(url),
  isAllowedExternalUrl: (url) => isAllowedExternalUrl(url),
};

/** Opens an allowlisted link outside the app; anything else is dropped. */
function openOutside(url: string, options: GuardOptions): void {
  if (!options.isAllowedExternalUrl(url)) {
    mainLog.warn('guard.external-link-refused');
    return;
  }
  options.openExternal(url).catch((error: unknown) => {
    mainLog.error('guard.open-external-failed', { error: errorKind(error) });
  });
}

/** Every permission (camera, notifications, geolocation, USB, ...) is refused, asked or checked. */
export function applySessionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Hardens one web contents: it may only ever show the app's origin, opens no windows, attaches
 * no webviews, and hands allowlisted links to the browser. Applied to every web contents created.
 */
export function applyWebContentsGuards(
  contents: WebContents,
  options: GuardOptions = defaultOptions,
): void {
  const stayInApp = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  // A link clicked in the page: refused here, opened in the browser if allowlisted.
  contents.on('will-navigate', (event) => {
    stayInApp(event);
    if (!isAppUrl(event.url)) openOutside(event.url, options);
  });
  // Also fires for the main frame: refuse only, so a link does not open twice.
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, options);
    return { action: 'deny' };
  });
  applySessionGuards(contents.session);
}
