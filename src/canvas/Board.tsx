import type Konva from 'konva'
import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type ReactNode } from 'react'
import { useStableTranslation } from '../i18n/stableTranslation'
import { Stage } from 'react-konva'
import { useStore } from 'zustand'
import { appUndo, BoardEditor } from '../editor'
import { appStore, useAppStore } from '../store'
import type { Sentiment } from '../domain'
import { actionBadgeClaim } from './cards/actionBadgeHits'
import { CardMenu } from './cards/CardMenu'
import { useCardReveal } from './cards/reveal'
import { ContentLayer } from './ContentLayer'
import { createEmotionUi, EmotionHud, EmotionLayer, EmotionUiContext, emotionClaim } from './emotion'
import './board.css'
import { GridLayer } from './GridLayer'
import { GridEditing } from './grid/GridEditing'
import { createGridUiStore, GridUiContext } from './grid/gridUi'
import { headerKeys } from './grid/headerKeys'
import { headerPointer } from './grid/headerPointer'
import { PinnedHeaders } from './grid/PinnedHeaders'
import { onPinnedHeader } from './grid/pinnedView'
import { gridLayout } from '../domain/layout'
import { EditorContext, InteractionContext } from './interaction'
import { boardFreeArea } from './navigation/freeArea'
import { Navigation } from './navigation/Navigation'
import { OverlayLayer } from './OverlayLayer'
import { DrawnCommits, DrawnViewContext } from './drawnArea'
import { DragGhost } from './DragGhost'
import { usePanSnapshot } from './panSnapshot'
import { TextEditor } from './TextEditor'
import { useEditorEvents } from './useEditorEvents'
import { LinkLabelEditor, useBoardClipboard } from './whiteboard'

/** The pointer may leave the board mid-drag of a header: the page shows the drag's cursor too. */
function pageCursor(cursor: string | null): void {
  if (cursor) document.body.style.setProperty('cursor', cursor)
  else document.body.style.removeProperty('cursor')
}

export interface BoardProps {
  /** Size of the board on screen in CSS pixels; the parent measures its box and passes it in. */
  readonly width: number
  readonly height: number
  /** The tool bar, if the board is editable: it floats over the board beside the zoom controls. */
  readonly tools?: ReactNode
}

/**
 * The journey board of the open map: a Konva stage with a static grid layer, a content layer of
 * cards and an overlay for selection and drags, plus a DOM text box for editing a card. What the
 * pointer and keys do is the board editor's (src/editor); this only draws it and forwards events.
 */
