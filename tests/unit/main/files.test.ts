import * as realFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../electron/main/files/atomicWrite'
import { BackupTooLargeError, capBackups, DEFAULT_BACKUP_POLICY, pruneBackups, stamp, writeBackup } from '../../../electron/main/files/backups'
import { fileErrorOf, type FileSystem } from '../../../electron/main/files/fsTypes'
import { readTextLimited } from '../../../electron/main/files/readLimited'
import { createRecentFiles, MAX_RECENT } from '../../../electron/main/files/recentFiles'

let dir = ''
beforeEach(async () => {
  dir = await realFs.mkdtemp(join(tmpdir(), 'jb-files-'))
})
afterEach(async () => {
  await realFs.chmod(dir, 0o755).catch(() => undefined)
  await realFs.rm(dir, { recursive: true, force: true })
})

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** The real file system, except that writing file contents fails the way a full disk does. */
function fullDisk(): FileSystem {
  return {
    ...realFs,
    open: (async (...args: Parameters<typeof realFs.open>) => {
      const handle = await realFs.open(...args)
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') return async () => Promise.reject(systemError('ENOSPC'))
          const value = Reflect.get(target, key) as unknown
          return typeof value === 'function' ? value.bind(target) : value
        },
      })
    }) as FileSystem['open'],
  }
}

/** A folder the process may read but not write to, as a read-only mount or a locked folder. */
function readOnlyFolder(folder: string): FileSystem {
  const refuse = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (async (...args: A) => {
      if (String(args[0]).startsWith(folder)) throw systemError('EROFS')
      return fn(...args)
    }) as (...args: A) => Promise<R>
  return { ...realFs, open: refuse(realFs.open) as FileSystem['open'], rename: refuse(realFs.rename), copyFile: refuse(realFs.copyFile) as FileSystem['copyFile'], writeFile: refuse(realFs.writeFile) as FileSystem['writeFile'] }
}

const leftovers = async () => (await realFs.readdir(dir)).filter((name) => name.endsWith('.tmp'))

describe('atomic write', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const target = join(dir, 'map.journey')
    await writeFileAtomic(realFs, target, 'first', { backup: true })
    expect(await realFs.readFile(target, 'utf8')).toBe('first')
    expect(await realFs.readdir(dir)).toEqual(['map.journey'])
  })

  it('keeps the previous version as <name>.bak', async () => {
    const target = join(dir, 'map.journey')
    await writeFileAtomic(realFs, target, 'first', { backup: true })
    await writeFileAtomic(realFs, target, 'second', { backup: true })
    await writeFileAtomic(realFs, target, 'third', { backup: true })
    expect(await realFs.readFile(target, 'utf8')).toBe('third')
    expect(await realFs.readFile(`${target}.bak`, 'utf8')).toBe('second')
  })

  it('on a full disk leaves the old file exactly as it was and cleans up', async () => {
    const target = join(dir, 'map.journey')
    await realFs.writeFile(target, 'precious')
    const error = await writeFileAtomic(fullDisk(), target, 'new text', { backup: true }).catch((e: unknown) => e)
    expect(fileErrorOf(error).kind).toBe('diskFull')
    expect(await realFs.readFile(target, 'utf8')).toBe('precious')
    expect(await leftovers()).toEqual([])
  })

  it('in a read-only folder fails with "denied" and changes nothing', async () => {
    const target = join(dir, 'map.journey')
    await realFs.writeFile(target, 'precious')
    const error = await writeFileAtomic(readOnlyFolder(dir), target, 'new', { backup: true }).catch((e: unknown) => e)
    expect(fileErrorOf(error).kind).toBe('denied')
    expect(await realFs.readFile(target, 'utf8')).toBe('precious')
    expect(await realFs.readdir(dir)).toEqual(['map.journey'])
  })

  // Root ignores folder permissions, so the real chmod case can only be seen as another user.
  it.skipIf(isRoot)('in a folder made read-only with chmod fails with "denied"', async () => {
    const target = join(dir, 'map.journey')
    await realFs.writeFile(target, 'precious')
    await realFs.chmod(dir, 0o555)
    const error = await writeFileAtomic(realFs, target, 'new', { backup: true }).catch((e: unknown) => e)
    expect(fileErrorOf(error).kind).toBe('denied')
    expect(await realFs.readFile(target, 'utf8')).toBe('precious')
  })

  it('never reuses something already lying at the temporary name', async () => {
    const target = join(dir, 'map.journey')
    await realFs.writeFile(join(dir, '.map.journey.fixed.tmp'), 'someone else')
    await expect(writeFileAtomic(realFs, target, 'x', { nonce: () => 'fixed' })).rejects.toMatchObject({ code: 'EEXIST' })
    expect(await realFs.readFile(join(dir, '.map.journey.fixed.tmp'), 'utf8')).toBe('someone else')
  })
})

