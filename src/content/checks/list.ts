/**
 * The editors' checks, in the order they run. Order matters only among
 * problems on the same line of the same file: the sorted list keeps the
 * order they were found in (the feature wings' own checks run after
 * these, so the redirects' come last, as they always have). A new check is
 * a file of this folder and a line here; a wing's, a line in its `checks`.
 */
import type { HandbookCheck } from './check'
import { links } from './links'
import { mojibake } from './mojibake'
import { pageEmpty } from './page-empty'
import { titleMissing } from './title-missing'
import { titleMarkup } from './title-markup'
import { titleHidden } from './title-hidden'
import { pageUnlinked } from './page-unlinked'
import { generatedLinks } from './generated-links'

export const HANDBOOK_CHECKS: readonly HandbookCheck[] = [links, mojibake, pageEmpty, titleMissing, titleMarkup, titleHidden, pageUnlinked, generatedLinks]
