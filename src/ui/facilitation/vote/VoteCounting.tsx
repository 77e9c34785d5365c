import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CardId, JourneyDoc } from '../../../domain'
import { getRecord } from '../../../domain/records'
import { createVoteRecord, defaultVoteSettings, eligibleCards, results } from '../../../domain/facilitation'
import { cardColors } from '../../../drawing/cardStyle'
import { appStore } from '../../../store'
import { voteCountStore, type HandCount } from '../../../store/voteCount'
import { ConfirmDialog } from '../../room/ConfirmDialog'
import { HandStepper } from './HandStepper'
import { VoteResultsList } from './VoteResultsList'
import { cardText, groupByStep, scopeSummary, stageTitle, stepTitle } from './voteModel'

const NO_VOTES = { voters: null, participants: null } as const

/**
 * Counting a show of hands: every card that can be voted on, by stage and step, with a stepper for
 * its raised hands, and the results as they stand. Clicking a card on the board brings its stepper.
 */
export function VoteCounting({ doc, count }: { doc: JourneyDoc; count: HandCount }) {
  const { t } = useTranslation()
  const id = useId()
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const inputs = useRef(new Map<CardId, HTMLInputElement>())
  const cardIds = useMemo(() => eligibleCards(doc, count.scope), [doc, count.scope])
  const groups = useMemo(() => groupByStep(doc, cardIds), [doc, cardIds])
  const live = useMemo(() => results(count.tally, cardIds, NO_VOTES), [count.tally, cardIds])
  const text = (cardId: CardId) => cardText(getRecord(doc.cards, cardId), t)

  // A card picked on the board: its stepper scrolls into view and takes the focus, ready for the
  // count. After the press is handled, since the board takes the focus on a press.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.selection === prev.selection || s.selection.length !== 1) return
      const cardId = s.selection[0]!
      clearTimeout(timer)
      timer = setTimeout(() => {
        const input = inputs.current.get(cardId)
        if (!input || input === document.activeElement) return
        input.scrollIntoView?.({ block: 'nearest' })
        input.focus()
      }, 0)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [])

  const save = () => {
    const now = Date.now()
    const settings = { ...defaultVoteSettings(), scope: count.scope }
    const record = createVoteRecord({ startedAt: count.startedAt, revealedAt: Math.max(now, count.startedAt), mode: 'hands', settings, results: results(count.tally, cardIds, NO_VOTES), doc })
    appStore.getState().addVoteRecord(record)
    voteCountStore.getState().endCount()
  }
  const discard = () => {
    setConfirmDiscard(false)
    voteCountStore.getState().endCount()
  }

  return (
    <section className="vote-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="vote-heading">
        {t('vote.counting')}
      </h2>
      <p className="vote-scope-summary">{scopeSummary(doc, count.scope, t)}</p>
      <p className="muted vote-intro">{t('vote.countingHint')}</p>
      {groups.length === 0 ? <p className="muted">{t('vote.noEligible')}</p> : null}
      {groups.map((group) => (
        <div key={group.key} className="vote-group" role="group" aria-labelledby={`${id}-${group.key}`}>
          <h3 id={`${id}-${group.key}`} className="vote-group-title">
            {group.key === 'free' ? (
              t('vote.freeNotes')
            ) : (
              <>
                <span dir="auto">{stageTitle(doc, group.stageId, t)}</span>
                <span className="vote-group-sep" aria-hidden>
                  {' · '}
                </span>
                <span dir="auto">{stepTitle(doc, group.stepId, t)}</span>
              </>
            )}
          </h3>
          <ul className="vote-cards">
            {group.cardIds.map((cardId) => {
              const card = getRecord(doc.cards, cardId)
              const colors = card ? cardColors(card) : null
              const label = text(cardId)
              return (
                <li key={cardId} className="vote-card" data-card-id={cardId}>
                  <span className="vote-swatch" style={colors ? { background: colors.fill, borderColor: colors.edge } : undefined} role="img" aria-label={card ? t(`board.sentiments.${card.sentiment}`) : undefined} />
                  <span className="vote-card-text" dir="auto">
                    {label}
                  </span>
                  <HandStepper
                    card={label}
                    value={getRecord(count.tally, cardId) ?? 0}
                    onChange={(n) => voteCountStore.getState().setHands(cardId, n)}
                    inputRef={(el) => {
                      if (el) inputs.current.set(cardId, el)
                      else inputs.current.delete(cardId)
                    }}
                    onFocus={() => {
                      const { selection, select } = appStore.getState()
                      if (selection.length !== 1 || selection[0] !== cardId) select([cardId])
                    }}
                  />
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      <h3 id={`${id}-results`} className="vote-subheading">
        {t('vote.results')}
      </h3>
      <p className="muted vote-total" aria-live="polite">
        {t('vote.totalVotes', { count: live.totalVotes })}
      </p>
      <VoteResultsList label={t('vote.results')} rows={live.rows.map((row) => ({ ...row, text: text(row.cardId) }))} />
      <div className="button-group vote-actions">
        <button type="button" className="button button--primary" onClick={save} disabled={live.totalVotes === 0}>
          {t('vote.save')}
        </button>
        <button type="button" className="button" onClick={() => (live.totalVotes > 0 ? setConfirmDiscard(true) : discard())}>
          {t('vote.discard')}
        </button>
      </div>
      {live.totalVotes === 0 ? <p className="muted vote-hint">{t('vote.saveHint')}</p> : null}
      <ConfirmDialog
        open={confirmDiscard}
        title={t('vote.discardTitle')}
        message={t('vote.discardMessage')}
        confirmLabel={t('vote.discard')}
        cancelLabel={t('vote.cancel')}
        onConfirm={discard}
        onCancel={() => setConfirmDiscard(false)}
      />
    </section>
  )
}
