import { EyeOff } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { PrivateWriting } from '../../room/privateWriting'

/** While private writing is on: that this person's new cards are theirs alone until the reveal, and any refusal. */
export function PrivateBanner({ writing }: { writing: PrivateWriting }) {
  const { t } = useTranslation()
  const session = useStore(writing.state, (s) => s.session)
  const error = useStore(writing.state, (s) => s.error)
  if (!session) return null
  return (
    <div className="participant-private" role="region" aria-label={t('room.private.region')} data-testid="participant-private">
      <EyeOff size={16} aria-hidden />
      <span className="participant-vote-text" role="status">
        {t('room.private.banner')} {session.anonymous ? t('room.private.anonymous') : t('room.private.named')}
      </span>
      {error ? (
        <span className="participant-vote-error" role="alert" data-testid="participant-private-error">
          {t(`room.private.errors.${error}`)}
        </span>
      ) : null}
    </div>
  )
}
