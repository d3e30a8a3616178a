import path from 'node:path'

/** The project folder: Gatsby and `npm run check` run from it; the compiled gatsby files (in .cache/compiled) cannot rely on __dirname. */
export const projectRoot = process.cwd()

/** Where Gatsby writes the site, and the build before left it. */
export const publicDir = path.join(projectRoot, 'public')
