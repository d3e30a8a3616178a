import type { GatsbyNode } from 'gatsby'
import { contentLibrary } from './library'

/**
 * Types declared, not inferred: a handbook where no page has a description
 * (or any other optional field) still builds, and queries are typed. The
 * page's types come from its one declaration (src/content/page/page-node.ts).
 *
 * The Mdx and File types are declared too, though no query of ours reads
 * them: inferred, they follow the content (MdxFrontmatter gets one field per
 * frontmatter key of the .mdx pages; without any .mdx page, Mdx loses `body`
 * and `frontmatter` and File its `childMdx`), and Gatsby's typegen writes the
 * schema into the tracked src/gatsby-types.d.ts on every build, so building
 * someone's handbook rewrote a file of this project. Declared, the schema, and
 * with it that file, is the same for every handbook; the file changes only
 * when our queries or these types do, which is when it should be committed.
 */
export const createSchemaCustomization: GatsbyNode['createSchemaCustomization'] = ({ actions }) => {
  actions.createTypes(`
    ${contentLibrary().pageTypeDefinitions}

    type HandbookSidebar implements Node @dontInfer {
      name: String!
      order: Int!
      items: JSON!
      "Where the whole tree is published when pages load closed groups on demand (large sidebars, production only)."
      dataPath: String
    }

    "A .mdx page as gatsby-plugin-mdx sources it; its frontmatter is read from HandbookPage, never from here."
    type Mdx implements Node @childOf(types: ["File"]) @dontInfer {
      body: String
      frontmatter: JSON
    }

    "Fields of fs.Stats that gatsby-source-filesystem does not declare (inferred, they vanish when no .mdx file is sourced)."
    type File implements Node @infer {
      blksize: Int
      blocks: Int
    }

    type SiteSiteMetadata {
      title: String!
      description: String!
      siteUrl: String!
      lang: String!
      repositoryUrl: String!
      "The site chrome as JSON (src/shared/site-chrome.ts)."
      chrome: String!
    }
  `)
}
