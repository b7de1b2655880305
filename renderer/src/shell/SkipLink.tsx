import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

export const mainContentId = 'main-content';

/** First stop for keyboard users: jumps past the header and navigation to the screen. */
export function SkipLink() {
  const { t } = useTranslation();
  // The hash is the router's, so move focus by hand instead of following the link.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(mainContentId)?.focus();
  };
  return (
    <a className={classes.skipLink} href={`#${mainContentId}`} onClick={skip}>
      {t('shell.skipToContent')}
    </a>
  );
}
