import { useCallback, useEffect, useRef, useState } from 'react';

export interface LeaveGuard {
  /** The link the person tried to follow while changes were unsaved, awaiting their answer. */
  readonly pendingHref: string | null;
  readonly stay: () => void;
  readonly leave: () => void;
  /** Lets the next navigation through (after a successful save). */
  readonly release: () => void;
}

function inAppLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return null;
  const anchor = (event.target as Element | null)?.closest?.('a[href^="#"]');
  return anchor instanceof HTMLAnchorElement ? anchor : null;
}

/**
 * While `dirty`, following a link inside the app asks first (the answer is the caller's dialog),
 * and closing or reloading the window gets the browser's own warning.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const [pendingHref, setPendingHref] = useState<string | null>(null);
  const released = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const onClick = (event: MouseEvent) => {
      const anchor = inAppLink(event);
      if (anchor === null || released.current) return;
      const href = anchor.getAttribute('href');
      if (href === null || href === window.location.hash) return;
      event.preventDefault();
      setPendingHref(href);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!released.current) event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
  const stay = useCallback(() => setPendingHref(null), []);
  const leave = useCallback(() => {
    released.current = true;
    const href = pendingHref;
    setPendingHref(null);
    if (href !== null) window.location.hash = href;
  }, [pendingHref]);
  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { pendingHref, stay, leave, release };
}
