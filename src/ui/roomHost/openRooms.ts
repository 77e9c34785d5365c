/**
 * The maps whose room this window opened and has not closed, kept across a crash or reload. After
 * one, the host has resumed those rooms and participants are back in them; when the facilitator
 * reopens such a map, the window asks the host for its room and rejoins it. Only these maps are
 * asked about, so a web build served without a room host never sees a request it cannot answer.
 */
const KEY = 'journeyboard.room.openMaps'

function read(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

export function rememberRoomOpen(mapId: string, open: boolean): void {
  const others = read().filter((id) => id !== mapId)
  try {
    localStorage.setItem(KEY, JSON.stringify(open ? [...others, mapId] : others))
  } catch {
    // Without storage a crash only means the facilitator presses "Open the room" again: same room, same codes.
  }
}

export function wasRoomOpen(mapId: string): boolean {
  return read().includes(mapId)
}
