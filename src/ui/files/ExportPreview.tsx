import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JourneyDoc } from '../../domain'
import { withoutIsolation } from '../../i18n/isolated'
import type { PicturePreview } from '../../io/export/previewPicture'
import { appStore } from '../../store'
import type { VisualExportOptions } from './pictureExport'

/** The preview's box in CSS pixels: wide and low, like a map. */
export const PREVIEW_BOX = { width: 520, height: 220 }
/** Options change in bursts (a select scrolled with the keys): draw once they settle. */
export const PREVIEW_DELAY_MS = 250

/** The last preview drawn, and for which map and options (a newer choice makes it stale). */
type Shown = { readonly preview: PicturePreview | null; readonly url: string; readonly doc: JourneyDoc; readonly options: VisualExportOptions } | null

/**
 * A live picture of what the export will hold, redrawn shortly after the options change: the
 * scope, the background, and for a PDF where the pages cut. The renderer is loaded with it, never
 * on the app's first load.
 */
export function ExportPreview({ doc, options, summary }: { doc: JourneyDoc; options: VisualExportOptions; summary: string | null }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState<Shown>(null)
  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(() => {
      void import('../../io/export/previewPicture')
        .then(({ picturePreview }) => picturePreview(doc, options, { t: withoutIsolation(t), chosenPersona: appStore.getState().emotionPersonaId }, PREVIEW_BOX))
        .catch(() => null)
        .then((preview) => {
          if (cancelled) return
          setShown({ preview, url: preview ? URL.createObjectURL(new Blob([preview.svg], { type: 'image/svg+xml' })) : '', doc, options })
        })
    }, PREVIEW_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [doc, options, t])
  useEffect(() => () => void (shown?.url && URL.revokeObjectURL(shown.url)), [shown])

  const busy = !shown || shown.doc !== doc || shown.options !== options
  const { kind, transparent } = options
  const picture = shown?.preview ?? null
  return (
    <figure className="export-preview" data-testid="export-preview" aria-busy={busy} data-kind={kind} data-transparent={transparent || undefined}>
      <div className="export-preview-stage">
        {picture && shown ? (
          <div className="export-preview-picture" style={{ width: picture.width, height: picture.height }}>
            <img src={shown.url} width={picture.width} height={picture.height} alt={t('export.previewAlt')} data-testid="export-preview-image" />
            {picture.pages.map((p, i) => (
              <span key={i} className="export-preview-page" style={{ left: p.x, top: p.y, width: p.width, height: p.height }} data-testid="export-preview-page">
                <span className="export-preview-page-number">{t('export.pageNumber', { number: i + 1 })}</span>
              </span>
            ))}
          </div>
        ) : (
          <p className="muted">{shown && !busy ? t('export.nothingSelected') : t('export.previewPreparing')}</p>
        )}
      </div>
      {summary ? <figcaption className="muted" data-testid="export-summary">{summary}</figcaption> : null}
    </figure>
  )
}
