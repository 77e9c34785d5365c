import { execFileSync } from 'node:child_process'

// Reading an exported PDF as a viewer or a search index would: its pages' text, from poppler's
// pdfinfo and pdftotext (installed with poppler-utils).

/** Each page's text as pdftotext gives it, page 1 first. */
export function pageTexts(path: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }))
}

/** A page's lines as pdftotext gives them, without the embeddings (LRE, RLE, PDF) it wraps runs in. */
export const linesOf = (text: string) =>
  text
    .replace(/[\u202A-\u202E]/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

/** What a reader's eye follows, without the layout: bidi control marks and white space taken out. */
export const squeeze = (text: string) => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\s]/g, '')

export const persianDigits = (n: number | string) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)

/** A word pdftotext finds on a page and its box, in points from the page's top left. */
export interface WordBox {
  readonly text: string
  readonly xMin: number
  readonly yMin: number
  readonly xMax: number
  readonly yMax: number
}

/** The words of page `page` (from 1), with their boxes (pdftotext -bbox). */
export function pageWords(path: string, page: number): WordBox[] {
  const xhtml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', path, '-'], { encoding: 'utf8' })
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g)].map((m) => ({
    text: unescape(m[5]!),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }))
}

/** The text pdftotext finds inside a box of page `page` (points, whole points inward), as it reads it. */
export function textIn(path: string, page: number, box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }): string {
  const [x, y] = [Math.ceil(box.x), Math.ceil(box.y)]
  const [w, h] = [Math.floor(box.x + box.width) - x, Math.floor(box.y + box.height) - y]
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-r', '72', '-x', String(x), '-y', String(y), '-W', String(w), '-H', String(h), path, '-'], { encoding: 'utf8' })
}
