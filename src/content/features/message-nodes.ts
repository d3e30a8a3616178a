/**
 * A message of the interface as hast children, for the pages the wings make
 * (people, teams, /changes): its text, with elements (links, <time>) in the
 * placeholders the message leaves for them.
 */
import type { ElementContent } from 'hast'
import type { MessageKey, Messages, MessageValues } from '../../shared/i18n'

/** The message's text nodes, each placeholder named in `slots` replaced by those nodes. */
export function messageNodes(messages: Messages, key: MessageKey, slots: Readonly<Record<string, ElementContent | ElementContent[]>>, values: MessageValues = {}): ElementContent[] {
  return messages.parts(key, values).flatMap((part): ElementContent[] => {
    if (typeof part === 'string') return [{ type: 'text', value: part }]
    const nodes = slots[part.placeholder]
    return nodes === undefined ? [] : Array.isArray(nodes) ? nodes : [nodes]
  })
}
