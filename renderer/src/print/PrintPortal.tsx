import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import classes from './PrintPortal.module.css';

/**
 * What the printer gets: `children` rendered straight under <body>, hidden on screen, and in
 * print media the only thing shown (the app's shell, navigation and dialogs are left out).
 */
export function PrintPortal({ children }: { children: ReactNode }) {
  return createPortal(
    <div className={classes.printRoot} data-print-root="">
      {children}
    </div>,
    document.body,
  );
}
