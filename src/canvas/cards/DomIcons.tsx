import { Globe, Laptop, Mail, Mailbox, MessageCircle, Phone, Share2, Smartphone, Store, Tablet, UserRound, Video, type LucideIcon } from 'lucide-react'
import type { Channel, Device } from '../../domain'

/** The same drawings as the canvas paths in icons.ts, for DOM panels. */
export const CHANNEL_ICONS: Readonly<Record<Channel, LucideIcon>> = {
  email: Mail,
  phone: Phone,
  liveChat: MessageCircle,
  socialMedia: Share2,
  webPage: Globe,
  liveVideo: Video,
  inPerson: UserRound,
  postalMail: Mailbox,
}

export const DEVICE_ICONS: Readonly<Record<Device, LucideIcon>> = {
  mobile: Smartphone,
  laptop: Laptop,
  tablet: Tablet,
  inStore: Store,
}
