// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Node built-ins by bare name and with the node: prefix. */
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'zlib',
  'stream',
  'worker_threads',
  'process',
  'buffer',
];

/**
 * The same list as an anchored regex: `group` patterns use gitignore rules, where a bare name
 * matches any path segment, so `crypto` also caught the project's own `../crypto/seal`.
 */
const nodeBuiltinRegex = `^(?:node:.*|(?:${nodeBuiltins
  .filter((name) => !name.includes('*'))
  .join('|')})(?:/.*)?)$`;

const noOsInBrowserZones = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message:
        'The renderer and shared/ never touch Electron: go through window.desktop (shared/ipc).',
    },
    {
      regex: nodeBuiltinRegex,
      message:
        'No Node built-ins here: this zone runs in the browser sandbox (renderer) or must stay pure (shared).',
    },
  ],
};

const domGlobals = Object.keys(globals.browser).filter(
  (name) => !(name in globals.node) && !(name in globals.es2021),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      '.tsbuild/',
      'reports/',
      'test-results/',
      'bench/results/',
      'registry/data/',
      'registry/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', noOsInBrowserZones],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: globals.es2021 },
    rules: {
      'no-restricted-imports': ['error', noOsInBrowserZones],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'shared/ is pure: no DOM.' })),
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'The main process has no DOM.' })),
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: nodeBuiltinRegex, message: 'The preload is sandboxed: no Node built-ins.' },
            {
              group: ['zod', '**/contract', '**/shared/ipc/contract'],
              allowTypeImports: true,
              message: 'Keep zod out of the preload: import the channel list, not the schemas.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'registry/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      'bench/**/*.ts',
      'tests/**/*.ts',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
