/**
 * Which policies an enterprise sees: those still in force whose industries include the
 * enterprise's (or name none), and whose tags, if any, share one with the enterprise's.
 */
export const policyMatches = (
  policy: { industries: string[]; tags: string[]; validFrom: string; validTo: string },
  enterprise: { industry: string; tags: string[] },
  today: string,
): boolean => {
  if (policy.validTo < today || policy.validFrom > today) return false;
  const industryOk = policy.industries.length === 0 || policy.industries.includes(enterprise.industry);
  const tagsOk = policy.tags.length === 0 || policy.tags.some((t) => enterprise.tags.includes(t) || t === enterprise.industry);
  return industryOk && tagsOk;
};
