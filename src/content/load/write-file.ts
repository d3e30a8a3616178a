/** Writing a file other processes may be reading at the same moment (Gatsby's workers, render workers). */
import fs from 'node:fs'

/** Written beside and renamed into place, so a reader never sees half a file. */
export function writeFileAtomically(file: string, contents: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, contents)
  fs.renameSync(temporary, file)
}
