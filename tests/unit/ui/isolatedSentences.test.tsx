import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { applyCommand, createJob, createMap, createPersona, createStarterDoc, newId, type JourneyDoc, type LaneId, type WorkshopId } from '../../../src/domain'
import { i18n } from '../../../src/i18n'
import { isolated, ISOLATION_MARKS } from '../../../src/i18n/isolated'
import fa from '../../../src/i18n/locales/fa.json'
import faVote from '../../../src/i18n/locales/fa.vote.json'
import { appStore, loadDoc } from '../../../src/store'
import type { Workspace } from '../../../src/store/workspace'
import { NoticeBar } from '../../../src/ui/NoticeBar'
import { MapList } from '../../../src/ui/MapList'
import { JobsPanel } from '../../../src/ui/people/JobsPanel'
import { PersonaList } from '../../../src/ui/people/PersonaList'
import { planFileName } from '../../../src/ui/plan/files/planExport'
import { scopeSummary, voteCsvName } from '../../../src/ui/facilitation/vote/voteModel'
import { WorkspaceProvider } from '../../../src/ui/WorkspaceContext'
import { useDom } from '../support/renderDom'

const dom = useDom(async () => {
  appStore.getState().patchWorkspace({ notice: null, maps: [] })
  await act(() => i18n.changeLanguage('en'))
})

// A Latin title in the Persian interface: bidi reorders "Pay (2 min)." inside a right-to-left sentence
// (the stop and the bracket jump to the other end) unless the title is isolated (FSI … PDI).
const LATIN = 'Pay (2 min).'

async function persian(): Promise<void> {
  await act(() => i18n.changeLanguage('fa'))
}

function starter(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), 'Checkout')
  return createStarterDoc(map, { stages: ['Before'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
}

const sentence = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

describe('a person’s words in a Persian sentence of the interface', () => {
  it('are isolated in labels and tooltips, and a copy’s stored name carries no marks', async () => {
    await persian()
    const base = starter()
    const persona = createPersona(base.map.workshopId, LATIN, '#2563eb')
    loadDoc(appStore, applyCommand(base, { type: 'addPersona', persona }))
    dom.render(<PersonaList onEdit={() => {}} />)

    const edit = dom.host.querySelector(`button[aria-label="${sentence(fa.people.edit, { name: isolated(LATIN) })}"]`)
    expect(edit?.getAttribute('title')).toBe(`ویرایش \u2068${LATIN}\u2069`)
    const duplicate = dom.host.querySelector<HTMLButtonElement>(`button[aria-label="${sentence(fa.people.duplicate, { name: isolated(LATIN) })}"]`)
    act(() => duplicate!.click())
    const names = Object.values(appStore.getState().doc!.personas).map((p) => p.name)
    expect(names).toContain(`${LATIN} (رونوشت)`)
    for (const name of names) expect(name).not.toMatch(ISOLATION_MARKS)
  })

  it('are quoted isolated once in a notice', async () => {
    await persian()
    const workspace = { dismissNotice: () => appStore.getState().patchWorkspace({ notice: null }) } as unknown as Workspace
    dom.render(
      <WorkspaceProvider value={workspace}>
        <NoticeBar />
      </WorkspaceProvider>,
    )
    act(() => appStore.getState().notify({ key: 'notices.mapTrashed', values: { title: LATIN }, tone: 'info' }))
    expect(dom.host.querySelector('[role="status"] span')?.textContent).toBe(`«\u2068${LATIN}\u2069» به سطل زباله رفت.`)
  })

  it('are isolated one by one in a list of names', async () => {
    await persian()
    const doc = starter()
    const laneIds = doc.map.laneIds as readonly LaneId[]
    const lane = doc.lanes[laneIds[0]!]!
    const renamed = applyCommand(doc, { type: 'renameLane', laneId: lane.id, title: LATIN })
    expect(scopeSummary(renamed, { kind: 'lanes', laneIds }, i18n.t)).toBe(sentence(faVote.scopeLanes, { names: isolated(isolated(LATIN)) }))
  })
})

// A map's or workshop's copy is named by the list and stored as it is; a persona's or card's text also
// passes the domain's cleanLine/cleanParagraph, which drop stray marks, so those checks are a second guard.
describe('text that is stored or leaves the app', () => {
  it('takes a person’s words without isolation marks: a copied map’s title, while the list’s label isolates it', async () => {
    await persian()
    const map = createMap(newId<WorkshopId>(), LATIN)
    appStore.getState().patchWorkspace({ maps: [map] })
    const duplicated: string[] = []
    const workspace = { duplicateMap: async (_id: string, title: string) => void duplicated.push(title) } as unknown as Workspace
    dom.render(
      <WorkspaceProvider value={workspace}>
        <MapList />
      </WorkspaceProvider>,
    )
    const actions = dom.host.querySelector('.map-item-actions')
    expect(actions?.getAttribute('aria-label')).toBe(`کارهای «\u2068${LATIN}\u2069»`)
    act(() => actions!.querySelector<HTMLButtonElement>(`button[aria-label="${fa.maps.duplicate}"]`)!.click())
    expect(duplicated).toEqual([`${LATIN} (رونوشت)`])
  })

  it('takes a person’s words without isolation marks: a job’s card', async () => {
    await persian()
    const base = starter()
    const job = createJob(base.map.workshopId, 'I pay (2 min).', 'check out', 'leave')
    loadDoc(appStore, applyCommand(base, { type: 'addJob', job }))
    dom.render(<JobsPanel />)
    const place = dom.host.querySelector<HTMLButtonElement>('.job-item button.button--small')
    act(() => place!.click())
    const card = Object.values(appStore.getState().doc!.cards).find((c) => c.jobId === job.id)
    expect(card?.text).toContain('I pay (2 min).')
    expect(card?.text).not.toMatch(ISOLATION_MARKS)
  })

  it('names exported files without isolation marks', async () => {
    await persian()
    const plan = planFileName(i18n.t, LATIN, 'csv')
    const votes = voteCsvName(i18n.t, LATIN, Date.UTC(2025, 4, 6, 9, 30))
    expect(plan.startsWith(LATIN.replace(/\.$/, ''))).toBe(true)
    expect(votes.startsWith(LATIN.replace(/\.$/, ''))).toBe(true)
    expect(plan).not.toMatch(ISOLATION_MARKS)
    expect(votes).not.toMatch(ISOLATION_MARKS)
  })
})
