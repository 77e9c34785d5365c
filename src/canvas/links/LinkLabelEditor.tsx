import { useRef, useState } from 'react'
import { useStableTranslation } from '../../i18n/stableTranslation'
import { cardLayout } from '../../domain/layout'
import { useAppStore } from '../../store'
import { CANVAS_FONT_FAMILY, textDirection } from '../../drawing/cardStyle'
import { useEditField } from '../editField'
import { boardToScreen } from '../viewport'
import { placeLinks, pointAt } from '../../drawing/linkGeometry'
import { useBoardEditor, useInteraction } from '../interaction'

/** A text box on the middle of an arrow for its label: Enter or leaving commits, Esc cancels. */
export function LinkLabelEditor({ onDone }: { onDone: () => void }) {
  const editing = useInteraction((s) => s.editingLink)
  if (!editing) return null
  return <LabelBox key={editing} linkId={editing} onDone={onDone} />
}

function LabelBox({ linkId, onDone }: { linkId: string; onDone: () => void }) {
  const { t } = useStableTranslation()
  const editor = useBoardEditor()
  const doc = useAppStore((s) => s.doc)
  const viewport = useAppStore((s) => s.viewport)
  const dispatch = useAppStore((s) => s.dispatch)
  const link = doc ? Object.values(doc.links).find((l) => l.id === linkId) : undefined
  const [text, setText] = useState(() => link?.label ?? '')
  const ref = useRef<HTMLInputElement>(null)
  const { finish, onKeyDown } = useEditField(ref, (commit) => {
    const label = text.trim()
    if (commit && link && label !== link.label) dispatch({ type: 'updateLink', linkId: link.id, label })
    editor.finishEditingLink()
    onDone()
  })

  if (!doc || !link) return null
  const placed = placeLinks(doc, cardLayout(doc).rects).find((l) => l.id === link.id)
  if (!placed) return null
  const at = boardToScreen(viewport, pointAt(placed.path, 0.5))
  const size = Math.max(12, 14 * viewport.zoom)
  return (
    <input
      ref={ref}
      aria-label={t('board.links.label')}
      placeholder={t('board.links.labelPlaceholder')}
      value={text}
      dir={textDirection(text, doc.map.direction).direction}
      maxLength={200}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
      style={{
        position: 'absolute',
        left: at.x,
        top: at.y,
        transform: 'translate(-50%, -50%)',
        width: `${Math.max(10, text.length + 2)}ch`,
        minWidth: 120,
        maxWidth: 360,
        padding: '4px 8px',
        font: `${size}px ${CANVAS_FONT_FAMILY}`,
        textAlign: 'center',
        border: '2px solid #2563eb',
        borderRadius: 6,
        background: '#ffffff',
        color: '#0f172a',
        outline: 'none',
        zIndex: 3,
      }}
    />
  )
}
