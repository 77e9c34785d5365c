import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface FilterChoice<T> {
  readonly value: T
  readonly label: string
}

/**
 * One filter of the plan (stage, owner, status) as a drop-down of tick boxes: any number can be
 * ticked, none ticked means "any". The summary names how many are ticked, so a closed menu still
 * says the list is filtered.
 */
export function FilterMenu<T>({ label, choices, chosen, onChange }: { label: string; choices: readonly FilterChoice<T>[]; chosen: readonly T[]; onChange: (next: T[]) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const menu = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  // A menu closes like one: on a press elsewhere or on Esc (a bare <details> stays open until its summary is clicked).
  useEffect(() => {
    if (!open) return
    const close = () => {
      if (menu.current) menu.current.open = false
    }
    const onPress = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !menu.current?.contains(e.target)) close()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      close()
      menu.current?.querySelector('summary')?.focus()
    }
    document.addEventListener('pointerdown', onPress)
    menu.current?.addEventListener('keydown', onKey)
    const element = menu.current
    return () => {
      document.removeEventListener('pointerdown', onPress)
      element?.removeEventListener('keydown', onKey)
    }
  }, [open])
  const toggle = (value: T, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value))
  return (
    <details ref={menu} className={`plan-filter${chosen.length > 0 ? ' plan-filter--active' : ''}`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button button--small">
        {chosen.length > 0 ? t('plan.view.filter.chosen', { label, count: chosen.length }) : label}
      </summary>
      <fieldset className="plan-filter-menu">
        <legend className="plan-hidden-label">{label}</legend>
        {choices.length === 0 ? <p className="muted">{t('plan.view.filter.none')}</p> : null}
        {choices.map((choice, i) => (
          <label key={`${id}-${i}`} className="plan-filter-choice">
            <input type="checkbox" checked={chosen.includes(choice.value)} onChange={(e) => toggle(choice.value, e.currentTarget.checked)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  )
}
