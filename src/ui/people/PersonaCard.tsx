import { X } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Persona } from '../../domain'
import { Avatar } from './Avatar'

/**
 * A persona as the room meets it from the board: photo, name, role, quote, goals and frustrations,
 * in a card under its chip. Not modal: Esc, the close button or a press anywhere else closes it,
 * and the keyboard goes back to the chip that opened it.
 */
export function PersonaCard({ persona, onClose, anchor }: { persona: Persona; onClose: () => void; anchor: HTMLElement | null }) {
  const { t } = useTranslation()
  const card = useRef<HTMLDivElement>(null)
  const name = persona.name || t('people.unnamed')

  useEffect(() => {
    card.current?.focus()
    const close = () => {
      onClose()
      anchor?.focus()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      // The board and dialogs also answer Esc: this card is what the person is looking at.
      e.stopPropagation()
      e.preventDefault()
      close()
    }
    const onPress = (e: PointerEvent) => {
      const target = e.target as Node
      if (card.current?.contains(target) || anchor?.contains(target)) return
      onClose()
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('pointerdown', onPress, true)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('pointerdown', onPress, true)
    }
  }, [onClose, anchor])

  const list = (label: string, items: readonly string[]) =>
    items.length > 0 ? (
      <section>
        <h3>{label}</h3>
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </section>
    ) : null

  return (
    <div ref={card} className="persona-card" role="dialog" aria-label={name} tabIndex={-1}>
      <header className="persona-card__head">
        <Avatar persona={persona} size={72} />
        <div>
          <h2 dir="auto">{name}</h2>
          {persona.role ? <p className="persona-card__role" dir="auto">{persona.role}</p> : null}
        </div>
        <button type="button" className="icon-button persona-card__close" aria-label={t('people.card.close')} title={t('people.card.close')} onClick={() => { onClose(); anchor?.focus() }}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {persona.quote ? <blockquote dir="auto">{persona.quote}</blockquote> : null}
      {list(t('people.fields.goals'), persona.goals)}
      {list(t('people.fields.frustrations'), persona.frustrations)}
      {!persona.quote && persona.goals.length === 0 && persona.frustrations.length === 0 ? <p className="persona-card__empty">{t('people.card.empty')}</p> : null}
    </div>
  )
}
