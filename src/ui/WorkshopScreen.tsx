import { useTranslation } from 'react-i18next'
import type { WorkshopId } from '../domain'
import { useAppStore } from '../store'
import { MapEditor } from './MapEditor'
import { MapList } from './MapList'

export function WorkshopScreen({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useTranslation()
  const hasDoc = useAppStore((s) => s.doc !== null && s.doc.map.workshopId === workshopId)
  const mapError = useAppStore((s) => s.mapError)
  return (
    <div className="workshop-screen">
      <MapList />
      <div className="workshop-content">
        {mapError ? (
          <p className="empty" role="alert">
            {t(mapError)}
          </p>
        ) : hasDoc ? (
          <MapEditor />
        ) : null}
      </div>
    </div>
  )
}
