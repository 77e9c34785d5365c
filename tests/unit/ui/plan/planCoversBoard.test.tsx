import { act, useRef } from 'react'
import { describe, expect, it } from 'vitest'
import { useEditorEvents } from '../../../../src/canvas/useEditorEvents'
import { BoardEditor } from '../../../../src/editor'
import { appStore } from '../../../../src/store'
import { useDom } from '../../support/renderDom'
import { planMap } from './planFixtures'

const dom = useDom()

/** The board's key handling alone, on the app store, as the Board mounts it. */
function Keys({ editor }: { editor: BoardEditor }) {
  const wrapper = useRef<HTMLDivElement>(null)
  useEditorEvents(editor, wrapper, () => {})
  return <div ref={wrapper} />
}

const press = (init: KeyboardEventInit) => act(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })))

describe('the board under the open plan', () => {
  it('ignores Delete while the plan covers it, and takes it again once the plan is closed', () => {
    const { label } = planMap()
    dom.render(<Keys editor={new BoardEditor({ store: appStore })} />)
    act(() => {
      appStore.getState().select([label.id])
      appStore.getState().setPlan({ open: true })
    })
    press({ key: 'Delete' })
    expect(appStore.getState().doc!.cards[label.id]).toBeDefined()
    act(() => appStore.getState().setPlan({ open: false }))
    press({ key: 'Delete' })
    expect(appStore.getState().doc!.cards[label.id]).toBeUndefined()
  })
})
