import type { StateCreator } from 'zustand'
import {
  addTime,
  idleTimer,
  isDefaultControl,
  NO_FACILITATION,
  pauseTimer,
  resetTimer,
  resumeTimer,
  settleTimer,
  startTimer,
  type Agenda,
  type FacilitatorControl,
  type MapFacilitation,
  type TimerState,
  type VoteRecord,
} from '../domain/facilitation'

/**
 * Running the workshop on the open map: its saved facilitation (agenda, vote history), and the
 * session's timer and current agenda step, which are never saved. Outside the document's history:
 * moving an agenda step is not undone by Ctrl+Z on the board.
 */
export interface FacilitationSlice {
  /** The open map's agenda and vote history; NO_FACILITATION while no map is open. */
  facilitation: MapFacilitation
  /** Bumped by every change the person made, so persistence saves it (opening a map does not bump it). */
  facilitationRevision: number
  /** Opening a map: its saved facilitation, not counted as a change. */
  loadFacilitation: (facilitation: MapFacilitation) => void
  /** null clears the agenda (the map goes back to having none). */
  setAgenda: (agenda: Agenda | null) => void
  addVoteRecord: (record: VoteRecord) => void
  removeVoteRecord: (id: string) => void
  /** The facilitator's locks and timer setting (saved with the map; a room publishes them). */
  setControl: (control: FacilitatorControl) => void

  /** The workshop's timer, in this machine's clock (a room maps it to the host's). */
  timer: TimerState
  /** Muted on this device: the end and the last ten seconds stay visible, silent. */
  timerMuted: boolean
  startTimer: (durationMs: number) => void
  pauseTimer: () => void
  resumeTimer: () => void
  resetTimer: () => void
  addTimerTime: (ms: number) => void
  /** Writes 'done' once a running timer's time is up (the ticking hook calls it once, so the end sounds once). */
  settleTimer: () => void
  setTimerMuted: (muted: boolean) => void
  /** The facilitator muted the room: every device's timer stays silent (src/room/sessionHold.ts). */
  roomMuted: boolean
  /** The board rectangle the facilitator holds everyone's view to ("take control"); null: nobody holds it. */
  roomHold: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null

  /** The presentation on screen and its slide; in a room everyone's screen follows it. null: not presenting. */
  presentation: { readonly slide: number } | null
  setPresentation: (presentation: { readonly slide: number } | null) => void

  /** The agenda step being run: its instruction shows over the board. */
  activeAgendaStepId: string | null
  /** Starts an agenda step: shows its instruction and starts the timer for its planned minutes. */
  startAgendaStep: (stepId: string) => void
  /**
   * Ends the running step: the instruction goes away and a countdown still running or paused is
   * stopped (an early end must not chime at the room later). A timer that already ran out stays
   * as it is, so its end stays visible.
   */
  endAgendaStep: () => void
}

/** The clock the timer reads; tests replace it through vi.useFakeTimers. */
const now = () => Date.now()

export const createFacilitationSlice: StateCreator<FacilitationSlice, [], [], FacilitationSlice> = (set, get) => {
  const change = (facilitation: MapFacilitation) => set({ facilitation, facilitationRevision: get().facilitationRevision + 1 })
  return {
    facilitation: NO_FACILITATION,
    facilitationRevision: 0,
    loadFacilitation: (facilitation) => set({ facilitation, activeAgendaStepId: null, presentation: null }),
    setAgenda: (agenda) => change({ ...get().facilitation, agenda }),
    addVoteRecord: (record) => change({ ...get().facilitation, votes: [...get().facilitation.votes, record] }),
    removeVoteRecord: (id) => change({ ...get().facilitation, votes: get().facilitation.votes.filter((v) => v.id !== id) }),
    setControl: (control) => {
      const { control: _old, ...rest } = get().facilitation
      change(isDefaultControl(control) ? rest : { ...rest, control })
    },

    timer: idleTimer(),
    timerMuted: false,
    startTimer: (durationMs) => set({ timer: startTimer(durationMs, now()) }),
    pauseTimer: () => set({ timer: pauseTimer(get().timer, now()) }),
    resumeTimer: () => set({ timer: resumeTimer(get().timer, now()) }),
    resetTimer: () => set({ timer: resetTimer(get().timer) }),
    addTimerTime: (ms) => set({ timer: addTime(get().timer, ms, now()) }),
    settleTimer: () => {
      const settled = settleTimer(get().timer, now())
      if (settled !== get().timer) set({ timer: settled })
    },
    setTimerMuted: (timerMuted) => set({ timerMuted }),
    roomMuted: false,
    roomHold: null,

    presentation: null,
    setPresentation: (presentation) => set({ presentation }),

    activeAgendaStepId: null,
    startAgendaStep: (stepId) => {
      const step = get().facilitation.agenda?.steps.find((s) => s.id === stepId)
      if (!step) return
      set({ activeAgendaStepId: stepId, timer: startTimer(step.minutes * 60_000, now()) })
    },
    endAgendaStep: () => {
      const timer = settleTimer(get().timer, now())
      set({ activeAgendaStepId: null, timer: timer.status === 'running' || timer.status === 'paused' ? resetTimer(timer) : timer })
    },
  }
}
