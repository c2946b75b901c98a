// Layers by runtime (VS Code / Signal style): the folder says where code may run, and these rules enforce it.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads']
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' }
const noNode = { group: nodeBuiltins, message: 'This layer runs without Node.js: no node: imports.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'electron/core/db/migrations/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, { group: ['react', 'react-dom', 'antd'], message: 'shared/ is UI-free.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    // the sandboxed preload may use only electron's renderer-side modules and shared/ (bundled)
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noNode, { group: ['../core/*', '../core', '../main/*', '../host/*', '../cli/*'], message: 'The preload sees only electron and shared/.' }] },
      ],
    },
  },
  {
    // pure rules of the main process, tested under plain Node: electron only as types
    files: ['electron/main/guards.ts', 'electron/main/window.factory.ts', 'electron/main/menu.template.ts', 'electron/main/startup.options.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Pure main-process rules import electron as types only.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/launcher/**/*.mjs', 'tests/**/*.ts', '*.config.{ts,mts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
)
