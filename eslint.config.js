// Layer rules (DESIGN.md "Architecture"): shared/ is isomorphic, the renderer never
// touches Node or Electron, and nothing imports "upwards" into a layer it must not know.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream',
  'zlib', 'worker_threads', 'http', 'https', 'net', 'events', 'buffer', 'process', 'module',
];
const noNode = nodeBuiltins.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.dbg/**', 'tests/e2e/output/**', 'out/**', 'bench/out/**', 'renderer/dist/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      // Sanitizing file names and text legitimately matches control characters.
      'no-control-regex': 'off',
      'import-x/no-cycle': ['error', { maxDepth: 3 }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...noNode, 'electron', 'react', 'react-dom'].map((name) => ({ name, message: 'shared/ is isomorphic: bytes in, bytes out.' })),
        patterns: [
          { group: ['**/electron/**', '**/renderer/**', '**/cli/**'], message: 'shared/ may not import from electron/, renderer/ or cli/.' },
          { group: ['node:*'], message: 'shared/ may not use Node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname', 'navigator', 'localStorage', 'fetch'],
      'no-console': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...noNode, 'electron'].map((name) => ({ name, message: 'The renderer reaches files only through the preload API.' })),
        patterns: [
          { group: ['**/electron/**', '**/cli/**'], message: 'renderer/ may not import from electron/ or cli/.' },
          { group: ['node:*'], message: 'renderer/ may not use Node built-ins.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/cli/**'], message: 'electron/ may not import from renderer/ or cli/.' }],
      }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'cli/ may not import from renderer/ or electron/.' }],
      }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'cli/bin/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
