import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { onAppCommand } from '../../../src/platform/commands'
import { appStore, loadDoc } from '../../../src/store'
import type { Workspace } from '../../../src/store/workspace'
import { StorageBanner } from '../../../src/ui/StorageBanner'
import { WorkspaceProvider } from '../../../src/ui/WorkspaceContext'
import { useDom } from '../support/renderDom'


const dom = useDom(() => appStore.getState().patchWorkspace({ saveStatus: 'saved', saveError: null }))

function render(flush = vi.fn(async () => undefined)) {
  const map = createMap(newId<WorkshopId>(), 'Banner')
  loadDoc(appStore, createStarterDoc(map, { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] }))
  dom.render(
    <WorkspaceProvider value={{ flush } as unknown as Workspace}>
      <StorageBanner />
    </WorkspaceProvider>,
  )
  return { flush }
}

describe('the storage banner', () => {
  it('stays away while saves succeed', () => {
    render()
    expect(dom.host.textContent).toBe('')
  })

  it('says a save failed, with the reason, and offers a retry and a file', async () => {
    const { flush } = render()
    const commands: string[] = []
    const stop = onAppCommand((command) => commands.push(command))
    act(() => appStore.getState().patchWorkspace({ saveStatus: 'failed', saveError: 'QuotaExceededError: the disk is full' }))

    const alert = dom.host.querySelector('[role="alert"]')
    expect(alert?.textContent).toContain('QuotaExceededError: the disk is full')
    const buttons = [...dom.host.querySelectorAll('button')]
    act(() => buttons.find((b) => b.textContent === 'Try again')!.click())
    expect(flush).toHaveBeenCalledTimes(1)
    act(() => buttons.find((b) => b.textContent === 'Save to file')!.click())
    expect(commands).toEqual(['saveFileAs'])
    stop()
  })

  it('explains a read-only database without offering a retry', () => {
    render()
    act(() => appStore.getState().patchWorkspace({ saveStatus: 'readonly' }))
    expect(dom.host.textContent).toContain('newer version of Journeyboard')
    expect([...dom.host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save to file'])
  })
})
