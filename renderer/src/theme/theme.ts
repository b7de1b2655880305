import { createTheme } from '@mantine/core';

/** Latin first, then the bundled Arabic and Ethiopic faces, then whatever the system has. */
export const fontStack =
  "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Ethiopic', system-ui, -apple-system, 'Segoe UI', sans-serif";

export const theme = createTheme({
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  primaryColor: 'blue',
  // Shade 8 keeps white-on-primary and primary-on-white text above WCAG AA contrast.
  primaryShade: 8,
  autoContrast: true,
});
