import { describe, expect, it } from 'vitest'
import { commitUrl, editUrl, historyUrl } from '../../../src/content/page/edit-url'
import type { RepositorySettings } from '../../../src/content/settings'

const github: RepositorySettings = { url: 'https://github.com/acme/handbook', branch: 'main', contentPath: 'contents' }

describe('editUrl', () => {
  it('is undefined without a repository URL', () => {
    expect(editUrl({ ...github, url: '' }, 'a.md')).toBeUndefined()
  })

  it('points at GitHub’s editor for the file in the content folder', () => {
    expect(editUrl(github, 'company/values.md')).toBe('https://github.com/acme/handbook/edit/main/contents/company/values.md')
  })

  it('encodes each path segment but keeps the slashes', () => {
    expect(editUrl(github, 'company/Team Charter.md')).toBe('https://github.com/acme/handbook/edit/main/contents/company/Team%20Charter.md')
    expect(editUrl(github, '日本語/ようこそ.md')).toBe('https://github.com/acme/handbook/edit/main/contents/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D.md')
    expect(editUrl(github, 'a#b?.md')).toBe('https://github.com/acme/handbook/edit/main/contents/a%23b%3F.md')
  })

  it('handles a content folder at the repository root or nested', () => {
    expect(editUrl({ ...github, contentPath: '' }, 'a.md')).toBe('https://github.com/acme/handbook/edit/main/a.md')
    expect(editUrl({ ...github, contentPath: 'docs/handbook' }, 'a.md')).toBe('https://github.com/acme/handbook/edit/main/docs/handbook/a.md')
  })

  it('uses the configured branch', () => {
    expect(editUrl({ ...github, branch: 'develop' }, 'a.md')).toBe('https://github.com/acme/handbook/edit/develop/contents/a.md')
  })

  it('uses GitLab’s /-/edit/ path on GitLab', () => {
    expect(editUrl({ ...github, url: 'https://gitlab.com/acme/handbook' }, 'a.md')).toBe('https://gitlab.com/acme/handbook/-/edit/main/contents/a.md')
    expect(editUrl({ ...github, url: 'https://gitlab.example.com/acme/handbook' }, 'a.md')).toBe('https://gitlab.example.com/acme/handbook/-/edit/main/contents/a.md')
  })

  it('looks for GitLab in the host only, not in the repository’s path', () => {
    expect(editUrl({ url: 'https://github.com/acme/gitlab.tools', branch: 'main', contentPath: 'docs' }, 'a.md')).toBe('https://github.com/acme/gitlab.tools/edit/main/docs/a.md')
    expect(editUrl({ ...github, url: 'https://codeberg.org/gitlab.mirror/handbook' }, 'a.md')).toBe('https://codeberg.org/gitlab.mirror/handbook/edit/main/contents/a.md')
    expect(editUrl({ ...github, url: 'https://GitLab.com/acme/handbook' }, 'a.md')).toBe('https://GitLab.com/acme/handbook/-/edit/main/contents/a.md')
  })

  it('uses /edit/ on Gitea and Forgejo', () => {
    expect(editUrl({ ...github, url: 'https://codeberg.org/acme/handbook' }, 'a.md')).toBe('https://codeberg.org/acme/handbook/edit/main/contents/a.md')
  })
})

describe('historyUrl and commitUrl', () => {
  it('point at the file’s history and at a commit on GitHub', () => {
    expect(historyUrl(github, 'company/Team Charter.md')).toBe('https://github.com/acme/handbook/commits/main/contents/company/Team%20Charter.md')
    expect(historyUrl({ ...github, contentPath: '' }, 'a.md')).toBe('https://github.com/acme/handbook/commits/main/a.md')
    expect(commitUrl(github, 'abc123')).toBe('https://github.com/acme/handbook/commit/abc123')
  })

  it('use GitLab’s /-/ form on a GitLab host', () => {
    const gitlab = { ...github, url: 'https://gitlab.com/acme/handbook' }
    expect(historyUrl(gitlab, 'a.md')).toBe('https://gitlab.com/acme/handbook/-/commits/main/contents/a.md')
    expect(commitUrl(gitlab, 'abc123')).toBe('https://gitlab.com/acme/handbook/-/commit/abc123')
  })

  it('are undefined without a repository URL', () => {
    expect(historyUrl({ ...github, url: '' }, 'a.md')).toBeUndefined()
    expect(commitUrl({ ...github, url: '' }, 'abc')).toBeUndefined()
  })
})
