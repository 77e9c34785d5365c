import { Focus } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import type { PersonaId } from '../../domain'
import { useAppStore } from '../../store'
import { OneLine } from '../OneLine'
import { Avatar } from './Avatar'
import { PersonaCard } from './PersonaCard'

/**
 * The map's header of personas (chips with avatar and name) and the focus control: focusing on a
 * persona dims the cards of other personas on the board and leaves their emotion curves out.
 */
export function MapPeopleBar() {
  const { t } = useTranslation()
  const personas = useAppStore(
    useShallow((s) => {
      const doc = s.doc
      return doc ? doc.map.personaIds.flatMap((id) => (doc.personas[id] ? [doc.personas[id]] : [])) : []
    }),
  )
  const all = useAppStore(useShallow((s) => Object.values(s.doc?.personas ?? {})))
  const focus = useAppStore((s) => s.focusPersonaId)
  const setFocus = useAppStore((s) => s.setFocusPersona)
  const focused = all.find((p) => p.id === focus)
  // The persona whose card is open under its chip, and the chip that opened it (the keyboard returns there).
  const [open, setOpen] = useState<PersonaId | null>(null)
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const closeCard = useCallback(() => setOpen(null), [])

  // A focus on a persona that is gone (deleted, undone, another workshop) would dim every tagged card.
  useEffect(() => {
    if (focus && !focused) setFocus(null)
  }, [focus, focused, setFocus])

  return (
    <div className="map-people-bar">
      <ul className="persona-chips" aria-label={t('people.header')}>
        {personas.map((p) => (
          <li key={p.id} className="persona-chip-item">
            <button
              type="button"
              className={`persona-chip${focus === p.id ? ' persona-chip--focused' : ''}`}
              aria-expanded={open === p.id}
              aria-haspopup="dialog"
              title={t('people.card.show', { name: p.name || t('people.unnamed') })}
              onClick={(e) => {
                setAnchor(e.currentTarget)
                setOpen((current) => (current === p.id ? null : p.id))
              }}
            >
              <Avatar persona={p} size={24} />
              <OneLine text={p.name || t('people.unnamed')} />
            </button>
            {open === p.id ? <PersonaCard persona={p} anchor={anchor} onClose={closeCard} /> : null}
          </li>
        ))}
      </ul>
      {all.length > 0 ? (
        <label className="focus-control">
          <Focus size={16} aria-hidden />
          <span>{t('people.focus.label')}</span>
          <select value={focus ?? ''} onChange={(e) => setFocus(e.target.value ? (e.target.value as PersonaId) : null)}>
            <option value="">{t('people.focus.everyone')}</option>
            {all.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || t('people.unnamed')}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {focused ? (
        <span className="visually-hidden" role="status">
          {t('people.focus.active', { name: focused.name })}
        </span>
      ) : null}
    </div>
  )
}
