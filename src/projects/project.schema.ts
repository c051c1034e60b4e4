// The parts an organisation can take in a project besides leading it, as stored in
// project_partner.role (the demo content uses « partner » only).
export const partnerRoles = ['partner', 'associated', 'subcontractor'] as const;
export type PartnerRole = (typeof partnerRoles)[number];

export function isPartnerRole(role: string): role is PartnerRole {
  return (partnerRoles as readonly string[]).includes(role);
}
