import * as realFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExportKind, type OpenPurpose } from '../../../electron/shared/ipc'
import { createFileService, type FileService } from '../../../electron/main/files/fileService'
import { createRecentFiles } from '../../../electron/main/files/recentFiles'

let dir = ''
let service: FileService
let picks: { open: (string | null)[]; save: (string | null)[] }
let asked: string[]

beforeEach(async () => {
  dir = await realFs.mkdtemp(join(tmpdir(), 'jb-service-'))
  picks = { open: [], save: [] }
  asked = []
  let n = 0
  service = createFileService({
    fs: realFs,
    dialogs: {
      pickOpen: async (purpose: OpenPurpose) => (asked.push(`open:${purpose}`), picks.open.shift() ?? null),
      pickSave: async (name: string, kind: ExportKind) => (asked.push(`save:${kind}:${name}`), picks.save.shift() ?? null),
    },
    recent: createRecentFiles(realFs, join(dir, 'recent.json')),
    backupsFolder: () => join(dir, 'Backups'),
    maxBytes: 1000,
    now: () => new Date('2025-05-06T07:08:09.010'),
    newToken: () => `token-${++n}`,
  })
})
afterEach(async () => {
  await realFs.rm(dir, { recursive: true, force: true })
})

describe('the file service', () => {
  it('opens through the dialog, remembers the file, and saves back by token only', async () => {
    const path = join(dir, 'Team map.journey')
    await realFs.writeFile(path, '{"v":1}')
    picks.open.push(path)
    const opened = await service.open('open')
    expect(opened).toEqual({ kind: 'opened', file: { token: 'token-1', name: 'Team map.journey', text: '{"v":1}' } })
    expect(await service.recentFiles()).toEqual([{ id: 'token-2', name: 'Team map.journey', folder: basename(dir) }])

    expect(await service.save('token-1', '{"v":2}')).toEqual({ kind: 'saved', token: 'token-1', name: 'Team map.journey' })
    expect(await realFs.readFile(path, 'utf8')).toBe('{"v":2}')
    expect(await realFs.readFile(`${path}.bak`, 'utf8')).toBe('{"v":1}')
    expect(await service.save('made-up', 'x')).toMatchObject({ kind: 'failed', error: { kind: 'unknownFile' } })
  })

  it('reports a cancelled dialog, a file too large and a missing file', async () => {
    expect(await service.open('import')).toEqual({ kind: 'cancelled' })
    const big = join(dir, 'big.journey')
    await realFs.writeFile(big, 'x'.repeat(1001))
    picks.open.push(big, join(dir, 'nowhere.journey'))
    expect(await service.open('open')).toMatchObject({ kind: 'failed', name: 'big.journey', error: { kind: 'tooLarge', limit: 1000, found: 1001 } })
    expect(await service.open('open')).toMatchObject({ kind: 'failed', error: { kind: 'notFound' } })
    expect(asked).toEqual(['open:import', 'open:open', 'open:open'])
  })

  it('saves as a new file with a backup-free first write and a token, and exports without a token', async () => {
    const target = join(dir, 'out.journey')
    picks.save.push(target, join(dir, 'out.csv'))
    expect(await service.saveAs('Onboarding.journey', 'A')).toEqual({ kind: 'saved', token: 'token-1', name: 'out.journey' })
    expect(await service.exportFile('csv', 'Onboarding.csv', 'a,b')).toEqual({ kind: 'saved', token: '', name: 'out.csv' })
    expect(asked).toEqual(['save:journey:Onboarding.journey', 'save:csv:Onboarding.csv'])
    expect((await service.recentFiles()).map((f) => f.name)).toEqual(['out.journey'])
    expect(await realFs.readdir(dir)).not.toContain('out.csv.bak')
  })

  it('writes a Markdown export as text through the Markdown save dialog', async () => {
    picks.save.push(join(dir, 'plan.md'))
    expect(await service.exportFile('md', 'Onboarding – action plan.md', '# Action plan\n- [ ] Call back\n')).toEqual({ kind: 'saved', token: '', name: 'plan.md' })
    expect(asked).toEqual(['save:md:Onboarding – action plan.md'])
    expect(await realFs.readFile(join(dir, 'plan.md'), 'utf8')).toBe('# Action plan\n- [ ] Call back\n')
    expect((await service.recentFiles()).map((f) => f.name)).toEqual([])
  })

  it('writes a picture export as bytes, unchanged', async () => {
    const target = join(dir, 'map.png')
    picks.save.push(target)
    const bytes = Uint8Array.of(137, 80, 78, 71, 0, 255, 10, 13)
    expect(await service.exportBytes('png', 'Map.png', bytes)).toEqual({ kind: 'saved', token: '', name: 'map.png' })
    expect(asked).toEqual(['save:png:Map.png'])
    expect(new Uint8Array(await realFs.readFile(target))).toEqual(bytes)
  })

  it('hands the page recent files without paths, and opens one only by an id it handed out', async () => {
    const path = join(dir, 'Workshops', 'a.journey')
    await realFs.mkdir(join(dir, 'Workshops'))
    await realFs.writeFile(path, '{}')
    picks.open.push(path)
    const { file } = (await service.open('open')) as { file: { token: string } }
    const list = await service.recentFiles()
    expect(list).toEqual([{ id: expect.any(String), name: 'a.journey', folder: 'Workshops' }])
    expect(JSON.stringify(list)).not.toContain(dir)
    const id = list[0]!.id
    // The same id on every listing while the app runs, so the page's keys stay stable.
    expect((await service.recentFiles())[0]!.id).toBe(id)
    expect(await service.openRecent(id)).toMatchObject({ kind: 'opened', file: { name: 'a.journey' } })

    // A path, a made-up id, or a save token (which may write) is not a recent-file id.
    for (const wrong of [path, '/etc/passwd', 'token-99', file.token]) {
      expect(await service.openRecent(wrong), wrong).toMatchObject({ kind: 'failed', name: '', error: { kind: 'unknownFile' } })
    }
    // Off the list, an old id opens nothing either.
    await service.recentFiles()
    await realFs.rm(path)
    await service.recentFiles()
    expect(await service.openRecent(id)).toMatchObject({ kind: 'failed', error: { kind: 'unknownFile' } })
  })

  it('reads queued launch files once, each with its own answer', async () => {
    const good = join(dir, 'sent.journey')
    await realFs.writeFile(good, '{}')
    service.queue([good, join(dir, 'missing.journey'), good])
    expect(service.hasPending()).toBe(true)
    const results = await service.takePending()
    expect(results.map((r) => r.kind)).toEqual(['opened', 'failed'])
    expect(service.hasPending()).toBe(false)
    expect(await service.takePending()).toEqual([])
  })

  it('writes backups into the backups folder', async () => {
    await service.backup('map1', 'Kick-off', '{"x":1}')
    const names = await realFs.readdir(join(dir, 'Backups'))
    expect(names).toEqual(['Kick-off--map1--20250506-070809-010.journey'])
  })
})
