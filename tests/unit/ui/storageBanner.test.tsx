import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { initI18n } from '../../../src/i18n'
import { appStore, loadDoc } from '../../../src/store'
import type { Workspace } from '../../../src/store/workspace'
import { StorageBanner } from '../../../src/ui/StorageBanner'
import { WorkspaceProvider } from '../../../src/ui/WorkspaceContext'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

let root: Root | null = null
let host: HTMLElement | null = null

beforeAll(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  await initI18n()
})

afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = null
  appStore.getState().patchWorkspace({ saveStatus: 'saved', saveError: null })
})

function render(flush = vi.fn(async () => undefined)) {
  const map = createMap(newId<WorkshopId>(), 'Banner')
  loadDoc(appStore, createStarterDoc(map, { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] }))
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() =>
    root!.render(
      <WorkspaceProvider value={{ flush } as unknown as Workspace}>
        <StorageBanner />
      </WorkspaceProvider>,
    ),
  )
  return { flush }
}

describe('the storage banner', () => {
  it('stays away while saves succeed', () => {
    render()
    expect(host!.textContent).toBe('')
  })

  it('says a save failed, with the reason, and offers a retry and a file', async () => {
    const { flush } = render()
    const commands: string[] = []
    const onCommand = (e: Event) => commands.push((e as CustomEvent<string>).detail)
    window.addEventListener('journeyboard:command', onCommand)
    act(() => appStore.getState().patchWorkspace({ saveStatus: 'failed', saveError: 'QuotaExceededError: the disk is full' }))

    const alert = host!.querySelector('[role="alert"]')
    expect(alert?.textContent).toContain('QuotaExceededError: the disk is full')
    const buttons = [...host!.querySelectorAll('button')]
    act(() => buttons.find((b) => b.textContent === 'Try again')!.click())
    expect(flush).toHaveBeenCalledTimes(1)
    act(() => buttons.find((b) => b.textContent === 'Save to file')!.click())
    expect(commands).toEqual(['saveFileAs'])
    window.removeEventListener('journeyboard:command', onCommand)
  })

  it('explains a read-only database without offering a retry', () => {
    render()
    act(() => appStore.getState().patchWorkspace({ saveStatus: 'readonly' }))
    expect(host!.textContent).toContain('newer version of Journeyboard')
    expect([...host!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save to file'])
  })
})
