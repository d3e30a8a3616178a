/**
 * Moved to common/yaml-map.ts, the one reader of YAML data files. Kept only
 * for settings-file/read.ts and checks/untrusted-code.ts until they import
 * it from there; remove it then.
 */
export { readYamlMap, type YamlEntry } from '../common/yaml-map'
