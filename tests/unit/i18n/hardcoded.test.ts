import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every word a person reads comes from the catalogues, or Persian, Turkish and Norwegian screens
// end up with English holes. This reads each component with the TypeScript compiler and flags
// JSX text with letters, and literal text in the attributes people read (or hear from a screen
// reader). Text built with t(...) passes; so does a literal that only holds the words below.

/**
 * Words allowed in literal UI text, and why. Keep it short: anything a person should read in
 * their own language belongs in the catalogues instead.
 */
const ALLOWED_WORDS = new Set([
  // Keyboard key names as printed on keys and in every platform's shortcut notation.
  'Ctrl',
  'Cmd',
  'Shift',
  'Alt',
  'Option',
  'Esc',
  'Enter',
  'Tab',
  'Del',
  'Delete',
  'Backspace',
  'Space',
  'PgUp',
  'PgDn',
  'Home',
  'End',
  // Single letters in shortcuts (Ctrl+Z) are matched by the rule below, not listed here.
])

/** Attributes whose text a person reads or hears. */
const USER_FACING = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label', 'text'])

/** True when `text` says something in a human language: letters left after removing key names and single-letter keys. */
function hasWords(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}\p{M}]*/gu) ?? []
  return words.some((word) => !ALLOWED_WORDS.has(word) && !/^[A-Z]$/.test(word))
}

interface Violation {
  readonly file: string
  readonly line: number
  readonly text: string
}

/** Literal pieces of an attribute's value that do not come from a call such as t(...). */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text]
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
  if (ts.isJsxExpression(node)) return node.expression ? literalTexts(node.expression) : []
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression)
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)]
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...literalTexts(node.left), ...literalTexts(node.right)]
  }
  return []
}

function scan(file: string, source: string): Violation[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: Violation[] = []
  const report = (node: ts.Node, text: string) => found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() })
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text)
    // {'Some words'} as a child of an element is JSX text too.
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const text of literalTexts(node)) if (hasWords(text)) report(node, text)
    }
    if (ts.isJsxAttribute(node) && USER_FACING.has(node.name.getText(sf)) && node.initializer) {
      for (const text of literalTexts(node.initializer)) if (hasWords(text)) report(node, `${node.name.getText(sf)}=${JSON.stringify(text)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const FILES = import.meta.glob<string>('../../../src/**/*.tsx', { query: '?raw', import: 'default', eager: true })

describe('UI text comes from the catalogues', () => {
  it('finds the components to scan', () => {
    expect(Object.keys(FILES).length).toBeGreaterThan(10)
  })

  it('has no literal words in JSX text or user-facing attributes', () => {
    const violations = Object.entries(FILES).flatMap(([path, source]) => scan(path.replace(/^(\.\.\/)+/, ''), source))
    expect(violations.map((v) => `${v.file}:${v.line} ${v.text}`)).toEqual([])
  })

  it('catches what it is meant to catch', () => {
    const sample = `
      const a = <p>Hello</p>
      const b = <button aria-label="Close" title={\`Undo (\${t('x')})\`} />
      const c = <input placeholder={cond ? 'Search' : t('y')} />
      const d = <span>{'Plain words'}</span>
      const ok = <button aria-label={t('k')} title={\`\${t('history.undo')} (Ctrl+Shift+Z)\`}>{t('k')} · 42 ({n})</button>
    `
    expect(scan('sample.tsx', sample).map((v) => v.text)).toEqual(['Hello', 'aria-label="Close"', 'title="Undo ("', 'placeholder="Search"', 'Plain words'])
  })
})
