import type { Channel, Device } from '../domain'

// Lucide's drawings (ISC licence, the same icons lucide-react shows in the panels), flattened to
// one SVG path each so the board can stroke them as a single Path2D and the SVG export can write
// them as one <path>, both on lucide's 24-unit grid.

function rect(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`
}

function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`
}

function line(x1: number, y1: number, x2: number, y2: number): string {
  return `M${x1} ${y1}L${x2} ${y2}`
}

/** The size of the grid the paths are drawn on. */
export const ICON_GRID = 24

export const CHANNEL_ICON_PATHS: Readonly<Record<Channel, string>> = {
  email: ['m22 7-8.991 5.727a2 2 0 0 1-2.009 0L2 7', rect(2, 4, 20, 16, 2)].join(''),
  phone:
    'M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384',
  liveChat: 'M2.992 16.342a2 2 0 0 1 .094 1.167l-1.065 3.29a1 1 0 0 0 1.236 1.168l3.413-.998a2 2 0 0 1 1.099.092 10 10 0 1 0-4.777-4.719',
  socialMedia: [circle(18, 5, 3), circle(6, 12, 3), circle(18, 19, 3), line(8.59, 13.51, 15.42, 17.49), line(15.41, 6.51, 8.59, 10.49)].join(''),
  webPage: [circle(12, 12, 10), 'M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20', 'M2 12h20'].join(''),
  liveVideo: ['m16 13 5.223 3.482a.5.5 0 0 0 .777-.416V7.87a.5.5 0 0 0-.752-.432L16 10.5', rect(2, 6, 14, 12, 2)].join(''),
  inPerson: [circle(12, 8, 5), 'M20 21a8 8 0 0 0-16 0'].join(''),
  postalMail: [
    'M22 17a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9.5C2 7 4 5 6.5 5H18c2.2 0 4 1.8 4 4v8Z',
    'M15 9L18 9L18 11',
    'M6.5 5C9 5 11 7 11 9.5V17a2 2 0 0 1-2 2',
    line(6, 10, 7, 10),
  ].join(''),
}

export const DEVICE_ICON_PATHS: Readonly<Record<Device, string>> = {
  mobile: [rect(5, 2, 14, 20, 2), 'M12 18h.01'].join(''),
  laptop: [
    'M18 5a2 2 0 0 1 2 2v8.526a2 2 0 0 0 .212.897l1.068 2.127a1 1 0 0 1-.9 1.45H3.62a1 1 0 0 1-.9-1.45l1.068-2.127A2 2 0 0 0 4 15.526V7a2 2 0 0 1 2-2z',
    'M20.054 15.987H3.946',
  ].join(''),
  tablet: [rect(4, 2, 16, 20, 2), line(12, 18, 12.01, 18)].join(''),
  inStore: [
    'M15 21v-5a1 1 0 0 0-1-1h-4a1 1 0 0 0-1 1v5',
    'M17.774 10.31a1.12 1.12 0 0 0-1.549 0 2.5 2.5 0 0 1-3.451 0 1.12 1.12 0 0 0-1.548 0 2.5 2.5 0 0 1-3.452 0 1.12 1.12 0 0 0-1.549 0 2.5 2.5 0 0 1-3.77-3.248l2.889-4.184A2 2 0 0 1 7 2h10a2 2 0 0 1 1.653.873l2.895 4.192a2.5 2.5 0 0 1-3.774 3.244',
    'M4 10.95V19a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8.05',
  ].join(''),
}

/** The icon drawings of a touchpoint card, channel first, in the order the footer lays them out. */
export function touchpointIconPaths(card: { readonly channel: Channel | null; readonly device: Device | null }): string[] {
  const paths: string[] = []
  if (card.channel) paths.push(CHANNEL_ICON_PATHS[card.channel])
  if (card.device) paths.push(DEVICE_ICON_PATHS[card.device])
  return paths
}
