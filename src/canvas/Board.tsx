import type Konva from 'konva'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Stage } from 'react-konva'
import { useStore } from 'zustand'
import type { Card, CardId, JourneyDoc } from '../domain'
import type { CellRef, Point } from '../domain/layout'
import { appStore, useAppStore } from '../store'
import { useCardReveal } from './cards/reveal'
import { ContentLayer } from './ContentLayer'
import { EmotionHud, EmotionLayer } from './emotion'
import './board.css'
import { GridLayer } from './GridLayer'
import { GridEditing } from './grid/GridEditing'
import { commitCardText, finishNewCard, previewNewCard, type NewCardSession } from './editing'
import { createInteractionStore, InteractionContext } from './interaction'
import { Navigation } from './navigation/Navigation'
import { OverlayLayer } from './OverlayLayer'
import { DrawnViewContext, usePanSnapshot } from './panSnapshot'
import { newCardInCell, newFreeCard } from '../domain/placement'
import { TextEditor } from './TextEditor'
import { useBoardKeys } from './useBoardKeys'
import { useBoardPointer } from './useBoardPointer'
import { usePanZoom } from './usePanZoom'
import { LinkLabelEditor, useWhiteboard } from './whiteboard'

export interface BoardProps {
  /** Size of the board on screen in CSS pixels; the parent measures its box and passes it in. */
  readonly width: number
  readonly height: number
}

/**
 * The journey board of the open map: a Konva stage with a static grid layer, a content layer of
 * cards and an overlay for selection and drags, plus a DOM text box for editing a card.
 */
export function Board({ width, height }: BoardProps) {
  const { t } = useTranslation()
  const [interaction] = useState(createInteractionStore)
  const editing = useStore(interaction, (s) => s.editing)
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const wrapper = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const pending = useRef<NewCardSession | null>(null)

  // Panning slides a snapshot of the layers, never React: no component re-renders for a pan frame.
  const drawnView = usePanSnapshot(stageRef, width, height)

  useEffect(() => {
    const el = stageRef.current?.container()
    if (!el) return
    el.setAttribute('data-testid', 'board')
    el.setAttribute('aria-label', t('board.ariaLabel'))
    el.setAttribute('aria-roledescription', t('board.roleDescription'))
  }, [t])

  useEffect(() => {
    // Another map was opened: its history was reset by the loader, so a preview of the old map is simply dropped.
    pending.current = null
    interaction.getState().set({ editing: null, drag: null, marquee: null, hover: null })
  }, [mapId, interaction])

  const focusBoard = useCallback(() => stageRef.current?.container().focus({ preventScroll: true }), [])

  const editCard = useCallback(
    (cardId: CardId) => {
      if (interaction.getState().editing) return
      appStore.getState().select([cardId])
      interaction.getState().set({ editing: { cardId, isNew: false }, hover: null })
    },
    [interaction],
  )

  const addCard = useCallback(
    (make: (doc: JourneyDoc) => Card) => {
      const { doc } = appStore.getState()
      if (!doc || interaction.getState().editing) return
      const card = make(doc)
      pending.current = previewNewCard(appStore, card)
      if (!pending.current) return
      interaction.getState().set({ editing: { cardId: card.id, isNew: true }, hover: null })
    },
    [interaction],
  )
  const addCardInCell = useCallback((cell: CellRef) => addCard((doc) => newCardInCell(doc, cell)), [addCard])
  const addFreeCard = useCallback((at: Point) => addCard((doc) => newFreeCard(doc, at)), [addCard])

  const finishEditing = useCallback(
    (text: string | null) => {
      const current = interaction.getState().editing
      if (!current) return
      interaction.getState().set({ editing: null })
      const newCard = pending.current
      pending.current = null
      if (current.isNew) {
        if (newCard) finishNewCard(appStore, newCard, text)
      } else if (text !== null) {
        commitCardText(appStore, current.cardId, text)
      }
      focusBoard()
    },
    [interaction, focusBoard],
  )
  const commitEdit = useCallback((text: string) => finishEditing(text), [finishEditing])
  const cancelEdit = useCallback(() => finishEditing(null), [finishEditing])

  const panZoom = usePanZoom(wrapper, width, height)
  useCardReveal(width, height)
  const spaceHeld = useBoardKeys(wrapper, interaction, panZoom, editCard)
  const pointer = useBoardPointer({ container: wrapper, interaction, spaceHeld, onEditCard: editCard, onAddCard: addCardInCell, onAddFreeCard: addFreeCard, focusBoard })
  // Arrows, free items, tools and clipboard take their presses first; what they leave goes to the board.
  const whiteboard = useWhiteboard({ container: wrapper, interaction, spaceHeld, focusBoard, addCard, addCardInCell, width, height })

  return (
    <InteractionContext.Provider value={interaction}>
      <div
        ref={wrapper}
        style={{ position: 'relative', width, height, overflow: 'hidden', touchAction: 'none', userSelect: 'none' }}
        onPointerDown={(e) => whiteboard.onPointerDown(e) || pointer.onPointerDown(e)}
        // Middle-button panning must not also start the browser's autoscroll or a Linux paste.
        onMouseDown={(e) => e.button === 1 && e.preventDefault()}
        onPointerMove={(e) => {
          pointer.onPointerMove(e)
          whiteboard.onPointerMove(e)
        }}
        onPointerLeave={() => {
          pointer.onPointerLeave()
          whiteboard.onPointerLeave()
        }}
        onDoubleClick={(e) => whiteboard.onDoubleClick(e) || pointer.onDoubleClick(e)}
      >
        <DrawnViewContext.Provider value={drawnView}>
          <Stage ref={stageRef} width={width} height={height} tabIndex={0} role="application" className="board-stage">
            <GridLayer width={width} height={height} />
            <ContentLayer width={width} height={height} />
            <EmotionLayer width={width} height={height} />
            <OverlayLayer />
          </Stage>
        </DrawnViewContext.Provider>
        <EmotionHud />
        <LinkLabelEditor onDone={focusBoard} />
        <GridEditing container={wrapper} spaceHeld={spaceHeld} focusBoard={focusBoard} width={width} height={height} />
        <Navigation container={wrapper} interaction={interaction} panZoom={panZoom} width={width} height={height} />
        {editing && <TextEditor key={editing.cardId} cardId={editing.cardId} onCommit={commitEdit} onCancel={cancelEdit} />}
      </div>
    </InteractionContext.Provider>
  )
}
