/** The project folder: Gatsby and `npm run check` run from it; the compiled gatsby files (in .cache/compiled) cannot rely on __dirname. */
export const projectRoot = process.cwd()
