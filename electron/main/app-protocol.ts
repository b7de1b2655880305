import { protocol, type Privileges } from 'electron';
import { APP_SCHEME } from './app-origin';
import { createAppRequestHandler, type AppProtocolOptions } from './app-request-handler';

export { createAppRequestHandler, type AppProtocolOptions };

/**
 * `app://` behaves like https for the renderer (secure context, fetch, code cache) but does not
 * bypass the CSP, has no service workers and no CORS access from elsewhere.
 */
export const appSchemePrivileges: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
};

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);
}

/** Serves the renderer on `app://desk/`. Call once the app is ready. */
export function serveAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(options));
}
