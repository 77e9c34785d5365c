import { Globe, Mail, Mailbox, MessageCircle, Phone, Share2, UserRound, Video, type LucideIcon } from 'lucide-react'
import type { Channel } from '../../domain'

/** One icon per channel, so a touchpoint's icon tells how the customer meets the brand there. */
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
