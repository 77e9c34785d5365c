#!/usr/bin/env node
// Checks electron-builder.yml on a machine that cannot download Electron (npm run dist:check).
//   1. schema: electron-builder's own loader and JSON-schema validation, as `electron-builder` runs them;
//   2. policy: the settings Journeyboard relies on (fuses, archive contents, file association, icon);
//   3. dry pack: a real `electron-builder --dir --linux` run against a stand-in Electron binary that
//      carries only a fuse wire, so the packer, the asar and the fuse flipping are exercised offline.
//      Then the fuses written into that binary and the files inside app.asar are checked.
// Exits 1 on any failure. `--config <file>` checks another file; `--no-pack` skips step 3.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const configArg = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined
const configPath = resolve(projectDir, configArg ?? 'electron-builder.yml')
const skipPack = args.includes('--no-pack')

const failures = []
const ok = (message) => console.log(`  ok    ${message}`)
const fail = (message) => {
  failures.push(message)
  console.log(`  FAIL  ${message}`)
}
const expectEqual = (label, actual, expected) => {
  const same = JSON.stringify(actual) === JSON.stringify(expected)
  if (same) ok(`${label} = ${JSON.stringify(expected)}`)
  else fail(`${label} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`)
}

/** The fuses Journeyboard ships with; @electron/fuses wire order (FuseV1Options). */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
}
const FUSE_WIRE_INDEX = {
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  grantFileProtocolExtraPrivileges: 7,
}

async function checkSchema() {
  console.log(`schema (${relative(projectDir, configPath)})`)
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
  if (!existsSync(configPath)) {
    fail(`${configPath} does not exist`)
    return null
  }
  try {
    const config = await getConfig(projectDir, configPath, null)
    await validateConfiguration(config, { isEnabled: false, add() {} })
    ok(`valid for electron-builder ${require('app-builder-lib/package.json').version}`)
    return config
  } catch (error) {
    fail(`invalid configuration:\n${String(error?.message ?? error)}`)
    return null
  }
}

function pngSize(path) {
  const png = readFileSync(path)
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') return null
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

function checkPolicy(config) {
  console.log('policy')
  expectEqual('appId', config.appId, 'app.journeyboard.desktop')
  expectEqual('productName', config.productName, 'Journeyboard')
  expectEqual('directories.output', config.directories?.output, 'release')
  // getConfig normalizes `files` into { filter } objects.
  const files = (config.files ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])))
  expectEqual('files', files, ['out/**', 'package.json'])
  expectEqual('asar', config.asar, true)
  expectEqual('electronFuses', config.electronFuses, EXPECTED_FUSES)
  const association = (config.fileAssociations ?? []).find((entry) => entry.ext === 'journey')
  expectEqual('fileAssociations[journey]', association && { name: association.name, role: association.role, mimeType: association.mimeType }, {
    name: 'Journeyboard map',
    role: 'Editor',
    mimeType: 'application/x-journeyboard+json',
  })
  expectEqual('linux.target', config.linux?.target, ['AppImage', 'deb'])
  expectEqual('linux.category', config.linux?.category, 'Office')
  if (config.linux?.maintainer) ok(`linux.maintainer set`)
  else fail('linux.maintainer missing (the deb needs it)')
  expectEqual('win.target', config.win?.target, ['nsis'])
  expectEqual('mac.target', config.mac?.target, ['dmg'])
  expectEqual('mac.category', config.mac?.category, 'public.app-category.productivity')
  // Without it macOS 15 silently blocks the room's network: phones could never join a Mac's room.
  const localNetwork = config.mac?.extendInfo?.NSLocalNetworkUsageDescription
  if (typeof localNetwork === 'string' && localNetwork.length > 20) ok('mac.extendInfo.NSLocalNetworkUsageDescription is set')
  else fail('mac.extendInfo.NSLocalNetworkUsageDescription is missing: macOS would block hosting a room')
  const icon = join(projectDir, 'build', 'icon.png')
  const size = existsSync(icon) ? pngSize(icon) : null
  if (size && size.width >= 512 && size.height === size.width) ok(`build/icon.png is ${size.width}x${size.height}`)
  else fail(`build/icon.png must be a square PNG of at least 512x512 (found ${JSON.stringify(size)})`)
}

/** A file that looks like Electron to @electron/fuses: the sentinel, wire version 1, then the first eight fuses at Electron's defaults. */
function fakeElectronBinary() {
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1')
  const defaults = Buffer.from('10110001', 'latin1')
  return Buffer.concat([Buffer.from('#!/bin/false\nnot a real electron\n'), sentinel, Buffer.from([1, defaults.length]), defaults])
}

function readFuseWire(binaryPath) {
  const bytes = readFileSync(binaryPath)
  const at = bytes.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 32
  const length = bytes[at + 1]
  return bytes.subarray(at + 2, at + 2 + length).toString('latin1')
}

function dryPack() {
  console.log('dry pack (electron-builder --dir --linux, stand-in Electron, nothing downloaded)')
  if (!existsSync(join(projectDir, 'out/main/index.js')) || !existsSync(join(projectDir, 'out/preload/index.cjs'))) {
    console.log('  skip  out/main or out/preload missing: run `electron-vite build` first to pack for real')
    return
  }
  const work = mkdtempSync(join(tmpdir(), 'journeyboard-builder-check-'))
  try {
    const electronDist = join(work, 'electron-dist')
    const output = join(work, 'release')
    require('node:fs').mkdirSync(electronDist)
    writeFileSync(join(electronDist, 'electron'), fakeElectronBinary(), { mode: 0o755 })
    const cli = require.resolve('electron-builder/cli.js')
    const run = spawnSync(
      process.execPath,
      [cli, '--dir', '--linux', '--x64', '--config', configPath, `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`, '--publish', 'never'],
      { cwd: projectDir, encoding: 'utf8', timeout: 180_000, env: { ...process.env, CI: 'true' } },
    )
    if (run.status !== 0) {
      fail(`electron-builder exited with ${run.status ?? run.signal}:\n${(run.stdout + run.stderr).trim().split('\n').slice(-15).join('\n')}`)
      return
    }
    ok('electron-builder packed linux-unpacked')
    const unpacked = join(output, 'linux-unpacked')
    const executable = join(unpacked, require(join(projectDir, 'package.json')).name)
    const wire = readFuseWire(executable)
    const wanted = Object.entries(EXPECTED_FUSES).map(([fuse, on]) => [fuse, wire[FUSE_WIRE_INDEX[fuse]] === (on ? '1' : '0')])
    const wrong = wanted.filter(([, right]) => !right).map(([fuse]) => fuse)
    if (wrong.length === 0) ok(`fuses flipped in the binary: wire ${wire}`)
    else fail(`fuses not applied in the binary (wire ${wire}): ${wrong.join(', ')}`)

    const asar = join(unpacked, 'resources', 'app.asar')
    const entries = require('@electron/asar').listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
    const stray = entries.filter((entry) => !(entry === '/out' || entry.startsWith('/out/') || entry === '/package.json'))
    for (const needed of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs']) {
      if (!entries.includes(needed)) fail(`app.asar lacks ${needed}`)
    }
    if (stray.length === 0) ok(`app.asar holds only out/** and package.json (${entries.length} entries)`)
    else fail(`app.asar holds files outside out/**: ${stray.slice(0, 10).join(', ')}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const config = await checkSchema()
if (config) {
  checkPolicy(config)
  if (!skipPack) dryPack()
}
console.log(failures.length === 0 ? 'electron-builder config: OK' : `electron-builder config: ${failures.length} problem(s)`)
process.exit(failures.length === 0 ? 0 : 1)
