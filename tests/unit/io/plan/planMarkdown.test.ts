import { describe, expect, it } from 'vitest'
import { escapeMarkdown, planToMarkdown } from '../../../../src/io/plan'
import { buildSampleDoc } from '../../domain/helpers'
import { action, translator } from './planHelpers'

const { doc, cards } = buildSampleDoc()
const mapId = doc.map.id

describe('plan Markdown checklist', () => {
  it('groups by status, ticks done and dropped, and lists deliverable, cards, scores and automation under each', async () => {
    const plan = [
      action(mapId, { title: 'Big one', status: 'planned', impact: 5, effort: 5, votes: 9 }),
      action(mapId, { title: 'Shorter form', status: 'planned', impact: 5, effort: 2, owner: 'Service', due: '2026-12-05', deliverable: 'One page', cardIds: [cards.formPain, cards.advert], automation: 'partly', automationNote: 'prefill' }),
      action(mapId, { title: 'Shipped', status: 'done', impact: 2, effort: 1 }),
      action(mapId, { title: 'Not worth it', status: 'dropped', impact: 1, effort: 5 }),
    ]
    const md = planToMarkdown(plan, doc, await translator('en'), { title: 'Opening a bank account', language: 'en' })
    expect(md).toBe(
      [
        '# Action plan: Opening a bank account',
        '',
        '## Planned',
        '',
        '- [ ] Shorter form — Service, due December 5, 2026',
        '  - Deliverable: One page',
        '  - From: Asked for a utility bill twice, Instagram advert',
        '  - Impact 5, effort 2: Quick wins',
        '  - Automation: Partly (prefill)',
        '- [ ] Big one',
        '  - Impact 5, effort 5: Big bets',
        '',
        '## Done',
        '',
        '- [x] Shipped',
        '  - Impact 2, effort 1: Fill-ins',
        '',
        '## Dropped',
        '',
        '- [x] ~~Not worth it~~',
        '  - Impact 1, effort 5: Thankless tasks',
        '',
      ].join('\n'),
    )
  })

  it('writes Persian dates in the Persian calendar and digits', async () => {
    const plan = [action(mapId, { title: 'پیگیری مرسوله', owner: 'پشتیبانی', due: '2026-12-05', status: 'doing', impact: 4, effort: 2 })]
    const md = planToMarkdown(plan, doc, await translator('fa'), { title: 'نقشه', language: 'fa' })
    expect(md).toContain('- [ ] پیگیری مرسوله — پشتیبانی، موعد: ۱۴ آذر ۱۴۰۵')
    expect(md).toContain('  - اثر ۴، تلاش ۲: بردهای سریع')
    expect(md).toContain('## در حال انجام')
  })

  it('escapes what Markdown would read as links, HTML or emphasis, and keeps each action on one line', async () => {
    const plan = [action(mapId, { title: '[click](javascript:x) <img src=x> *bold*\n- [x] fake', owner: 'a|b', deliverable: '`code` & ~~gone~~ #1' })]
    const md = planToMarkdown(plan, doc, await translator('en'), { title: '# map _1_', language: 'en' })
    const lines = md.split('\n')
    expect(lines[0]).toBe('# Action plan: \\# map \\_1\\_')
    expect(lines.find((l) => l.startsWith('- [ ]'))).toBe('- [ ] \\[click\\](javascript:x) \\<img src=x\\> \\*bold\\* - \\[x\\] fake — a\\|b')
    expect(md).toContain('  - Deliverable: \\`code\\` \\& \\~\\~gone\\~\\~ \\#1')
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b')
  })

  it('names an untitled action and says when the plan is empty', async () => {
    const t = await translator('nb')
    expect(planToMarkdown([], doc, t, { title: 'Kart', language: 'nb' })).toBe('# Tiltaksplan: Kart\n\nIngen tiltak i denne planen ennå.\n')
    expect(planToMarkdown([action(mapId, { title: '  ' })], doc, t, { title: 'Kart', language: 'nb' })).toContain('- [ ] (tiltak uten navn)')
  })
})
