import { useCallback, useEffect, type RefObject } from 'react'
import type { StageId } from '../../domain'
import { appStore, useAppStore } from '../../store'
import { stageViewport } from '../navigation/zoomToStage'
import './grid.css'
import { renameCommand } from '../../domain/gridCommands'
import { useGridUi, useGridUiStore } from './gridUi'
import { HeaderEditor } from './HeaderEditor'
import { HeaderFocusRing } from './HeaderFocusRing'
import { HeaderToolbar } from './HeaderToolbar'
import { useGridKeyFocus } from './useGridKeyFocus'

export interface GridEditingProps {
  readonly container: RefObject<HTMLDivElement | null>
  readonly focusBoard: () => void
  readonly width: number
  readonly height: number
}

/**
 * Editing the grid where it is drawn: the rename field and the header toolbar over it (header
 * presses, drags and resizes are the board editor's, through headerPointer.ts). Mounted once inside the board.
 */
export function GridEditing({ container, focusBoard, width, height }: GridEditingProps) {
  const mapId = useAppStore((s) => s.doc?.map.id ?? null)
  const gridUi = useGridUiStore()
  const editing = useGridUi((s) => s.editing)
  const hover = useGridUi((s) => s.hover)
  const keyFocus = useAppStore((s) => s.selectedHeader)
  const dragging = useGridUi((s) => s.drag !== null)
  useEffect(
    () =>
      // The toolbar would drift off its header during a pan; it comes back on the next pointer move.
      appStore.subscribe((s, prev) => {
        const ui = gridUi.getState()
        if (s.viewport !== prev.viewport && ui.hover && !ui.popover) ui.set({ hover: null })
      }),
    [gridUi],
  )
  useGridKeyFocus(container)
  // The pointer's header wins; with the pointer elsewhere the keyboard's header keeps its toolbar.
  const toolbarFor = hover ?? keyFocus

  useEffect(() => {
    // Another map was opened: nothing of the old map's headers applies to it.
    gridUi.getState().reset()
  }, [mapId, gridUi])

  const finishRename = useCallback(
    (title: string | null) => {
      const target = gridUi.getState().editing
      gridUi.getState().set({ editing: null })
      const { doc, dispatch } = appStore.getState()
      const cmd = target && doc && title !== null ? renameCommand(doc, target, title) : null
      if (cmd) dispatch(cmd)
      focusBoard()
    },
    [focusBoard, gridUi],
  )

  const zoomToStage = useCallback(
    (stageId: StageId) => {
      const { doc, setViewport } = appStore.getState()
      const next = doc && stageViewport(doc, stageId, width, height)
      if (next) setViewport(next)
    },
    [width, height],
  )

  return (
    <>
      {editing && <HeaderEditor key={`${editing.kind}:${editing.id}`} target={editing} width={width} height={height} onDone={finishRename} />}
      {keyFocus && !editing && <HeaderFocusRing key={`${keyFocus.kind}:${keyFocus.id}`} target={keyFocus} width={width} height={height} />}
      {toolbarFor && !editing && !dragging && <HeaderToolbar target={toolbarFor} width={width} height={height} onZoomToStage={zoomToStage} focusBoard={focusBoard} />}
    </>
  )
}
