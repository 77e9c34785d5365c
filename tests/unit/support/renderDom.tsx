import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll } from 'vitest'
import { initI18n } from '../../../src/i18n'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

/**
 * Registers what every React test in happy-dom needs: act's environment flag, the English strings,
 * and after each test the unmount and removal of what it rendered. `cleanup` runs after the unmount,
 * so a store reset there cannot re-render a component outside act (vitest runs after-hooks in reverse).
 */
export function useDom(cleanup?: () => unknown) {
  let root: Root | null = null
  let host: HTMLDivElement | null = null

  beforeAll(async () => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    await initI18n()
  })

  afterEach(async () => {
    unmount()
    host?.remove()
    await cleanup?.()
  })

  function unmount() {
    act(() => root?.unmount())
    root = null
  }

  function attach(): HTMLDivElement {
    host = document.createElement('div')
    document.body.append(host)
    return host
  }

  return {
    /** The element the current test rendered into. */
    get host(): HTMLDivElement {
      if (!host) throw new Error('nothing rendered yet')
      return host
    },
    /** A fresh element on the page for this test, for tests that lay out their own wrappers. */
    attach,
    /** Renders into a fresh host, or into `into` (an element inside the host attached before). */
    render(node: ReactNode, into?: Element): HTMLDivElement {
      const target = into ?? attach()
      root = createRoot(target)
      act(() => root!.render(node))
      return host!
    },
    unmount,
  }
}

/** Lets what waits for an idle page (the side panel of a map that opens, the minimap) render. */
export function afterIdle(): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, 40)))
}