describe('reading with a size limit', () => {
  it('refuses a file over the limit before reading it', async () => {
    const path = join(dir, 'big.journey')
    await realFs.writeFile(path, 'x'.repeat(2000))
    const reads: string[] = []
    const watched: FileSystem = { ...realFs, readFile: ((...args: Parameters<typeof realFs.readFile>) => (reads.push(String(args[0])), realFs.readFile(...args))) as FileSystem['readFile'] }
    expect(await readTextLimited(watched, path, 1000)).toEqual({ ok: false, error: { kind: 'tooLarge', message: expect.any(String), limit: 1000, found: 2000 } })
    expect(reads).toEqual([])
  })

  it('reads a file within the limit and drops a BOM', async () => {
    const path = join(dir, 'ok.journey')
    await realFs.writeFile(path, '\uFEFF{"a":1}')
    expect(await readTextLimited(realFs, path, 1000)).toEqual({ ok: true, text: '{"a":1}' })
  })

  it('names a missing file and a folder', async () => {
    expect(await readTextLimited(realFs, join(dir, 'gone.journey'), 1000)).toMatchObject({ ok: false, error: { kind: 'notFound' } })
    expect(await readTextLimited(realFs, dir, 1000)).toMatchObject({ ok: false, error: { kind: 'isFolder' } })
  })
})

describe('rolling backups', () => {
  const at = (iso: string) => new Date(iso)

  it('writes timestamped copies named after the map into the folder, creating it', async () => {
    const folder = join(dir, 'Documents', 'Journeyboard', 'Backups')
    const { path } = await writeBackup(realFs, folder, 'map1', 'Onboarding: week 1', '{}', at('2025-03-04T05:06:07.089'))
    expect(path).toBe(join(folder, `Onboarding week 1--map1--${stamp(at('2025-03-04T05:06:07.089'))}.journey`))
    expect(stamp(at('2025-03-04T05:06:07.089'))).toBe('20250304-050607-089')
    expect(await realFs.readFile(path, 'utf8')).toBe('{}')
  })

  it('keeps at most N copies per map and drops old ones, but always the newest', async () => {
    const policy = { ...DEFAULT_BACKUP_POLICY, keepPerMap: 3, maxAgeMs: 7 * 24 * 3600 * 1000 }
    for (let day = 1; day <= 5; day++) await writeBackup(realFs, dir, 'mapA', 'A', `${day}`, at(`2025-01-0${day}T12:00:00`), policy)
    await writeBackup(realFs, dir, 'mapB', 'B', 'b', at('2025-01-01T12:00:00'), policy)
    await realFs.writeFile(join(dir, 'my notes.txt'), 'not a backup')
    const names = () => realFs.readdir(dir).then((n) => n.sort())
    expect((await names()).filter((n) => n.includes('--mapA--'))).toHaveLength(3)

    // A month later: A's and B's old copies go, each map's newest stays, other files are never touched.
    expect(await pruneBackups(realFs, dir, at('2025-02-01T12:00:00'), policy)).toBe(2)
    expect(await names()).toEqual([`A--mapA--${stamp(at('2025-01-05T12:00:00'))}.journey`, `B--mapB--${stamp(at('2025-01-01T12:00:00'))}.journey`, 'my notes.txt'])
  })
})

