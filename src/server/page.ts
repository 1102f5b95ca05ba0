import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/features/auth/permissions";
import type { Target } from "@/features/auth/rules";
import type { SessionUser } from "@/features/auth/session";
import { getContext, type RequestContext } from "./context";

/** For pages: the signed-in person, or off to the sign-in page. */
export async function requireUser(): Promise<RequestContext & { user: SessionUser }> {
  const ctx = await getContext();
  if (!ctx.user) redirect("/signin");
  return ctx as RequestContext & { user: SessionUser };
}

/**
 * For pages and reads: the same permission check as the actions. A denied row answers
 * "not found", so that nobody learns what exists in another organisation.
 */
export async function requirePermission(permission: Permission, target: Target = {}) {
  const ctx = await requireUser();
  if (!can(ctx.user, permission, target)) notFound();
  return ctx;
}

/** For a role's area: the person must hold the role (any organisation). */
export async function requireRole(role: import("@/features/auth/rules").Role) {
  const ctx = await requireUser();
  if (!ctx.user.grants.some((g) => g.role === role)) notFound();
  return ctx;
}
