import { describe, expect, it } from 'vitest'
import { CommitInput } from '../../../src/ui/CommitInput'
import { CommitLines } from '../../../src/ui/CommitLines'
import { OneLine } from '../../../src/ui/OneLine'
import { useDom } from '../support/renderDom'

const dom = useDom()

// English step names inside the Persian interface: each text is isolated and runs in its own
// direction, so "Pay (2 min)." keeps its brackets and full stop where the person typed them.
describe("a person's text keeps its own direction", () => {
  it('isolates a title or name shown on one line', () => {
    dom.render(
      <div dir="rtl">
        <OneLine text="Pay (2 min)." />
      </div>,
    )
    const line = dom.host.querySelector('.one-line')
    expect(line?.textContent).toBe('Pay (2 min).')
    // On the element that cuts it, so the ellipsis lands at the text's end, not its start.
    expect(line?.getAttribute('dir')).toBe('auto')
  })

  it('lets the outline fields follow their text', () => {
    dom.render(
      <div dir="rtl">
        <CommitInput aria-label="step" value="Pay (2 min)." onCommit={() => {}} />
        <CommitLines aria-label="card" value="Sees an ad." onCommit={() => {}} />
      </div>,
    )
    expect(dom.host.querySelector('input')?.getAttribute('dir')).toBe('auto')
    expect(dom.host.querySelector('textarea')?.getAttribute('dir')).toBe('auto')
  })
})
