import { Angry, Frown, Laugh, Meh, Smile, type LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EMOTION_LEVELS, emotionAt, emotionCurveOwners } from '../../domain/emotion'
import type { JourneyDoc, Lane, PersonaId, StepId } from '../../domain'
import { formatNumber } from '../../i18n'

const LEVEL_KEY: Record<number, string> = { [-2]: 'veryNegative', [-1]: 'negative', 0: 'neutral', 1: 'positive', 2: 'veryPositive' }
const LEVEL_ICON: Record<number, LucideIcon> = { [-2]: Angry, [-1]: Frown, 0: Meh, 1: Smile, 2: Laugh }

interface Props {
  readonly doc: JourneyDoc
  readonly lane: Lane
  readonly title: string
  readonly stepId: StepId
  readonly readOnly: boolean
  readonly onSet: (personaId: PersonaId | null, felt: number) => void
  /** Cards someone put on the emotions lane at this step, shown below the score. */
  readonly children?: ReactNode
}

/**
 * The emotions lane at one step: how the customer feels here, from very negative to very positive,
 * as five big buttons. A map with several personas on it has a curve per persona, as on the board.
 */
export function PhoneEmotion({ doc, lane, title, stepId, readOnly, onSet, children }: Props) {
  const headingId = `room-lane-${lane.id}`
  const owners = emotionCurveOwners(doc)
  return (
    <section className="room-lane room-lane--emotions" aria-labelledby={headingId}>
      <div className="room-lane-header">
        <h3 id={headingId} dir="auto">
          {title}
        </h3>
      </div>
      {owners.map((owner) => (
        <EmotionRow key={owner ?? ''} doc={doc} stepId={stepId} owner={owner} readOnly={readOnly} onSet={onSet} />
      ))}
      {children}
    </section>
  )
}

function EmotionRow({ doc, stepId, owner, readOnly, onSet }: { doc: JourneyDoc; stepId: StepId; owner: PersonaId | null; readOnly: boolean; onSet: Props['onSet'] }) {
  const { t, i18n } = useTranslation()
  const value = emotionAt(doc.emotions, stepId, owner)
  const score = (v: number) => formatNumber(v, i18n.language, { signDisplay: 'exceptZero' })
  const name = (v: number) => t(`board.emotion.levels.${LEVEL_KEY[v] ?? 'neutral'}`)
  // The board snaps to half levels; a phone offers whole ones and names a half level by its neighbours.
  const now = !value.set
    ? t('room.phone.feltUnset')
    : Number.isInteger(value.felt)
      ? t('board.emotion.level', { name: name(value.felt), score: score(value.felt) })
      : t('board.emotion.between', { lower: name(Math.floor(value.felt)), upper: name(Math.ceil(value.felt)), score: score(value.felt) })
  const persona = owner ? doc.personas[owner] : undefined
  const groupLabel = persona ? t('room.phone.feltFor', { name: persona.name || t('board.emotion.unnamedPersona') }) : t('room.phone.felt')
  return (
    <div className="room-emotion" role="group" aria-label={groupLabel}>
      <p className="room-emotion-now">
        <span className="muted">{groupLabel}</span> <strong>{now}</strong>
      </p>
      {!readOnly && (
        <div className="room-emotion-levels">
          {EMOTION_LEVELS.map((level) => {
            const Icon = LEVEL_ICON[level] ?? Meh
            return (
              <button key={level} type="button" className="room-emotion-level room-touch" aria-pressed={value.set && value.felt === level} aria-label={t('board.emotion.level', { name: name(level), score: score(level) })} title={name(level)} onClick={() => onSet(owner, level)}>
                <Icon size={22} aria-hidden />
                <span>{score(level)}</span>
              </button>
            )
          })}
        </div>
      )}
    </div>
  )
}
