import { Fragment, type ReactNode } from 'react'
import { drawnMarks, type TitleMark, type TitleRunFields } from '../shared/title-runs'

/** A run's text inside its marks' elements, outermost first. */
function marked(text: string, marks: readonly TitleMark[]): ReactNode {
  const [Mark, ...inner] = marks
  return Mark ? <Mark>{marked(text, inner)}</Mark> : text
}

/**
 * A title or label as written (src/shared/title.ts): its runs as elements,
 * em/strong/code/sub/sup only, each run's text as text (never HTML); its
 * plain text when it has no marks.
 */
export function TitleText({ text, runs }: { text: string; runs?: readonly TitleRunFields[] | null | undefined }) {
  if (!runs || runs.length === 0) return <>{text}</>
  // Runs are fixed text in a fixed order: their place is their key.
  const keyed = runs.map((run, place) => ({ run, key: `${place}` }))
  return (
    <>
      {keyed.map(({ run, key }) => (
        <Fragment key={key}>{marked(run.text, drawnMarks(run))}</Fragment>
      ))}
    </>
  )
}
