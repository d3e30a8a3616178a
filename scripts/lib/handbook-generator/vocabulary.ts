/** Reading a vocabulary file next to this module, checked against its schema so a slip in the data fails loudly. */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'

export function loadVocabulary<Schema extends z.ZodTypeAny>(name: string, schema: Schema): z.infer<Schema> {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url))
  const result = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
    throw new Error(`${file} does not have the expected shape:\n${problems.join('\n')}`)
  }
  return result.data as z.infer<Schema>
}
