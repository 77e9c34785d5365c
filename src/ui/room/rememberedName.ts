/** Where a participant's name is kept between visits, per browser: the next QR scan starts with it filled in. */
const NAME_KEY = 'journeyboard.room.name'

/** Names longer than this are cut: the facilitator's list and the cursors show a name on one line. */
export const NAME_MAX_LENGTH = 40

// localStorage throws when storage is blocked (Safari's private browsing, a full disk): the name is
// a convenience, so the page goes on without it.

export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name)
  } catch {
    // See above: not remembering is the only consequence.
  }
}
