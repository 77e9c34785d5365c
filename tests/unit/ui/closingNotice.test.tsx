import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Workspace } from '../../../src/store/workspace'
import { useDom } from '../support/renderDom'

// The page's side of the close handshake: main asks for a flush and waits; the person sees why.
const bridge = vi.hoisted(() => ({ flushListener: null as null | (() => Promise<void>) }))
vi.mock('../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/platform')>()
  return {
    ...real,
    platform: {
      ...real.platform,
      onFlushRequest: (listener: () => Promise<void>) => {
        bridge.flushListener = listener
        return () => {
          bridge.flushListener = null
        }
      },
    },
  }
})

const { ClosingNotice } = await import('../../../src/ui/ClosingNotice')
const { useAppCommands } = await import('../../../src/ui/useAppCommands')
const { WorkspaceProvider } = await import('../../../src/ui/WorkspaceContext')

function Shell() {
  const { closing } = useAppCommands()
  return <ClosingNotice open={closing} />
}

const dom = useDom()

function render(flush: () => Promise<void>) {
  dom.render(
    <WorkspaceProvider value={{ flush, saveViewport: () => undefined } as unknown as Workspace}>
      <Shell />
    </WorkspaceProvider>,
  )
}

describe('"Saving…" while the window closes', () => {
  it('shows while the close flush runs and goes when it has written', async () => {
    let finish: () => void = () => undefined
    render(() => new Promise<void>((resolve) => (finish = resolve)))
    expect(dom.host.textContent).toBe('')
    let answered: Promise<void> = Promise.resolve()
    act(() => {
      answered = bridge.flushListener!()
    })
    expect(dom.host.querySelector('[role="status"]')?.textContent).toBe('Saving your work before closing…')
    await act(async () => {
      finish()
      await answered
    })
    expect(dom.host.textContent).toBe('')
  })

  it('goes away after a failed flush too, and main hears the failure', async () => {
    render(async () => Promise.reject(new Error('disk full')))
    let answered: Promise<void> = Promise.resolve()
    act(() => {
      answered = bridge.flushListener!()
    })
    await act(async () => {
      await expect(answered).rejects.toThrow('disk full')
    })
    expect(dom.host.textContent).toBe('')
  })

  it('stays quiet when the window only loses focus, however long that flush takes', async () => {
    const flush = vi.fn(() => new Promise<void>(() => undefined))
    render(flush)
    await act(async () => {
      window.dispatchEvent(new Event('blur'))
    })
    expect(flush).toHaveBeenCalledOnce()
    expect(dom.host.textContent).toBe('')
  })
})