describe('the backups folder cap', () => {
  const at = (minute: number) => new Date(2025, 0, 1, 12, minute)
  const roomy = { ...DEFAULT_BACKUP_POLICY, keepPerMap: 100 }
  const backupNames = async () => (await realFs.readdir(dir)).filter((n) => n.endsWith('.journey')).sort()

  it('holds the file count over all maps, so invented map ids cannot fill the disk', async () => {
    const policy = { ...roomy, maxFiles: 5 }
    await realFs.writeFile(join(dir, 'my notes.txt'), 'not a backup')
    // A compromised page names a new map id every time, dodging the per-map count.
    for (let i = 0; i < 12; i++) await writeBackup(realFs, dir, `evil${i}`, 'x', 'backup', at(i), policy)
    const names = await backupNames()
    expect(names).toHaveLength(5)
    // The oldest went first; the newest stayed, and files the writer did not make are never touched.
    expect(names.map((n) => n.split('--')[1])).toEqual(['evil10', 'evil11', 'evil7', 'evil8', 'evil9'])
    expect(await realFs.readFile(join(dir, 'my notes.txt'), 'utf8')).toBe('not a backup')
  })

  it('holds the total bytes, removing the oldest copies of any map first and never the one just written', async () => {
    const policy = { ...roomy, maxTotalBytes: 1000 }
    await writeBackup(realFs, dir, 'mapA', 'A', 'a'.repeat(400), at(1), policy)
    await writeBackup(realFs, dir, 'mapB', 'B', 'b'.repeat(400), at(2), policy)
    const { removed } = await writeBackup(realFs, dir, 'mapC', 'C', 'c'.repeat(900), at(3), policy)
    expect(removed).toBe(2)
    expect(await backupNames()).toEqual([`C--mapC--${stamp(at(3))}.journey`])

    await writeBackup(realFs, dir, 'mapA', 'A', 'a'.repeat(50), at(4), policy)
    // 950 bytes fit: nothing more goes.
    expect(await backupNames()).toHaveLength(2)
  })

  it('refuses a single copy larger than the whole cap, writing nothing', async () => {
    const policy = { ...roomy, maxTotalBytes: 100 }
    await writeBackup(realFs, dir, 'mapA', 'A', 'small', at(1), policy)
    const error = await writeBackup(realFs, dir, 'mapB', 'B', 'ü'.repeat(60), at(2), policy).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupTooLargeError)
    expect(error).toMatchObject({ bytes: 120, limit: 100 })
    expect(await backupNames()).toEqual([`A--mapA--${stamp(at(1))}.journey`])
  })

  it('goes on to the next oldest when a copy cannot be removed', async () => {
    const policy = { ...roomy, maxFiles: 2 }
    for (let i = 0; i < 3; i++) await writeBackup(realFs, dir, `map${i}`, 'm', 'x', at(i), { ...policy, maxFiles: 10 })
    const stuck = `m--map0--${stamp(at(0))}.journey`
    const lockedFs: FileSystem = {
      ...realFs,
      unlink: async (path) => {
        if (String(path).endsWith(stuck)) throw systemError('EPERM')
        return realFs.unlink(path)
      },
    }
    expect(await capBackups(lockedFs, dir, policy)).toBe(1)
    expect(await backupNames()).toEqual([stuck, `m--map2--${stamp(at(2))}.journey`])
  })
})

describe('recent files', () => {
  it('keeps the newest first, without repeats, at most ten, and survives a restart', async () => {
    const store = join(dir, 'recent-files.json')
    const recent = createRecentFiles(realFs, store)
    const files = await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      const path = join(dir, `map${i}.journey`)
      await realFs.writeFile(path, '{}')
      return path
    }))
    for (const path of files) await recent.add(path)
    await recent.add(files[5]!)
    const list = await recent.list()
    expect(list).toHaveLength(MAX_RECENT)
    expect(list[0]).toEqual({ path: files[5], name: 'map5.journey' })
    expect(list.map((f) => f.name)).not.toContain('map0.journey')

    const reopened = createRecentFiles(realFs, store)
    expect(await reopened.list()).toEqual(list)
  })

  it('drops files that are gone, and starts empty from a damaged list', async () => {
    const store = join(dir, 'recent-files.json')
    const kept = join(dir, 'kept.journey')
    await realFs.writeFile(kept, '{}')
    const recent = createRecentFiles(realFs, store)
    await recent.add(join(dir, 'deleted.journey'))
    await recent.add(kept)
    expect((await recent.list()).map((f) => f.name)).toEqual(['kept.journey'])
    expect(JSON.parse(await realFs.readFile(store, 'utf8'))).toEqual({ version: 1, paths: [kept] })

    await realFs.writeFile(store, '{"version":1,"paths":"not a list"')
    expect(await createRecentFiles(realFs, store).list()).toEqual([])
  })
})
