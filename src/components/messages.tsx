/**
 * The interface's words for the page being drawn: Layout provides the
 * messages of the page's language (its view's `lang`, with the handbook's
 * `messages:`), and every component reads them here, never a language
 * setting of its own.
 */
import React, { createContext, useContext, type ReactNode } from 'react'
import { messagesFor, type MessageKey, type Messages, type MessageValues } from '../shared/i18n'

const MessagesContext = createContext<Messages>(messagesFor('en'))

/** Gives the components inside it the words of one language. */
export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
}

/** The interface's words in the page's language. */
export function useMessages(): Messages {
  return useContext(MessagesContext)
}

/** A message drawn with elements in its placeholders: `<Message messageKey="lastUpdated" slots={{ date: <time>…</time> }} />`. */
export function Message({ messageKey, values, slots = {} }: { messageKey: MessageKey; values?: MessageValues; slots?: Readonly<Record<string, ReactNode>> }) {
  const parts = useMessages().parts(messageKey, values)
  return (
    <>
      {parts.map((part, i) => (
        <React.Fragment key={i}>{typeof part === 'string' ? part : slots[part.placeholder]}</React.Fragment>
      ))}
    </>
  )
}
