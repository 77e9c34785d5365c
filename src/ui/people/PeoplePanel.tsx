import { useState } from 'react'
import type { PersonaId } from '../../domain'
import { useAppStore } from '../../store'
import { JobsPanel } from './JobsPanel'
import { PersonaEditor } from './PersonaEditor'
import { PersonaList } from './PersonaList'
import './people.css'

/** The "People" tab beside the board: the workshop's personas (list or one open in the editor) and its jobs. */
export function PeoplePanel() {
  const [editing, setEditing] = useState<PersonaId | null>(null)
  const persona = useAppStore((s) => (editing ? s.doc?.personas[editing] : undefined))
  return (
    <div className="people-panel">
      {persona ? (
        <PersonaEditor persona={persona} onBack={() => setEditing(null)} />
      ) : (
        <>
          <PersonaList onEdit={setEditing} />
          <JobsPanel />
        </>
      )}
    </div>
  )
}
