import { afterEach, describe, expect, it, vi } from 'vitest'
import { browserFiles } from '../../../src/platform/browserFiles'

afterEach(() => vi.restoreAllMocks())

describe('files in a browser', () => {
  it('downloads a Markdown export as text/markdown under its name', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:plan'))
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    expect(await browserFiles().exportFile('md', 'Onboarding – action plan.md', '# Plan\n- [ ] Call back\n')).toEqual({ kind: 'saved', token: '', name: 'Onboarding – action plan.md' })
    expect(names).toEqual(['Onboarding – action plan.md'])
    expect(blobs[0]!.type).toBe('text/markdown;charset=utf-8')
    expect(await blobs[0]!.text()).toBe('# Plan\n- [ ] Call back\n')
  })

  it('lets the plan pick only CSV files', () => {
    const accepts: string[] = []
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      accepts.push(this.accept)
    })
    void browserFiles().open('planCsv')
    expect(accepts).toEqual(['.csv,text/csv'])
  })
})
