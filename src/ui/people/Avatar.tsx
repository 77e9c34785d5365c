import type { Persona } from '../../domain'
import { initials } from './photo'

/** A persona's photo, or its initials on its colour; decorative, the name is always written beside it. */
export function Avatar({ persona, size = 32 }: { persona: Pick<Persona, 'name' | 'photo' | 'color'>; size?: number }) {
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4) }
  if (persona.photo) return <img className="avatar" src={persona.photo} alt="" style={style} />
  return (
    <span className="avatar avatar--initials" style={{ ...style, background: persona.color }} aria-hidden>
      {initials(persona.name)}
    </span>
  )
}
