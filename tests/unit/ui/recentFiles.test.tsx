import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { OpenFileResult, RecentFileEntry } from '../../../electron/shared/ipc'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'

// The desktop bridge as the page sees it: recent files come with ids and folder names, no paths.
const files = vi.hoisted(() => ({
  list: [] as RecentFileEntry[],
  openRecent: vi.fn(async (_id: string): Promise<OpenFileResult> => ({ kind: 'cancelled' })),
}))
vi.mock('../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/platform')>()
  return {
    ...real,
    platform: {
      ...real.platform,
      kind: 'electron',
      appInfo: async () => ({ name: 'Journeyboard', version: '1.2.3', platform: 'linux' }),
      files: { ...real.platform.files, native: true, recent: async () => files.list, openRecent: files.openRecent },
    },
  }
})

const { RecentFiles } = await import('../../../src/ui/files/RecentFiles')
const { AboutDialog } = await import('../../../src/ui/AboutDialog')

const dom = useDom()

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

describe('recent files on the workshop list', () => {
  it('shows each file by name and folder, and opens it by the id main gave', async () => {
    files.list = [
      { id: 'a1', name: 'Onboarding.journey', folder: 'Workshops' },
      { id: 'b2', name: 'Onboarding.journey', folder: 'Archive' },
    ]
    dom.render(<RecentFiles />)
    await settle()
    const buttons = [...dom.host.querySelectorAll('button')]
    expect(buttons.map((b) => b.textContent)).toEqual([`Onboarding.journeyin ${isolated('Workshops')}`, `Onboarding.journeyin ${isolated('Archive')}`])
    expect(buttons[1]!.title).toBe(`Onboarding.journey\nin ${isolated('Archive')}`)
    await act(async () => buttons[1]!.click())
    expect(files.openRecent).toHaveBeenCalledWith('b2')
  })
})

describe('the About dialog', () => {
  it('names the data folder the way the person would type it, not an absolute path', async () => {
    dom.render(<AboutDialog open onClose={() => undefined} />)
    await settle()
    expect(dom.host.textContent).toContain(`Version ${isolated('1.2.3')}`)
    expect(dom.host.textContent).toContain('~/.config/Journeyboard')
  })
})
