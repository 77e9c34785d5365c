import { Minus, Plus } from 'lucide-react'
import { useState, type KeyboardEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { VOTE_LIMITS } from '../../../domain/facilitation'
import { formatNumber } from '../../../i18n/format'

interface Props {
  /** The card's text, for the labels a screen reader reads. */
  readonly card: string
  readonly value: number
  readonly onChange: (n: number) => void
  readonly inputRef?: Ref<HTMLInputElement>
  readonly onFocus?: () => void
}

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII, everything else that is not a digit dropped. */
export function parseHands(text: string): number {
  const ascii = text.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  const digits = ascii.replace(/\D/g, '')
  return digits ? Number(digits.slice(0, 6)) : 0
}

/**
 * Raised hands for one card: −, the count, +. The count is a text field in the language's digits
 * (a number field shows only Latin ones) that reads typed Persian or Latin digits, and it is a
 * spin button: arrows step by one, Page keys by ten, Home clears.
 */
export function HandStepper({ card, value, onChange, inputRef, onFocus }: Props) {
  const { t, i18n } = useTranslation()
  // While typing, the field keeps what was typed (an emptied field stays empty) and shows the count again on leaving.
  const [draft, setDraft] = useState<string | null>(null)
  const max = VOTE_LIMITS.handCount
  const set = (n: number) => onChange(Math.min(max, Math.max(0, n)))

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[e.key]
    if (step !== undefined) {
      e.preventDefault()
      setDraft(null)
      set(value + step)
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      setDraft(null)
      set(e.key === 'Home' ? 0 : max)
    }
  }

  return (
    <div className="hand-stepper">
      <button type="button" className="icon-button icon-button--small" aria-label={t('vote.fewer', { card })} disabled={value <= 0} onClick={() => set(value - 1)}>
        <Minus size={14} aria-hidden />
      </button>
      <input
        ref={inputRef}
        className="hand-stepper-input"
        type="text"
        inputMode="numeric"
        role="spinbutton"
        aria-label={t('vote.hands', { card })}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={t('vote.votes', { count: value })}
        value={draft ?? formatNumber(value, i18n.language)}
        onChange={(e) => {
          setDraft(e.target.value)
          set(parseHands(e.target.value))
        }}
        onFocus={(e) => {
          e.target.select()
          onFocus?.()
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="icon-button icon-button--small" aria-label={t('vote.more', { card })} disabled={value >= max} onClick={() => set(value + 1)}>
        <Plus size={14} aria-hidden />
      </button>
    </div>
  )
}
