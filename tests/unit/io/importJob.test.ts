import { describe, expect, it } from 'vitest'
import { exportJson, readImport } from '../../../src/io'
import { runImportJob, type ImportJobMessage } from '../../../src/io/importJob'
import { buildSampleDoc } from '../domain/helpers'
import { APP, TITLES, expectFailure, expectImported } from './helpers'

function run(request: unknown): ImportJobMessage[] {
  const posted: ImportJobMessage[] = []
  runImportJob(request as never, (message) => posted.push(message))
  return posted
}

describe('runImportJob: what the import worker does with one file', () => {
  it('tells its phases in order, then gives the same result as reading the file on the page', () => {
    const text = exportJson(buildSampleDoc().doc, APP)
    const posted = run({ name: 'sample.journey', text, titles: TITLES })
    expect(posted.map((m) => (m.kind === 'phase' ? m.phase : 'result'))).toEqual(['reading', 'checking', 'result'])
    const last = posted.at(-1)
    if (last?.kind !== 'result') expect.fail('no result')
    // The answer crosses to the page as a structured clone: it must survive one unchanged.
    expect(structuredClone(last.result)).toEqual(readImport('sample.journey', text, TITLES))
    expect(expectImported(last.result).source).toBe('journey')
  })

  it('reads Mermaid and refuses a broken file with the reader’s own error', () => {
    const mermaid = run({ name: 'Pasted text', text: 'journey\n  section A\n    Task: 3: Me\n', titles: TITLES }).at(-1)
    if (mermaid?.kind !== 'result') expect.fail('no result')
    expect(expectImported(mermaid.result).source).toBe('mermaid')
    const broken = run({ name: 'half.journey', text: '{"type": "journeyboard", ', titles: TITLES }).at(-1)
    if (broken?.kind !== 'result') expect.fail('no result')
    expect(expectFailure(broken.result).kind).toBe('notJson')
  })

  it('answers a malformed request instead of throwing', () => {
    for (const request of [null, 42, { name: 'x' }, { name: 'x', text: 7, titles: TITLES }, { name: 'x', text: '{}', titles: null }]) {
      const posted = run(request)
      const last = posted.at(-1)
      if (last?.kind !== 'result') expect.fail('no result')
      expect(expectFailure(last.result).kind).toBe('notJson')
    }
  })
})