export function Board({ width, height, tools = null }: BoardProps) {
  const { t } = useStableTranslation()
  const wrapper = useRef<HTMLDivElement>(null)
  const [{ editor, gridUi, emotionUi }] = useState(() => {
    // The grid's and the emotion lanes' pointer state are this board's own, like the editor that sets them.
    const gridUi = createGridUiStore()
    const emotionUi = createEmotionUi()
    const made: BoardEditor = new BoardEditor({
      store: appStore,
      undo: appUndo,
      claims: [
        // A card's action badge sits on the card: asked first, so a click on it opens the plan rather than grabbing the card.
        actionBadgeClaim(appStore),
        emotionClaim(appStore, emotionUi),
        headerPointer({ store: appStore, ui: gridUi, startGesture: () => made.undo.startGesture(), pageCursor, size: () => made.getSize() }),
        headerKeys({ store: appStore, ui: gridUi, size: () => made.getSize() }),
      ],
    })
    return { editor: made, gridUi, emotionUi }
  })
  const editing = useStore(editor.view, (s) => s.editing)
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const stageRef = useRef<Konva.Stage>(null)
  editor.setSize(width, height)

  // Panning slides a snapshot of the layers, never React: no component re-renders for a pan frame.
  const drawnView = usePanSnapshot(stageRef, width, height)

  useEffect(() => {
    const el = stageRef.current?.container()
    if (!el) return
    el.setAttribute('data-testid', 'board')
    el.setAttribute('aria-label', t('board.ariaLabel'))
    el.setAttribute('aria-roledescription', t('board.roleDescription'))
  }, [t])

  // Fitting keeps clear of the tool bar, minimap and scrollbars floating over the board.
  useEffect(() => editor.setFitArea((content) => (wrapper.current ? boardFreeArea(wrapper.current, content) : null)), [editor])

  // Another map was opened: its history was reset by the loader, so a preview of the old map is simply dropped.
  useEffect(() => editor.reset(), [mapId, editor])

  // A map with no saved view opens whole, clear of the controls floating over the board (their places are read
  // from the page, laid out by now: effects run after the children's), on the facilitator's laptop and a participant's alike.
  const needsInitialViewport = useAppStore((s) => s.needsInitialViewport && s.doc !== null)
  useEffect(() => {
    if (!needsInitialViewport) return
    editor.zoomToFit(true)
    appStore.getState().patchWorkspace({ needsInitialViewport: false })
  }, [needsInitialViewport, editor])
  useEffect(() => editor.keepFitted(), [width, height, editor])

  const focusBoard = useCallback(() => stageRef.current?.container().focus({ preventScroll: true }), [])

  const finishEditing = useCallback(
    (text: string | null) => {
      editor.finishEditing(text)
      focusBoard()
    },
    [editor, focusBoard],
  )
  const commitEdit = useCallback((text: string) => finishEditing(text), [finishEditing])
  const cancelEdit = useCallback(() => finishEditing(null), [finishEditing])

  // A right click on a card opens its menu there (the sentiments); elsewhere the browser's own menu is of no use on a canvas.
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null)
  const closeMenu = useCallback(() => {
    setMenuAt(null)
    focusBoard()
  }, [focusBoard])
  // A right click on a pinned header is not the card's drawn under it.
  const onHeaders = (e: ReactMouseEvent<HTMLDivElement>) => {
    const doc = appStore.getState().doc
    const box = e.currentTarget.getBoundingClientRect()
    if (!doc || !(e.target instanceof HTMLCanvasElement)) return false
    return onPinnedHeader(gridLayout(doc), appStore.getState().viewport, width, height, { x: e.clientX - box.left, y: e.clientY - box.top })
  }
  const onContextMenu = (e: ReactMouseEvent<HTMLDivElement>) => {
    if (!(e.target instanceof HTMLCanvasElement)) return
    e.preventDefault()
    if (onHeaders(e)) return
    const box = e.currentTarget.getBoundingClientRect()
    const at = { x: e.clientX - box.left, y: e.clientY - box.top }
    setMenuAt(editor.cardForMenu(at) && !appStore.getState().viewOnly ? at : null)
  }
  const chooseSentiment = useCallback(
    (sentiment: Sentiment) => {
      editor.setSentiment(sentiment)
      closeMenu()
    },
    [editor, closeMenu],
  )

  useCardReveal(width, height)
  useBoardClipboard(wrapper, editor.view, width, height)
  const events = useEditorEvents(editor, wrapper, focusBoard)

  return (
    <EditorContext.Provider value={editor}>
      <InteractionContext.Provider value={editor.view}>
        <GridUiContext.Provider value={gridUi}>
        <EmotionUiContext.Provider value={emotionUi}>
          <div
            ref={wrapper}
            style={{ position: 'relative', width, height, overflow: 'hidden', touchAction: 'none', userSelect: 'none' }}
            onPointerDown={events.onPointerDown}
            // Middle-button panning must not also start the browser's autoscroll or a Linux paste.
            onMouseDown={(e) => e.button === 1 && e.preventDefault()}
            onPointerMove={events.onPointerMove}
            onPointerLeave={events.onPointerLeave}
            onDoubleClick={events.onDoubleClick}
            onContextMenu={onContextMenu}
          >
            <DrawnViewContext.Provider value={drawnView}>
              <Stage ref={stageRef} width={width} height={height} tabIndex={0} role="application" className="board-stage">
                <DrawnCommits drawn={drawnView} />
                <GridLayer />
                <ContentLayer width={width} height={height} />
                <EmotionLayer />
                <OverlayLayer />
              </Stage>
              {/* Its titles are fitted for the zoom the layers are drawn at (drawnArea.tsx), as the grid's. */}
              <PinnedHeaders width={width} height={height} />
            </DrawnViewContext.Provider>
            <EmotionHud width={width} height={height} />
            <DragGhost width={width} height={height} />
            <LinkLabelEditor onDone={focusBoard} />
            <GridEditing container={wrapper} focusBoard={focusBoard} width={width} height={height} />
            <Navigation panZoom={editor} width={width} height={height} tools={tools} />
            {menuAt && <CardMenu at={menuAt} width={width} height={height} onChoose={chooseSentiment} onClose={closeMenu} />}
            {editing && <TextEditor key={editing.cardId} cardId={editing.cardId} onCommit={commitEdit} onCancel={cancelEdit} />}
          </div>
        </EmotionUiContext.Provider>
        </GridUiContext.Provider>
      </InteractionContext.Provider>
    </EditorContext.Provider>
  )
}
