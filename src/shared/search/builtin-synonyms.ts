/**
 * Words handbooks use for the same things, built in (a handbook adds its
 * own in synonyms.yml). Small and general: the names of time off, pay,
 * equipment, leaving, hiring, meetings and the like, as they appear across
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
  ['leaving', 'offboarding', 'resignation', 'resign', 'notice period'],
  ['hiring', 'recruiting', 'recruitment', 'talent acquisition'],
  ['onboarding', 'induction', 'orientation'],
  ['meeting', 'sync'],
  ['1:1', 'one-on-one', 'one on one', '1-on-1'],
  ['remote work', 'work from home', 'wfh', 'telecommuting'],
  ['performance review', 'appraisal', 'evaluation'],
  ['manager', 'supervisor'],
]
