/**
 * The components the build itself gives every `.mdx` page, besides the
 * provider's (src/shared/mdx-components.ts): the MDX forms of the people
 * and team blocks (`<Person>` is the `person` directive), by the directive
 * each one is. A handbook's own component may take none of their names.
 */
export const DIRECTIVE_COMPONENTS: Readonly<Record<string, string>> = { Person: 'person', Team: 'team', People: 'people', OrgChart: 'org-chart' }
