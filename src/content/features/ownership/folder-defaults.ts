/**
 * Folder defaults: each `_meta.yml`, read with the place of every key and
 * value so a mistake is reported at `_meta.yml:line:col`. A folder sets
 * `owner` and `review_every` for the pages below it, and `visibility`
 * (features/audience: the one file of folder settings serves both wings);
 * `reviewed` is not a folder field (a review is of one page). Unknown keys are warnings with
 * "Did you mean"; values of the wrong form are errors, and left out.
 */
import { nearestName } from '../../common/nearest-name'
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import { readYamlMap } from '../../common/yaml-map'
import type { DataText, Place } from '../../common/yaml'
import { INTERVAL_FORMS, isInterval } from '../../common/calendar'
import { folderOf } from './folder-file'
import { describeValue } from '../../frontmatter/messages'
import { readVisibility, visibilityMessage, type Visibility } from '../audience/visibility'

/** An owner id as written, and where. */
export interface WrittenOwner {
  id: string
  place: Place
}

export interface FolderDefaults {
  /** The `_meta.yml`, relative to the content folder. */
  file: string
  /** The folder it sets defaults for ("" for the content folder itself). */
  folder: string
  owners?: WrittenOwner[]
  reviewEvery?: { value: string; place: Place }
  /** `visibility: internal`: the pages below are internal (features/audience). A value that is neither public nor internal is read as internal. */
  visibility?: Visibility
}

const FOLDER_FIELDS = ['owner', 'review_every', 'visibility'] as const

function unknownKeyMessage(key: string): string {
  if (key === 'reviewed') return `"reviewed" is not a folder default: a review is of one page. Write reviewed: YYYY-MM-DD in the frontmatter of each page reviewed`
  // `reviewed` is a candidate too, so a misspelt one is told where it belongs.
  const near = nearestName(key, [...FOLDER_FIELDS, 'reviewed'])
  const hint = !near ? '' : near === 'reviewed' ? ` Did you mean reviewed? That one is written in each page's frontmatter, not in a folder's.` : ` Did you mean ${near}?`
  return `"${key}" is not a folder default, so it is ignored.${hint} A _meta.yml may set ${FOLDER_FIELDS.join(', ')}`
}

const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** The defaults of one `_meta.yml`; problems reported at their place. */
export function readFolderDefaults(data: DataText, diagnostics: Diagnostic[]): FolderDefaults {
  const defaults: FolderDefaults = { file: data.path, folder: folderOf(data.path) }
  const map = readYamlMap(data.path, data.text, diagnostics, 'lines of "field: value", e.g. owner: platform')
  for (const entry of map?.entries ?? []) {
    const { key, value } = entry
    if (!(FOLDER_FIELDS as readonly string[]).includes(key)) {
      diagnostics.push(warning('meta-unknown-field', data.path, unknownKeyMessage(key), entry.keyPlace.line, entry.keyPlace.column))
      continue
    }
    if (blank(value)) continue
    if (key === 'visibility') {
      const place = entry.placeOf([])
      const read = readVisibility(value)
      if (!read) diagnostics.push(error('meta-type', data.path, visibilityMessage(value).replace('the page is treated', 'the folder is treated'), place.line, place.column))
      defaults.visibility = read ?? 'internal'
      continue
    }
    if (key === 'owner') {
      const listed: unknown[] = Array.isArray(value) ? value : [value]
      const owners = listed.map((item, i) => ({
        id: typeof item === 'string' || typeof item === 'number' ? String(item).trim() : '',
        place: entry.placeOf(Array.isArray(value) ? [i] : []),
      }))
      if (owners.length === 0 || owners.some((owner) => owner.id === '')) {
        const place = entry.placeOf([])
        diagnostics.push(
          error(
            'meta-type',
            data.path,
            `"owner" must be a team slug or person id, or a list of them, but it is ${describeValue(value)}. Write owner: platform or owner: [platform, jane_doe]`,
            place.line,
            place.column,
          ),
        )
        continue
      }
      defaults.owners = owners
    } else {
      const place = entry.placeOf([])
      if (typeof value !== 'string' || !isInterval(value)) {
        diagnostics.push(error('meta-type', data.path, `"review_every" must be a time such as ${INTERVAL_FORMS}, but it is ${describeValue(value)}. Write e.g. review_every: 6 months`, place.line, place.column))
        continue
      }
      defaults.reviewEvery = { value: value.trim(), place }
    }
  }
  return defaults
}
