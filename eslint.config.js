// Layer rules (DESIGN.md "Architecture"): shared/ is isomorphic, the renderer never
// touches Node or Electron, and nothing imports "upwards" into a layer it must not know.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream',
  'zlib', 'worker_threads', 'http', 'https', 'net', 'events', 'buffer', 'process', 'module',
];
const noNode = nodeBuiltins.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  // tests/fixtures/lint/ holds files that break the rules on purpose: tests/lint.test.ts lints
  // them and expects the errors, so the guards below are proven to fire.
  { ignores: ['node_modules/**', 'dist/**', '.dbg/**', 'tests/e2e/output/**', 'out/**', 'bench/out/**', 'renderer/dist/**', '**/*.d.ts', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // Without a resolver import-x cannot follow './engine' to engine.ts, and no-cycle never fires.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
      // …and without a TypeScript parser for the files it follows, it cannot read their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
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
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/cli/**'], message: 'electron/ may not import from renderer/ or cli/.' }],
      }],
    },
  },
  {
    // The sandboxed preload: contextBridge, ipcRenderer and the IPC contract, nothing of Node.
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: noNode.map((name) => ({ name, message: 'The preload runs sandboxed: no Node built-ins.' })),
        patterns: [
          { group: ['node:*'], message: 'The preload runs sandboxed: no Node built-ins.' },
          { group: ['**/renderer/**', '**/cli/**', '**/node/**', '**/electron/main/**'], message: 'The preload imports only electron and shared/ipc.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
    },
  },
  {
    // The Node layer shared by the command line and the app's main process.
    files: ['node/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'node/ serves the command line too: no Electron.' }],
        patterns: [{ group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'node/ may not import from renderer/, electron/ or cli/.' }],
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
