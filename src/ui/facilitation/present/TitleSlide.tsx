import { useTranslation } from 'react-i18next'
import type { Persona } from '../../../domain/types'
import type { TitleSlide as Title } from './slides'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase()
}

function PersonaCard({ persona }: { persona: Persona }) {
  const { t } = useTranslation()
  const goals = persona.goals.filter((g) => g.trim() !== '')
  return (
    <li className="present-persona" data-testid="present-persona">
      {persona.photo ? (
        <img className="present-persona__photo" src={persona.photo} alt="" />
      ) : (
        <span className="present-persona__photo" style={{ background: persona.color }} aria-hidden>
          {initials(persona.name)}
        </span>
      )}
      <span className="present-persona__name" dir="auto">
        {persona.name}
      </span>
      {persona.role ? <span dir="auto">{persona.role}</span> : null}
      {persona.quote ? (
        <blockquote className="present-persona__quote" dir="auto">
          {persona.quote}
        </blockquote>
      ) : null}
      {goals.length > 0 ? (
        <>
          <span className="present-persona__goals-title">{t('present.goals')}</span>
          <ul className="present-persona__goals">
            {goals.map((goal, i) => (
              // bdi, not dir on the item: the bullet stays on the page's side in either language.
              <li key={i}>
                <bdi>{goal}</bdi>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  )
}

/** The map's title and who it is for. */
export function TitleSlideView({ slide }: { slide: Title }) {
  const { t } = useTranslation()
  return (
    <div className="present-slide present-title">
      <h1 dir="auto">{slide.title.trim() || t('present.untitled')}</h1>
      {slide.personas.length > 0 ? (
        <ul className="present-personas" aria-label={t('present.personas')}>
          {slide.personas.map((persona) => (
            <PersonaCard key={persona.id} persona={persona} />
          ))}
        </ul>
      ) : null}
      <p className="present-hint">{t('present.hint')}</p>
    </div>
  )
}
