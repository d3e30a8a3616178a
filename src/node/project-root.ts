/** The project folder: Gatsby and `npm run check` run from it; Parcel-compiled files cannot rely on __dirname. */
export const projectRoot = process.cwd()
