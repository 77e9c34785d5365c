import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileDialogs, type DialogApi } from '../../../electron/main/files/dialogs'
import { setFileDialogLabels } from '../../../electron/main/menuLabels'
import nb from '../../../src/i18n/locales/nb.json'

type OpenOptions = Parameters<DialogApi['showOpenDialog']>[0]
type SaveOptions = Parameters<DialogApi['showSaveDialog']>[0]

// Electron's dialog module, as far as the dialogs use it: records what was asked and picks a fixed answer.
function fakeApi() {
  const opened: OpenOptions[] = []
  const saved: SaveOptions[] = []
  const api: DialogApi = {
    showOpenDialog: async (options) => (opened.push(options), { canceled: false, filePaths: ['/docs/plan.csv'] }),
    showSaveDialog: async (options) => (saved.push(options), { canceled: false, filePath: `/docs/out` }),
  }
  return { api, opened, saved, dialogs: createFileDialogs(api, () => '/docs') }
}

describe('the native file dialogs', () => {
  it('saves a Markdown export with the Markdown filter and the suggested name', async () => {
    const { dialogs, saved } = fakeApi()
    expect(await dialogs.pickSave('Onboarding – action plan.md', 'md')).toBe('/docs/out')
    expect(saved).toEqual([{ defaultPath: join('/docs', 'Onboarding – action plan.md'), filters: [{ name: 'Markdown files', extensions: ['md'] }] }])
  })

  it('keeps CSV and the map file to their own extensions', async () => {
    const { dialogs, saved } = fakeApi()
    await dialogs.pickSave('Plan.csv', 'csv')
    await dialogs.pickSave('Map.journey', 'journey')
    expect(saved.map((s) => s.filters)).toEqual([[{ name: 'CSV files', extensions: ['csv'] }], [{ name: 'Journeyboard maps', extensions: ['journey', 'json'] }]])
  })

  it('offers CSV files first when the plan imports actions, and the whole importer range for a map import', async () => {
    const { dialogs, opened } = fakeApi()
    expect(await dialogs.pickOpen('planCsv')).toBe('/docs/plan.csv')
    await dialogs.pickOpen('import')
    expect(opened[0]!.filters).toEqual([{ name: 'CSV files', extensions: ['csv'] }, { name: 'All files', extensions: ['*'] }])
    expect(opened[1]!.filters[0]!.extensions).toContain('md')
  })

  // Last: the labels stay set for the rest of this file.
  it('names the Markdown filter in the interface language once the page has sent it', async () => {
    setFileDialogLabels(nb.files.dialog)
    const { dialogs, saved } = fakeApi()
    await dialogs.pickSave('Plan.md', 'md')
    expect(saved[0]!.filters).toEqual([{ name: 'Markdown-filer', extensions: ['md'] }])
  })
})
