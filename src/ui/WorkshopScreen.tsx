import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopId } from '../domain'
import { useAppStore } from '../store'
import { MapEditor } from './MapEditor'
import { MapList } from './MapList'
import { WorkshopPlan } from './plan/workshop/WorkshopPlan'

export function WorkshopScreen({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useTranslation()
  const hasDoc = useAppStore((s) => s.doc !== null && s.doc.map.workshopId === workshopId)
  const mapError = useAppStore((s) => s.mapError)
  // The map's editor is mounted while its map is read; its board waits for the map (MapEditor).
  const opening = useAppStore((s) => s.openingMapId !== null)
  // The workshop's plan belongs to the workshop it was opened in: another workshop opens on its map.
  const [planOf, setPlanOf] = useState<WorkshopId | null>(null)
  const planShown = planOf === workshopId
  return (
    <div className="workshop-screen">
      <MapList planShown={planShown} onShowPlan={(shown) => setPlanOf(shown ? workshopId : null)} />
      <div className="workshop-content">
        {planShown ? <WorkshopPlan workshopId={workshopId} onClose={() => setPlanOf(null)} /> : null}
        {/* Under the plan the map stays as it was (its side panel, its room), out of reach until the plan closes. */}
        <div className="workshop-main" inert={planShown}>
          {mapError ? (
            <p className="empty" role="alert">
              {t(mapError)}
            </p>
          ) : hasDoc || opening ? (
            <MapEditor />
          ) : null}
        </div>
      </div>
    </div>
  )
}
