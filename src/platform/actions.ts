import type { MenuCommand } from '../../electron/shared/ipc'
import type { CardId } from '../domain'

/**
 * Things one part of the page asks another to do right now, where the asker does not hold the
 * doer (a panel asking the board to pan, a banner asking the file host to save). What stays on
 * screen (dialogs, notices, waiting files) is session state in the store instead.
 */
export type AppAction =
  /** A named command: from the native menu, a key or a button; the board and the file host each take theirs. */
  | { readonly type: 'command'; readonly command: MenuCommand }
  /** Pan the board so a card is in view (panels sit outside the board and do not know its size). */
  | { readonly type: 'revealCard'; readonly cardId: CardId }

type Listener<T extends AppAction['type']> = (action: Extract<AppAction, { type: T }>) => void

/** A typed, synchronous route for AppActions: each listener hears only the type it asked for. */
export class ActionBus {
  private readonly listeners = new Map<AppAction['type'], Set<(action: AppAction) => void>>()

  send(action: AppAction): void {
    for (const listener of [...(this.listeners.get(action.type) ?? [])]) listener(action)
  }

  /** Returns the unsubscribe function. */
  on<T extends AppAction['type']>(type: T, listener: Listener<T>): () => void {
    const set = this.listeners.get(type) ?? new Set()
    this.listeners.set(type, set)
    const handle = listener as (action: AppAction) => void
    set.add(handle)
    return () => void set.delete(handle)
  }
}

/** The page's one bus, beside the one store. */
export const appActions = new ActionBus()
