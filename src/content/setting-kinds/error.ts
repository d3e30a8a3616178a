/** A setting that cannot be used as given: its message says what to write instead. */
export class SettingsError extends Error {
  override name = 'SettingsError'
}
