import type { GatsbyNode } from 'gatsby'

/**
 * Types declared, not inferred: a handbook where no page has a description
 * (or any other optional field) still builds, and queries are typed.
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
    type HandbookTocEntry {
      depth: Int!
      id: String!
      text: String!
    }

    type HandbookBacklinkSection {
      heading: String!
      anchor: String!
    }

    "A page whose body links to this one, and the section (h2/h3) the link is in."
    type HandbookBacklink {
      url: String!
      title: String!
      section: HandbookBacklinkSection
    }

    type HandbookOwner {
      kind: String!
      label: String!
      url: String!
      channel: String
      channelUrl: String
    }

    type HandbookReview {
      stale: Boolean!
      reviewed: String
    }

    type HandbookPage implements Node @dontInfer {
      sourcePath: String!
      absolutePath: String!
      format: String!
      url: String!
      title: String!
      titleFrom: String!
      description: String!
      sidebar: String!
      showTitle: Boolean!
      draft: Boolean!
      lang: String
      "Open Graph image of the page (frontmatter image:): a site path or a full URL."
      image: String
      position: Float
      html: String!
      toc: [HandbookTocEntry!]!
      backlinks: [HandbookBacklink!]!
      "Who owns the page, as it shows them (none on pages made from data)."
      owners: [HandbookOwner!]!
      "Whether the page is past its review date; null on pages made from data."
      review: HandbookReview
      frontmatter: JSON!
      editUrl: String
      "The page file's history on the repository host (none on pages made from data)."
      historyUrl: String
      lastUpdated: Date
    }

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
