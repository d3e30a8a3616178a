/** The feedback wing: its setting; the chrome carries it to every page (chrome.ts), whose view makes the link or the widget (src/shared/feedback.ts). */
import type { Feature } from '../feature'
import { feedbackSettings } from './settings'

export const feedbackWing: Feature = {
  name: 'feedback',
  settings: feedbackSettings,
}
