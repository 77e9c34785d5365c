import { describe, expect, it } from 'vitest'
import { LANE_KINDS, isSafeId } from '../../../src/domain'
import {
  addStep,
  MAX_AGENDA_STEPS,
  MAX_INSTRUCTION_CHARS,
  MAX_TITLE_CHARS,
  methodAgenda,
  moveStep,
  removeStep,
  renameStep,
  scheduleOf,
  setInstruction,
  setLaneKinds,
  setMinutes,
  totalMinutes,
  validateAgenda,
  type Agenda,
} from '../../../src/domain/facilitation/agenda'

/** Predictable ids, so expectations can name steps. */
function counter(prefix = 's') {
  let n = 0
  return () => `${prefix}${++n}`
}

const method = () => methodAgenda(counter())
const ids = (agenda: Agenda) => agenda.steps.map((s) => s.id)

describe('the method agenda', () => {
  it('is preparation and then the five steps, in order, with default texts', () => {
    const agenda = method()
    expect(agenda.steps.map((s) => s.kind)).toEqual(['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks', 'automation'])
    expect(ids(agenda)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6'])
    for (const step of agenda.steps) {
      expect(step.title).toBe('')
      expect(step.instruction).toBe('')
      expect(Number.isInteger(step.minutes) && step.minutes >= 1 && step.minutes <= 240).toBe(true)
      expect(step.laneKinds.every((k) => (LANE_KINDS as readonly string[]).includes(k))).toBe(true)
    }
  })

  it('points each step at the lanes it works on', () => {
    const lanes = Object.fromEntries(method().steps.map((s) => [s.kind, s.laneKinds]))
    expect(lanes.prep).toContain('jobs')
    expect(lanes.actions).toContain('actions')
    expect(lanes.touchpoints).toEqual(expect.arrayContaining(['actions', 'touchpoints']))
    expect(lanes.tasks).toContain('tasks')
    expect(lanes.automation).toContain('tasks')
  })

  it('gives every call its own lane lists, so editing one agenda leaves the next alone', () => {
    const a = method()
    const b = method()
    expect(a.steps[0]?.laneKinds).not.toBe(b.steps[0]?.laneKinds)
  })

  it('plans a workshop of a sensible length', () => {
    expect(totalMinutes(method())).toBe(100)
  })
})

describe('editing steps', () => {
  it('renames and sets the instruction without touching the original', () => {
    const before = method()
    const after = setInstruction(renameStep(before, 's2', '  Walk the journey  '), 's2', 'List what the customer does.\nOne card each.')
    expect(after.steps[1]).toMatchObject({ title: 'Walk the journey', instruction: 'List what the customer does.\nOne card each.' })
    expect(before.steps[1]).toMatchObject({ title: '', instruction: '' })
    expect(after.steps[0]).toBe(before.steps[0])
  })

  it('keeps titles to one safe line and cuts long texts without splitting an emoji', () => {
    const agenda = renameStep(method(), 's1', 'Per\u202Esonas\nand jobs')
    expect(agenda.steps[0]?.title).toBe('Personasand jobs')
    const long = renameStep(method(), 's1', 'a'.repeat(MAX_TITLE_CHARS - 1) + '😀')
    expect(long.steps[0]?.title).toBe('a'.repeat(MAX_TITLE_CHARS - 1))
    const instruction = setInstruction(method(), 's1', 'x'.repeat(5000))
    expect(instruction.steps[0]?.instruction).toHaveLength(MAX_INSTRUCTION_CHARS)
  })

  it('clamps minutes to whole minutes in 1..240 and ignores non-numbers', () => {
    const agenda = method()
    expect(setMinutes(agenda, 's1', 0).steps[0]?.minutes).toBe(1)
    expect(setMinutes(agenda, 's1', -5).steps[0]?.minutes).toBe(1)
    expect(setMinutes(agenda, 's1', 1000).steps[0]?.minutes).toBe(240)
    expect(setMinutes(agenda, 's1', 12.6).steps[0]?.minutes).toBe(13)
    expect(setMinutes(agenda, 's1', Number.NaN)).toBe(agenda)
    expect(setMinutes(agenda, 's1', Number.POSITIVE_INFINITY)).toBe(agenda)
  })

  it('sets lane kinds, dropping unknown and repeated ones', () => {
    const agenda = setLaneKinds(method(), 's1', ['painPoints', 'painPoints', 'nonsense' as never, 'emotions'])
    expect(agenda.steps[0]?.laneKinds).toEqual(['painPoints', 'emotions'])
  })

  it('leaves the agenda as it was for an unknown step', () => {
    const agenda = method()
    expect(renameStep(agenda, 'nope', 'x')).toBe(agenda)
    expect(setInstruction(agenda, 'nope', 'x')).toBe(agenda)
    expect(setMinutes(agenda, 'nope', 5)).toBe(agenda)
    expect(removeStep(agenda, 'nope')).toBe(agenda)
  })
})

describe('adding, removing and moving steps', () => {
  it('adds a custom step after a given step, first for null, last for a step that is gone', () => {
    const agenda = method()
    expect(ids(addStep(agenda, 's2', 'new'))).toEqual(['s1', 's2', 'new', 's3', 's4', 's5', 's6'])
    expect(ids(addStep(agenda, null, 'new'))[0]).toBe('new')
    expect(ids(addStep(agenda, 'gone', 'new')).at(-1)).toBe('new')
    expect(addStep(agenda, 's6', 'new').steps.at(-1)).toEqual({ id: 'new', kind: 'custom', title: '', instruction: '', minutes: 10, laneKinds: [] })
    expect(agenda.steps).toHaveLength(6)
  })

  it('refuses a repeated or unsafe id and stops at the step limit', () => {
    const agenda = method()
    expect(addStep(agenda, null, 's1')).toBe(agenda)
    expect(addStep(agenda, null, '__proto__')).toBe(agenda)
    let full: Agenda = { steps: [] }
    for (let i = 0; i < MAX_AGENDA_STEPS + 5; i++) full = addStep(full, null, `x${i}`)
    expect(full.steps).toHaveLength(MAX_AGENDA_STEPS)
  })

  it('removes a step', () => {
    expect(ids(removeStep(method(), 's3'))).toEqual(['s1', 's2', 's4', 's5', 's6'])
  })

  it('moves a step by index, clamping the target and ignoring a bad source', () => {
    const agenda = method()
    expect(ids(moveStep(agenda, 0, 2))).toEqual(['s2', 's3', 's1', 's4', 's5', 's6'])
    expect(ids(moveStep(agenda, 5, 0))).toEqual(['s6', 's1', 's2', 's3', 's4', 's5'])
    expect(ids(moveStep(agenda, 1, 99))).toEqual(['s1', 's3', 's4', 's5', 's6', 's2'])
    expect(ids(moveStep(agenda, 1, -3))).toEqual(['s2', 's1', 's3', 's4', 's5', 's6'])
    expect(moveStep(agenda, 2, 2)).toBe(agenda)
    expect(moveStep(agenda, 6, 0)).toBe(agenda)
    expect(moveStep(agenda, -1, 0)).toBe(agenda)
    expect(moveStep(agenda, 0.5, 0)).toBe(agenda)
    expect(moveStep(agenda, 0, Number.NaN)).toBe(agenda)
    expect(ids(agenda)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6'])
  })
})

describe('the schedule', () => {
  it('runs the steps back to back from the start time', () => {
    const start = Date.UTC(2025, 0, 6, 9, 0)
    const agenda = setMinutes(setMinutes(method(), 's1', 30), 's2', 45)
    const schedule = scheduleOf(agenda, start)
    expect(schedule[0]).toEqual({ id: 's1', startMs: start, endMs: start + 30 * 60_000 })
    expect(schedule[1]).toEqual({ id: 's2', startMs: start + 30 * 60_000, endMs: start + 75 * 60_000 })
    for (let i = 1; i < schedule.length; i++) expect(schedule[i]?.startMs).toBe(schedule[i - 1]?.endMs)
    expect(schedule.at(-1)?.endMs).toBe(start + totalMinutes(agenda) * 60_000)
    expect(scheduleOf({ steps: [] }, start)).toEqual([])
  })
})

describe('reading an agenda from untrusted JSON', () => {
  it('reads back what it wrote', () => {
    const agenda = setInstruction(renameStep(method(), 's2', 'Actions'), 's3', 'Match each action')
    expect(validateAgenda(JSON.parse(JSON.stringify(agenda)), counter('n'))).toEqual(agenda)
  })

  it('returns an empty agenda for anything that is not one', () => {
    for (const input of [null, undefined, 42, 'steps', [], {}, { steps: 'x' }, { steps: {} }, { steps: null }]) {
      expect(validateAgenda(input)).toEqual({ steps: [] })
    }
  })

  it('drops entries that are not steps and fills or clamps bad fields', () => {
    const input = {
      steps: [
        null,
        7,
        'step',
        [1, 2],
        { id: 'a', kind: 'actions', title: 42, instruction: ['x'], minutes: '30', laneKinds: 'actions' },
        { id: 'b', kind: 'futureKind', title: 'Break', minutes: 1e9, laneKinds: ['tasks', 3, null, 'tasks', 'toString'] },
        { id: 'c', kind: 'tasks', minutes: -4.2, laneKinds: [] },
        { id: 'd', minutes: Number.NaN },
      ],
    }
    const agenda = validateAgenda(input, counter('n'))
    expect(agenda.steps).toEqual([
      { id: 'a', kind: 'actions', title: '', instruction: '', minutes: 20, laneKinds: ['actions'] },
      { id: 'b', kind: 'custom', title: 'Break', instruction: '', minutes: 240, laneKinds: ['tasks'] },
      { id: 'c', kind: 'tasks', title: '', instruction: '', minutes: 1, laneKinds: [] },
      { id: 'd', kind: 'custom', title: '', instruction: '', minutes: 10, laneKinds: [] },
    ])
  })

  it('gives a fresh id to steps with a missing, unsafe or repeated one', () => {
    const input = { steps: [{ id: 'a' }, { id: 'a' }, { id: '__proto__' }, { id: 'has space' }, {}, { id: 5 }, { id: 'n1' }] }
    const agenda = validateAgenda(input, counter('n'))
    const got = ids(agenda)
    expect(got[0]).toBe('a')
    expect(new Set(got).size).toBe(got.length)
    expect(got.every((id) => isSafeId(id))).toBe(true)
    expect(got).toContain('n1')
  })

  it('ignores __proto__ keys and inherited fields, and pollutes nothing', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"steps": [{"id": "evil"}], "polluted": true}, "steps": [{"__proto__": {"title": "inherited", "polluted": true}, "id": "x", "kind": "prep", "constructor": {"prototype": {"polluted": true}}}]}',
    ) as unknown
    const agenda = validateAgenda(hostile, counter())
    expect(agenda.steps).toHaveLength(1)
    expect(agenda.steps[0]).toEqual({ id: 'x', kind: 'prep', title: '', instruction: '', minutes: 15, laneKinds: ['jobs'] })
    expect(Object.getPrototypeOf(agenda.steps[0])).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()

    const inherits = Object.create({ steps: [{ id: 'inherited' }] }) as object
    expect(validateAgenda(inherits)).toEqual({ steps: [] })
    const stepInherits = { steps: [Object.assign(Object.create({ title: 'inherited', minutes: 99 }) as object, { id: 'y' })] }
    expect(validateAgenda(stepInherits).steps[0]).toMatchObject({ title: '', minutes: 10 })
  })

  it('does not run getters on the input', () => {
    let called = false
    const input = {
      steps: [
        Object.defineProperty({ id: 'g' }, 'title', {
          enumerable: true,
          get() {
            called = true
            return 'from a getter'
          },
        }),
      ],
    }
    expect(validateAgenda(input).steps[0]?.title).toBe('')
    expect(called).toBe(false)
  })

  it('looks at no more than the step limit of a huge array, quickly', () => {
    const huge = { steps: Array.from({ length: 200_000 }, (_, i) => ({ id: `s${i}`, title: 'x'.repeat(10) })) }
    const started = performance.now()
    const agenda = validateAgenda(huge)
    expect(performance.now() - started).toBeLessThan(500)
    expect(agenda.steps).toHaveLength(MAX_AGENDA_STEPS)
    expect(agenda.steps.at(-1)?.id).toBe(`s${MAX_AGENDA_STEPS - 1}`)
    const lanes = validateAgenda({ steps: [{ id: 'l', laneKinds: Array.from({ length: 100_000 }, () => 'actions') }] })
    expect(lanes.steps[0]?.laneKinds).toEqual(['actions'])
  })

  it('cuts long texts and strips unsafe characters', () => {
    const agenda = validateAgenda({ steps: [{ id: 'a', title: 'T\u0000i\u202Etle'.padEnd(10_000, 'x'), instruction: 'line one\nline\u0007 two'.padEnd(50_000, 'y') }] })
    expect(agenda.steps[0]?.title.startsWith('Title')).toBe(true)
    expect(agenda.steps[0]?.title).toHaveLength(MAX_TITLE_CHARS)
    expect(agenda.steps[0]?.instruction.startsWith('line one\nline two')).toBe(true)
    expect(agenda.steps[0]?.instruction).toHaveLength(MAX_INSTRUCTION_CHARS)
  })
})
