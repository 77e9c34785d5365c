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
