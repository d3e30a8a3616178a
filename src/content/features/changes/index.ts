/** Recent changes: the history of the content folder as a page (`/changes`) and an Atom feed (`/changes.xml`). */
export { parseGitLog, latestChangeOf, logFormat, latestCommitTime, clampFutureCommits, type GitHistory, type GitHistoryState, type LogCommit, type FileChange, type FileChangeKind } from './git-log'
export { recentChanges, changesByDay, type RecentChanges, type RecentChangesOptions, type Change, type ChangeDay, type ChangedPage } from './recent-changes'
export { changesPage, CHANGES_URL, CHANGES_FEED_FILE, CHANGES_URL_OWNER } from './page'
export { changesFeedXml, type FeedSite } from './feed'
