/**
 * Words handbooks use for the same things, built in (a handbook adds its
 * own in synonyms.yml). Small and general: the names of time off, pay,
 * equipment, leaving, hiring, meetings, accounts and incidents and the like,
 * their common abbreviations included (SSO, 2FA, OKR), as they appear across
 * public company handbooks (GitLab, Basecamp, PostHog, Valve, Sourcegraph…),
 * not one company's words. Each group is a list of equivalent terms; an
 * entry may be several words.
 */
export const BUILTIN_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['time off', 'pto', 'paid time off', 'vacation', 'holiday', 'leave', 'annual leave', 'days off', 'out of office'],
  ['sick leave', 'sick day', 'sick time', 'illness'],
  ['parental leave', 'maternity leave', 'paternity leave'],
  ['pay', 'salary', 'compensation', 'wage', 'payroll', 'remuneration'],
  ['benefits', 'perks'],
  ['equipment', 'laptop', 'hardware', 'computer'],
  ['expenses', 'reimbursement', 'expense claim'],
  ['bereavement', 'compassionate leave', 'funeral leave'],
  ['sabbatical', 'extended leave'],
  ['leaving', 'offboarding', 'resignation', 'resign', 'quit', 'quitting', 'notice period'],
  ['hiring', 'recruiting', 'recruitment', 'talent acquisition'],
  ['onboarding', 'induction', 'orientation', 'new hire', 'new starter', 'new joiner'],
  ['promotion', 'career ladder', 'career framework', 'career progression', 'career path', 'leveling', 'levelling'],
  ['human resources', 'hr', 'people ops', 'people operations'],
  ['org chart', 'organization chart', 'organisation chart', 'reporting lines'],
  ['meeting', 'sync'],
  ['1:1', 'one-on-one', 'one on one', '1-on-1'],
  ['remote work', 'work from home', 'wfh', 'telecommuting'],
  ['performance review', 'appraisal', 'evaluation'],
  ['manager', 'supervisor'],
  // Security and operations words every company with software uses.
  ['sso', 'single sign-on', 'single sign on'],
  ['2fa', 'mfa', 'two-factor', 'two-factor authentication', 'multi-factor authentication', 'two-step verification', '2-step verification'],
  ['incident', 'outage', 'downtime'],
  ['on-call', 'pager duty'],
  ['postmortem', 'post-mortem', 'incident review', 'root cause analysis', 'rca'],
  ['pull request', 'merge request'],
  ['e-signature', 'electronic signature', 'digital signature'],
  ['okr', 'objectives and key results'],
  ['kpi', 'key performance indicator'],
  ['code of conduct', 'coc'],
]
