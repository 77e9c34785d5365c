import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const frameworks = ['react', 'react-dom', 'react-dom/*', 'konva', 'konva/*', 'react-konva', 'dexie', 'zustand', 'zustand/*', 'zundo', 'electron', 'i18next', 'react-i18next']
const frameworkRegex = `^(${frameworks.map((f) => f.replace('/*', '')).join('|')}|node:.*|fs|path)(/.*)?$`

/** Import patterns for the given src folders, by relative path: the folder itself (its index) and anything in it. */
const layers = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`])

/**
 * One no-restricted-imports entry per file set: a later config block replaces the rule's options
 * rather than adding to them, so every block repeats the renderer-wide ban on Electron and Node.
 */
const restrict = (...patterns) => [
  'error',
  { patterns: [{ regex: '^(electron|node:.*|fs|path|os|child_process)(/.*)?$', message: 'The renderer never touches Electron or Node: go through src/platform.' }, ...patterns] },
]

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'bench/results.json'] },
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
      'no-restricted-imports': restrict(),
    },
  },
  // Layers, bottom up: domain and format (pure) < drawing (what the board looks like, shared by the
  // board and the exports) < persistence < io and store < canvas and ui. A module two layers need
  // goes down to the lower one or into a shared module, never sideways or up.
  {
    // The pure core: no framework, no I/O. It must run anywhere (Node tests, a worker, a future server).
    files: ['src/domain/**/*.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: frameworkRegex, message: 'src/domain and src/format stay pure: no framework, storage, UI or Electron imports.' },
        { group: layers('drawing', 'store', 'persistence', 'canvas', 'ui', 'platform', 'io'), message: 'The pure core does not import the layers above it.' },
      ),
    },
  },
  {
    files: ['src/drawing/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: frameworkRegex, message: 'src/drawing is pure measurement and style, shared by the board and the exports: no framework.' },
        { group: layers('store', 'persistence', 'canvas', 'ui', 'platform', 'io'), message: 'src/drawing sits under the board and the exports: it imports only the domain.' },
      ),
    },
  },
  {
    files: ['src/persistence/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({ group: layers('store', 'ui', 'canvas', 'platform', 'io'), message: 'Persistence sits under the store, io and the UI: it never imports them.' }),
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({ group: layers('io', 'ui', 'canvas'), message: 'The store does not import io, the UI or the board: they call the store, not the other way round.' }),
    },
  },
  {
    files: ['src/io/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict({ group: layers('canvas', 'ui', 'store'), message: 'io does not import the board, the UI or the store: shared drawing rules live in src/drawing, and callers hand io what it needs.' }),
    },
  },
  {
    // The room's shared document: plain TypeScript on Yjs, run in Node tests and in the page alike.
    // It binds the store (binding.ts) and the editor's undo, and reads the domain and the format.
    files: ['src/room/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '^(react|react-dom|konva|react-konva|dexie)(/.*)?$', message: 'src/room is plain TypeScript on Yjs: no React, Konva or storage.' },
        { group: layers('ui', 'canvas', 'persistence', 'io', 'platform', 'drawing'), message: 'src/room may import the domain, the format, the store (to bind it) and editor/undo, nothing above.' },
        { regex: '(^|/)editor(/(?!undo$).*)?$', message: 'From the editor, src/room uses only editor/undo.' },
      ),
    },
  },
  {
    // The board editor is headless: React and Konva render it and forward events, never the reverse.
    files: ['src/editor/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '^(react|react-dom|konva|react-konva|dexie)(/.*)?$', message: 'src/editor is plain TypeScript, tested in Node: no React, Konva or storage.' },
        { group: layers('ui', 'persistence', 'io'), message: 'The editor works on the store it is given; it does not reach into the UI, storage or io.' },
      ),
    },
  },
  {
    // The room host runs in plain Node (npm run room, npm run web) as well as in Electron's main
    // process: no React, DOM, Electron or renderer layers, only the room's shared vocabulary.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(${frameworks.map((f) => f.replace('/*', '')).join('|')})(/.*)?$`, message: 'server/ is plain Node: no React, DOM, storage or Electron imports.' },
            // The pure layers (room vocabulary and mapping, domain, format) and the catalogues' words may be shared; nothing that draws or stores.
            { regex: '^(\\.\\./)+src/(?!(room|domain|format|i18n/locales)(/|$))', message: 'server/ shares only the pure layers of src/ (room, domain, format) and the catalogues.' },
            { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'server/ runs without Electron.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB'],
    },
  },
)
