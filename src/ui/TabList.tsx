import { useRef, type KeyboardEvent } from 'react'

export interface TabItem<T extends string> {
  readonly id: T
  readonly label: string
}

/**
 * A row of tabs (WAI-ARIA tabs): one tab stop, the arrow keys move and choose, and in a right-to-left
 * page the right arrow moves back, as the tabs run from the right. Tab `x` is `${idPrefix}-tab-x`
 * and controls `${idPrefix}-panel-x`, which the caller renders with `tabPanelProps`.
 */
export function TabList<T extends string>({
  tabs,
  current,
  onChoose,
  label,
  idPrefix,
  className,
  tabClassName,
}: {
  tabs: readonly TabItem<T>[]
  current: T
  onChoose: (id: T) => void
  label: string
  idPrefix: string
  className: string
  tabClassName: string
}) {
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({})
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step || tabs.length === 0) return
    e.preventDefault()
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const index = tabs.findIndex((tab) => tab.id === current)
    const next = tabs[(index + (rtl ? -step : step) + tabs.length) % tabs.length]!
    onChoose(next.id)
    refs.current[next.id]?.focus()
  }
  return (
    <div className={className} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[tab.id] = el
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          aria-selected={current === tab.id}
          tabIndex={current === tab.id ? 0 : -1}
          className={tabClassName}
          onClick={() => onChoose(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}

/** The props of the panel shown for tab `id` of a TabList with this prefix. */
export function tabPanelProps(idPrefix: string, id: string) {
  return { role: 'tabpanel', id: `${idPrefix}-panel-${id}`, 'aria-labelledby': `${idPrefix}-tab-${id}` } as const
}
