import { act, useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../../src/i18n'
import { useStableTranslation } from '../../../src/i18n/stableTranslation'
import { useDom } from '../support/renderDom'

const dom = useDom()
afterEach(async () => {
  await act(() => i18n.changeLanguage('en'))
})

let renders = 0
let lastT: unknown = null
function StepName() {
  renders++
  const { t } = useStableTranslation()
  lastT = t
  return <span>{t('board.untitledStep')}</span>
}

describe('the board layers’ translation hook', () => {
  it('shows the words of the language chosen, and follows a change of it', async () => {
    await act(() => i18n.changeLanguage('en'))
    dom.render(<StepName />)
    expect(dom.host.textContent).toBe(i18n.getFixedT('en')('board.untitledStep'))
    await act(() => i18n.changeLanguage('nb'))
    expect(dom.host.textContent).toBe(i18n.getFixedT('nb')('board.untitledStep'))
    expect(dom.host.textContent).not.toBe(i18n.getFixedT('en')('board.untitledStep'))
    await act(() => i18n.changeLanguage('fa'))
    expect(dom.host.textContent).toBe(i18n.getFixedT('fa')('board.untitledStep'))
  })

  it('keeps the same t from render to render while the language stays, so memoised shapes keep theirs', async () => {
    await act(() => i18n.changeLanguage('tr'))
    let bump = () => {}
    function Parent() {
      const [n, setN] = useState(0)
      bump = () => setN(n + 1)
      return <StepName />
    }
    renders = 0
    dom.render(<Parent />)
    const first = lastT
    act(() => bump())
    act(() => bump())
    expect(renders).toBe(3)
    expect(lastT).toBe(first)
    await act(() => i18n.changeLanguage('en'))
    expect(renders).toBe(4)
    expect(lastT).not.toBe(first)
  })
})
