/** Where the glossary lives: its data file at the root of the content folder, and the page made from it. */

/** The glossary's data file, at the root of the content folder. */
export const GLOSSARY_FILE = 'glossary.yml'

/** The generated glossary page. */
export const GLOSSARY_URL = '/glossary'

/** What the registry of site URLs says of `/glossary`. */
export const GLOSSARY_URL_OWNER = `the glossary (made from ${GLOSSARY_FILE})`
