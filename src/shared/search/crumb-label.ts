/** The sidebar-style label of a page's place, from its breadcrumb: "People › Onboarding". */
export function crumbLabel(crumbs: readonly string[]): string {
  return crumbs.join(' › ')
}
