import { Sparkles } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { withoutIsolation } from '../../i18n/isolated'
import { useWorkspace } from '../WorkspaceContext'
import '../people/people.css'
import './templates.css'

/**
 * On an empty first start: an offer (never an automatic creation) of the day-in-the-life sample
 * workshop, so a facilitator sees a finished map before drawing their own.
 */
export function SampleOffer() {
  const { t } = useTranslation()
  const workspace = useWorkspace()
  const [busy, setBusy] = useState(false)
  return (
    <section className="sample-offer" aria-labelledby="sample-offer-heading">
      <h2 id="sample-offer-heading">{t('sample.offerTitle')}</h2>
      <p>{t('sample.offerBody')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => {
          setBusy(true)
          void workspace.openSampleWorkshop(withoutIsolation(t)).finally(() => setBusy(false))
        }}
      >
        <Sparkles size={16} aria-hidden /> {t('sample.open')}
      </button>
    </section>
  )
}
