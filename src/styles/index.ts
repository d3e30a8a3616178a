/**
 * The site's one stylesheet, in cascade order: Gatsby bundles every imported
 * file into styles.css. Imported here one by one (not with CSS @import) so
 * each part goes through Gatsby's PostCSS (autoprefixer) like any stylesheet.
 */
import './global/tokens.css'
import './global/base.css'
import './global/header.css'
import './global/page-grid.css'
import './global/sidebar.css'
import './global/drawer.css'
import './global/toc.css'
import './global/home.css'
import './global/reduced-motion.css'
import './global/home-section-more.css'
import './content/article-header.css'
import './content/markdown-text.css'
import './content/heading-anchors.css'
import './content/markdown-blocks.css'
import './content/callouts.css'
import './content/article-chrome.css'
import './prism.css'
import './search/tokens.css'
import './search/field.css'
import './search/panel.css'
import './search/phone.css'
import './search/page.css'
import './search/not-found.css'
