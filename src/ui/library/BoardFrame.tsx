import { LayoutTemplate, Library } from 'lucide-react'
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Legend } from '../../canvas/cards/Legend'
import { MapPeopleBar } from '../people/MapPeopleBar'
import '../people/people.css'
import './library.css'
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog'
import { LibraryPalette } from './LibraryPalette'
import { dropOnBoard, isLibraryDrag } from './libraryDrop'

/**
 * Around the board: the map's persona header with the focus control above it, the touchpoint
 * library beside it, and the board itself as the drop target for library entries.
 */
export function BoardFrame({ children, participant = false, tools = null }: { children: ReactNode; participant?: boolean; tools?: ReactNode }) {
  const { t } = useTranslation()
  const [libraryOpen, setLibraryOpen] = useState(false)
  const [saving, setSaving] = useState(false)
  const target = useRef<HTMLDivElement>(null)

  return (
    <div className="board-frame">
      <div className="board-frame-bar">
        {/* A participant's page has no database: the library's own entries and templates live in the facilitator's. */}
        {participant ? null : (
          <button type="button" className={`button button--small${libraryOpen ? ' button--pressed' : ''}`} aria-pressed={libraryOpen} onClick={() => setLibraryOpen((v) => !v)}>
            <Library size={14} aria-hidden /> {t('library.toggle')}
          </button>
        )}
        <MapPeopleBar />
        <Legend />
        {participant ? null : (
          <button type="button" className="button button--small" onClick={() => setSaving(true)}>
            <LayoutTemplate size={14} aria-hidden /> {t('templates.saveAs')}
          </button>
        )}
        {/* The map's tools: the plan everywhere, and the facilitator's own (facilitation, timer, room) on their page. */}
        {tools}
      </div>
      <div className="board-frame-row">
        {libraryOpen ? <LibraryPalette onClose={() => setLibraryOpen(false)} /> : null}
        <div
          ref={target}
          className="board-frame-target"
          onDragOver={(e) => {
            if (!isLibraryDrag(e)) return
            e.preventDefault()
            e.dataTransfer.dropEffect = 'copy'
          }}
          onDrop={(e) => {
            if (!isLibraryDrag(e) || !target.current) return
            e.preventDefault()
            dropOnBoard(e, target.current)
          }}
        >
          {children}
        </div>
      </div>
      {saving ? <SaveTemplateDialog onClose={() => setSaving(false)} /> : null}
    </div>
  )
}
