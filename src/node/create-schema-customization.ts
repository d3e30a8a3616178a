import type { GatsbyNode } from 'gatsby'

/**
 * Types declared, not inferred: a handbook where no page has a description
 * (or any other optional field) still builds, and queries are typed.
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
      lastUpdated: Date
    }

    type HandbookSidebar implements Node @dontInfer {
      name: String!
      order: Int!
      items: JSON!
      "Where the whole tree is published when pages load closed groups on demand (large sidebars, production only)."
      dataPath: String
    }

    type SiteSiteMetadata {
      title: String!
      description: String!
      siteUrl: String!
      lang: String!
      repositoryUrl: String!
    }
  `)
}
