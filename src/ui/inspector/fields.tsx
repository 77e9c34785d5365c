import { Plus, RotateCcw, X } from 'lucide-react'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { SENTIMENTS, type Hex, type Metric, type Persona, type Sentiment } from '../../domain'
import { cardColors } from '../../drawing/cardStyle'
import { CommitInput } from '../CommitInput'
import { withMetric, withoutMetric, type Shared } from './inspectorModel'
import { OneLine } from '../OneLine'

/** Light fills, so card text stays dark and readable on a projector. */
export const CARD_SWATCHES = [
  ['blue', '#bfdbfe'],
  ['purple', '#ddd6fe'],
  ['pink', '#fbcfe8'],
  ['orange', '#fed7aa'],
  ['teal', '#99f6e4'],
  ['lime', '#d9f99d'],
  ['slate', '#cbd5e1'],
  ['white', '#ffffff'],
] as const

export function SentimentField({ value, onChange }: { value: Shared<Sentiment>; onChange: (s: Sentiment) => void }) {
  const { t } = useTranslation()
  const name = useId()
  return (
    <fieldset className="inspector-field">
      <legend>
        {t('board.inspector.sentiment')}
        {value.mixed && <span className="inspector-mixed"> · {t('board.inspector.mixed')}</span>}
      </legend>
      <div className="segmented">
        {SENTIMENTS.map((s) => {
          const colors = cardColors({ sentiment: s, color: null })
          return (
            <label key={s} className="segmented-option" title={t(`board.cards.sentimentHints.${s}`)}>
              <input type="radio" name={name} value={s} checked={!value.mixed && value.value === s} onChange={() => onChange(s)} />
              <span className="sentiment-dot" style={{ background: colors.fill, borderColor: colors.edge }} aria-hidden />
              {t(`board.cards.sentiments.${s}`)}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}

export function ColorField({ value, onChange }: { value: Shared<Hex | null>; onChange: (c: Hex | null) => void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="inspector-field">
      <legend>
        {t('board.inspector.color')}
        {value.mixed && <span className="inspector-mixed"> · {t('board.inspector.mixed')}</span>}
      </legend>
      <div className="swatches">
        <button type="button" className="button button--small" aria-pressed={!value.mixed && value.value === null} aria-label={t('board.inspector.resetColorLabel')} onClick={() => onChange(null)}>
          <RotateCcw size={14} aria-hidden /> {t('board.inspector.resetColor')}
        </button>
        {CARD_SWATCHES.map(([name, hex]) => (
          <button
            key={hex}
            type="button"
            className="swatch-button"
            style={{ background: hex }}
            aria-pressed={!value.mixed && value.value?.toLowerCase() === hex}
            aria-label={t(`board.inspector.colors.${name}`)}
            title={t(`board.inspector.colors.${name}`)}
            onClick={() => onChange(hex)}
          />
        ))}
        <CustomColor value={value} onChange={onChange} />
      </div>
    </fieldset>
  )
}

const isSwatch = (hex: string | null | undefined) => CARD_SWATCHES.some(([, h]) => h === hex?.toLowerCase())

/**
 * Any colour beyond the eight swatches. The picker reports every colour it passes through while
 * the person drags in it ('input'); only the one they settle on ('change') becomes a command, so
 * one chosen colour is one undo step.
 */
function CustomColor({ value, onChange }: { value: Shared<Hex | null>; onChange: (c: Hex) => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLInputElement>(null)
  const commit = useRef(onChange)
  useEffect(() => {
    commit.current = onChange
  }, [onChange])
  useEffect(() => {
    const input = ref.current
    if (!input) return
    const settle = () => commit.current(input.value.toLowerCase())
    input.addEventListener('change', settle)
    return () => input.removeEventListener('change', settle)
  }, [])
  const current = !value.mixed && value.value ? value.value : null
  const custom = current !== null && !isSwatch(current)
  return (
    <label className="swatch-custom" data-pressed={custom || undefined} title={t('board.inspector.customColor')}>
      <input ref={ref} type="color" aria-label={t('board.inspector.customColor')} defaultValue={current ?? '#ffffff'} key={current ?? ''} />
    </label>
  )
}

interface ChoiceFieldProps<T extends string> {
  readonly label: string
  readonly value: Shared<T | null>
  readonly options: readonly T[]
  readonly optionLabel: (option: T) => string
  readonly onChange: (value: T | null) => void
}

const MIXED = '__mixed__'

export function ChoiceField<T extends string>({ label, value, options, optionLabel, onChange }: ChoiceFieldProps<T>) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value.mixed ? MIXED : (value.value ?? '')} onChange={(e) => e.target.value !== MIXED && onChange(e.target.value === '' ? null : (e.target.value as T))}>
        {value.mixed && (
          <option value={MIXED} disabled>
            {t('board.inspector.mixed')}
          </option>
        )}
        <option value="">{t('board.inspector.none')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  )
}

export function MetricsField({ value, onChange }: { value: Shared<readonly Metric[]>; onChange: (m: Metric[]) => void }) {
  const { t } = useTranslation()
  const list = useRef<HTMLUListElement>(null)
  const focusLast = useRef(false)
  const metrics = value.mixed ? null : value.value
  useEffect(() => {
    if (!focusLast.current) return
    focusLast.current = false
    list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus()
  }, [metrics?.length])
  return (
    <fieldset className="inspector-field">
      <legend>{t('board.inspector.metrics')}</legend>
      {metrics === null ? (
        <div className="inspector-note">
          <p className="muted">{t('board.inspector.mixedMetrics')}</p>
          <button type="button" className="button button--small" onClick={() => onChange([])}>
            {t('board.inspector.clearMetrics')}
          </button>
        </div>
      ) : (
        <>
          {metrics.length === 0 && <p className="muted">{t('board.inspector.noMetrics')}</p>}
          <ul className="metric-list" ref={list}>
            {metrics.map((m, i) => (
              <li key={i} className="metric-row">
                <CommitInput aria-label={t('board.inspector.metricName', { n: i + 1 })} placeholder={t('board.inspector.metricNamePlaceholder')} value={m.name} maxLength={200} onCommit={(v) => onChange(withMetric(metrics, i, 'name', v))} />
                <CommitInput aria-label={t('board.inspector.metricValue', { n: i + 1 })} placeholder={t('board.inspector.metricValuePlaceholder')} value={m.value} maxLength={200} onCommit={(v) => onChange(withMetric(metrics, i, 'value', v))} />
                <button type="button" className="icon-button icon-button--small" aria-label={t('board.inspector.removeMetric', { n: i + 1 })} onClick={() => onChange(withoutMetric(metrics, i))}>
                  <X size={14} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="link-button inspector-add"
            onClick={() => {
              focusLast.current = true
              onChange([...metrics, { name: '', value: '' }])
            }}
          >
            <Plus size={14} aria-hidden /> {t('board.inspector.addMetric')}
          </button>
        </>
      )}
    </fieldset>
  )
}

interface PersonasFieldProps {
  readonly personas: readonly Persona[]
  readonly stateOf: (persona: Persona) => 'none' | 'some' | 'all'
  readonly onToggle: (persona: Persona, on: boolean) => void
}

export function PersonasField({ personas, stateOf, onToggle }: PersonasFieldProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="inspector-field">
      <legend>{t('board.inspector.personas')}</legend>
      {personas.length === 0 ? (
        <p className="muted">{t('board.inspector.noPersonas')}</p>
      ) : (
        <>
          {personas.map((p) => (
            <PersonaCheckbox key={p.id} persona={p} state={stateOf(p)} onToggle={onToggle} />
          ))}
          <p className="muted inspector-hint">{t('board.inspector.personasHint')}</p>
        </>
      )}
    </fieldset>
  )
}

function PersonaCheckbox({ persona, state, onToggle }: { persona: Persona; state: 'none' | 'some' | 'all'; onToggle: PersonasFieldProps['onToggle'] }) {
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some'
  }, [state])
  return (
    <label className="inspector-check">
      <input ref={box} type="checkbox" checked={state === 'all'} onChange={() => onToggle(persona, state !== 'all')} />
      <span className="swatch" style={{ background: persona.color }} aria-hidden />
      <OneLine text={persona.name} />
    </label>
  )
}
