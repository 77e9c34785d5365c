import type { RefObject } from 'react'
import { useBoardClipboard } from '../clipboard/useBoardClipboard'
import { useWhiteboardKeys } from './useWhiteboardKeys'
import { useWhiteboardPointer, type WhiteboardPointerOptions } from './useWhiteboardPointer'

export { LinkLabelEditor } from '../links/LinkLabelEditor'
export { LinkOverlay } from '../links/LinkOverlay'
export { LinksGroup } from '../links/LinksGroup'
export { FreeItemNode, isShapedItem } from './FreeItemNode'
export { WhiteboardOverlay } from './WhiteboardOverlay'

/** Links, free items, tools and the clipboard: the board mounts all of it with this one call. */
export function useWhiteboard(options: WhiteboardPointerOptions & { readonly container: RefObject<HTMLDivElement | null>; readonly width: number; readonly height: number }) {
  useWhiteboardKeys(options.container, options.interaction)
  useBoardClipboard(options.container, options.interaction, options.width, options.height)
  return useWhiteboardPointer(options)
}
