import { Copy, Pencil, Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { withoutIsolation } from '../../i18n/isolated'
import { useShallow } from 'zustand/react/shallow'
import { createPersona, newId, PERSONA_COLORS, type PersonaId } from '../../domain'
import { appStore, useAppStore } from '../../store'
import { SectionHeader } from '../SectionHeader'
import { Avatar } from './Avatar'
import { OneLine } from '../OneLine'

/** The workshop's personas: create, open for editing, duplicate, delete, and put on this map's header. */
export function PersonaList({ onEdit }: { onEdit: (id: PersonaId) => void }) {
  const { t } = useTranslation()
  const dispatch = useAppStore((s) => s.dispatch)
  const personas = useAppStore(useShallow((s) => Object.values(s.doc?.personas ?? {})))
  const onMap = useAppStore((s) => s.doc?.map.personaIds)

  const add = () => {
    const doc = appStore.getState().doc
    if (!doc) return
    const n = Object.keys(doc.personas).length
    const persona = createPersona(doc.map.workshopId, t('people.newPersonaName', { n: n + 1 }), PERSONA_COLORS[n % PERSONA_COLORS.length])
    // A new persona joins the map it was made on: that is almost always why it was made.
    dispatch({ type: 'addPersona', persona, onMap: true })
    onEdit(persona.id)
  }

  const duplicate = (id: PersonaId) => {
    const source = appStore.getState().doc?.personas[id]
    if (!source) return
    dispatch({ type: 'addPersona', persona: { ...source, id: newId<PersonaId>(), name: withoutIsolation(t)('people.copyName', { name: source.name }) } })
  }

  const remove = (id: PersonaId, name: string) => {
    if (window.confirm(t('people.deleteConfirm', { name }))) {
      if (appStore.getState().focusPersonaId === id) appStore.getState().setFocusPersona(null)
      dispatch({ type: 'deletePersona', personaId: id })
    }
  }

  const setOnMap = (id: PersonaId, on: boolean) => {
    const current = onMap ?? []
    dispatch({ type: 'setMapPersonas', personaIds: on ? [...current.filter((p) => p !== id), id] : current.filter((p) => p !== id) })
  }

  return (
    <section aria-labelledby="personas-heading">
      <SectionHeader className="people-section-header" headingId="personas-heading" title={t('people.personas')} addLabel={t('people.addPersona')} onAdd={add} />
      {personas.length === 0 ? <p className="muted">{t('people.empty')}</p> : null}
      <ul className="persona-list">
        {personas.map((p) => {
          const name = p.name || t('people.unnamed')
          return (
            <li key={p.id} className="persona-item">
              <Avatar persona={p} />
              <button type="button" className="persona-item-name" onClick={() => onEdit(p.id)}>
                <OneLine text={name} className="persona-item-title" />
                {p.role ? <OneLine text={p.role} className="muted" /> : null}
              </button>
              <label className="persona-item-onmap" title={t('people.onMap', { name })}>
                <input type="checkbox" aria-label={t('people.onMap', { name })} checked={onMap?.includes(p.id) ?? false} onChange={(e) => setOnMap(p.id, e.target.checked)} />
              </label>
              <button type="button" className="icon-button icon-button--small" onClick={() => onEdit(p.id)} aria-label={t('people.edit', { name })} title={t('people.edit', { name })}>
                <Pencil size={14} aria-hidden />
              </button>
              <button type="button" className="icon-button icon-button--small" onClick={() => duplicate(p.id)} aria-label={t('people.duplicate', { name })} title={t('people.duplicate', { name })}>
                <Copy size={14} aria-hidden />
              </button>
              <button type="button" className="icon-button icon-button--small" onClick={() => remove(p.id, name)} aria-label={t('people.delete', { name })} title={t('people.delete', { name })}>
                <Trash2 size={14} aria-hidden />
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
