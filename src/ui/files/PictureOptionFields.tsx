import { useTranslation } from 'react-i18next'
import type { PaperSize } from '../../io/export/pages'

const PAPERS: readonly PaperSize[] = ['a4', 'a3', 'letter', 'fit']
const PAPER_KEY: Record<PaperSize, string> = { a4: 'export.paperA4', a3: 'export.paperA3', letter: 'export.paperLetter', fit: 'export.paperFit' }

export type PngScale = 1 | 2 | 3

export interface PictureOptions {
  readonly scale: PngScale
  readonly transparent: boolean
  readonly paper: PaperSize
}

/**
 * A picture format's own options, the same wherever a picture is exported (the map, the plan's
 * matrix): scale for PNG, the background for PNG and SVG, the paper for PDF. `idPrefix` keeps the
 * labels tied to their fields when two forms are on one page.
 */
export function PictureOptionFields({ kind, idPrefix, value, onChange }: { kind: 'png' | 'svg' | 'pdf'; idPrefix: string; value: PictureOptions; onChange: (next: PictureOptions) => void }) {
  const { t } = useTranslation()
  const field = (name: string) => `${idPrefix}-${name}`
  return (
    <>
      {kind === 'png' && (
        <div className="field">
          <label htmlFor={field('scale')}>{t('export.scale')}</label>
          <select id={field('scale')} value={value.scale} onChange={(e) => onChange({ ...value, scale: Number(e.target.value) as PngScale })}>
            {[1, 2, 3].map((s) => (
              <option key={s} value={s}>{`${s}×`}</option>
            ))}
          </select>
        </div>
      )}
      {kind !== 'pdf' && (
        <div className="field">
          <label htmlFor={field('background')}>{t('export.background')}</label>
          <select id={field('background')} value={value.transparent ? 'transparent' : 'white'} onChange={(e) => onChange({ ...value, transparent: e.target.value === 'transparent' })}>
            <option value="white">{t('export.white')}</option>
            <option value="transparent">{t('export.transparent')}</option>
          </select>
        </div>
      )}
      {kind === 'pdf' && (
        <div className="field">
          <label htmlFor={field('paper')}>{t('export.paper')}</label>
          <select id={field('paper')} value={value.paper} onChange={(e) => onChange({ ...value, paper: e.target.value as PaperSize })}>
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {t(PAPER_KEY[p])}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  )
}

export const DEFAULT_PICTURE_OPTIONS: PictureOptions = { scale: 2, transparent: false, paper: 'a4' }
