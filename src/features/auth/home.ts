import type { Grant, Role } from "./rules";

export const roleHome: Record<Role, string> = {
  ADMIN: "/admin",
  COORDINATOR: "/coordinator",
  UNIT_STAFF: "/unit",
  ORDERER_CONTACT: "/orderer",
  CLIENT: "/client",
  MANAGER: "/reports",
};

/** The homes a person may open, one per role they hold, in a fixed order. */
export function homesFor(grants: readonly Grant[]): { role: Role; href: string }[] {
  const order: Role[] = ["CLIENT", "ORDERER_CONTACT", "UNIT_STAFF", "COORDINATOR", "MANAGER", "ADMIN"];
  const held = new Set(grants.map((g) => g.role));
  return order.filter((r) => held.has(r)).map((role) => ({ role, href: roleHome[role] }));
}
