import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const frameworks = ['react', 'react-dom', 'react-dom/*', 'konva', 'konva/*', 'react-konva', 'dexie', 'zustand', 'zustand/*', 'zundo', 'electron', 'i18next', 'react-i18next']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(electron|node:.*|fs|path|os|child_process)(/.*)?$', message: 'The renderer never touches Electron or Node: go through src/platform.' }] },
      ],
    },
  },
  {
    // The pure core: no framework, no I/O. It must run anywhere (Node tests, a worker, a future server).
    files: ['src/domain/**/*.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(${frameworks.map((f) => f.replace('/*', '')).join('|')}|node:.*|fs|path)(/.*)?$`, message: 'src/domain and src/format stay pure: no framework, storage, UI or Electron imports.' },
            { group: ['**/store/**', '**/persistence/**', '**/canvas/**', '**/ui/**', '**/platform/**', '**/io/**'], message: 'The pure core does not import the layers above it.' },
          ],
        },
      ],
    },
  },
)
