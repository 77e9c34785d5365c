/**
 * The timer's two sounds, synthesized with the Web Audio API (no files, works offline): a soft
 * single chime at ten seconds left and a brighter three-note chime at the end. Sound is a bonus:
 * without Web Audio, or when the audio device refuses, the timer stays silent and says nothing in
 * the console (the end is always visible). Muted (this device, or the whole room by the
 * facilitator) it plays nothing at all; the display still shows both moments.
 */
import { chimesMuted } from './mutePref'

export type Chime = 'lastTen' | 'end'

interface Note {
  /** Hz. */
  readonly frequency: number
  /** Seconds after the chime starts. */
  readonly at: number
  /** Seconds it rings before fading out. */
  readonly length: number
  readonly peak: number
}

const CHIMES: Record<Chime, { readonly wave: OscillatorType; readonly notes: readonly Note[] }> = {
  // One quiet, round note (A5): a heads-up that does not startle a room in the middle of writing.
  lastTen: { wave: 'sine', notes: [{ frequency: 880, at: 0, length: 0.7, peak: 0.12 }] },
  // C6, E6, G6 rising: clearly different from the heads-up, and clearly "done".
  end: {
    wave: 'triangle',
    notes: [
      { frequency: 1046.5, at: 0, length: 0.9, peak: 0.22 },
      { frequency: 1318.5, at: 0.18, length: 0.9, peak: 0.22 },
      { frequency: 1568, at: 0.36, length: 1.4, peak: 0.25 },
    ],
  },
}

type AudioContextClass = new () => AudioContext

let context: AudioContext | null = null

function audioContext(): AudioContext | null {
  if (context) return context
  const scope = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass }
  const Ctor = scope.AudioContext ?? scope.webkitAudioContext
  if (!Ctor) return null
  context = new Ctor()
  return context
}

function ring(audio: AudioContext, wave: OscillatorType, note: Note): void {
  const start = audio.currentTime + note.at
  const oscillator = audio.createOscillator()
  const gain = audio.createGain()
  oscillator.type = wave
  oscillator.frequency.value = note.frequency
  // A quick attack and an exponential fade, like a struck bell, with no click at either end.
  gain.gain.setValueAtTime(0.0001, start)
  gain.gain.exponentialRampToValueAtTime(note.peak, start + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.0001, start + note.length)
  oscillator.connect(gain)
  gain.connect(audio.destination)
  oscillator.start(start)
  oscillator.stop(start + note.length + 0.05)
}

/**
 * Opens the audio output while the person is clicking Start: browsers let a page sound only after a
 * gesture, and the chimes come seconds or minutes later, with no click to lean on.
 */
export function prepareSound(): void {
  try {
    const audio = audioContext()
    if (audio?.state === 'suspended') audio.resume().catch(() => undefined)
  } catch {
    // No audio here: the timer stays silent.
  }
}

/** Plays a chime, unless this device or the room is muted; never throws, never rejects. */
export function playChime(chime: Chime): void {
  if (chimesMuted()) return
  try {
    const audio = audioContext()
    if (!audio) return
    const play = () => {
      try {
        const { wave, notes } = CHIMES[chime]
        for (const note of notes) ring(audio, wave, note)
      } catch {
        // The audio device went away mid-chime: stay silent.
      }
    }
    // A context the browser keeps suspended may resume much later: a chime then would be a lie.
    const asked = Date.now()
    if (audio.state === 'suspended') audio.resume().then(() => (Date.now() - asked < 1000 ? play() : undefined), () => undefined)
    else play()
  } catch {
    // No audio output, or the browser refused to create a context: the timer stays silent.
  }
}
