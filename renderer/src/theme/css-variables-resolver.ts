import type { CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's default dimmed and error colours are too light on white for WCAG AA (4.5:1);
 * descriptions and error messages must stay readable, so both take darker shades.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7],
    '--mantine-color-error': theme.colors.red[8],
  },
  dark: {},
});
