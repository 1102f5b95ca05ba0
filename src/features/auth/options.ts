import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { requestClientIp } from "@/server/client-ip";
import { getDb } from "@/server/db";
import { endAuthSession, signInClient, signInStaff, startAuthSession } from "./mutations";
import { emailVerified } from "./queries";
import { clientSignInSchema, staffSignInSchema } from "./schema";
import type { SessionToken } from "./session";

// Throttled sign-ins tell the form how long to wait: "RATE_LIMITED:120" (SignInForms reads it).
function refusal(result: { error: string; retryAfterSeconds?: number }): Error {
  return new Error(result.retryAfterSeconds ? `${result.error}:${result.retryAfterSeconds}` : result.error);
}

type AuthorizedUser = { id: string; name: string; sv: number; kind: "staff" | "client" };

// Sessions are signed JWTs that name a stored AuthSession row (ADR 052): roles are read from the
// database per request (see session.ts), signing out ends the row, and `sessionVersion` lets a
// reset or deactivation end every older token at once.
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie's own lifetime is only the outer bound; staff length and client idle time are
  // checked against the stored session on every request.
  session: { strategy: "jwt", maxAge: env.CLIENT_SESSION_DAYS * 24 * 3600 },
  // next-auth marks its cookies Secure (and __Secure-/__Host- prefixed) when NEXTAUTH_URL is https.
  useSecureCookies: env.NEXTAUTH_URL.startsWith("https://"),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "staff",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = staffSignInSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("INVALID_CREDENTIALS");
        const db = await getDb();
        const result = await signInStaff(db, parsed.data.email, parsed.data.password, await requestClientIp(req?.headers));
        if (!result.ok) throw refusal(result);
        // Only after the right password, so that it tells nobody else the account exists.
        if (!(await emailVerified(db, result.user.id))) throw new Error("EMAIL_UNVERIFIED");
        return { id: result.user.id, name: result.user.name, sv: result.user.sessionVersion, kind: "staff" } as AuthorizedUser;
      },
    }),
    CredentialsProvider({
      id: "client",
      name: "Username and PIN",
      credentials: { username: { type: "text" }, pin: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = clientSignInSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("INVALID_CREDENTIALS");
        const result = await signInClient(await getDb(), parsed.data.username, parsed.data.pin, await requestClientIp(req?.headers));
        if (!result.ok) throw refusal(result);
        return { id: result.user.id, name: result.user.name, sv: result.user.sessionVersion, kind: "client" } as AuthorizedUser;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as AuthorizedUser;
        const at = Date.now();
        const sid = await startAuthSession(await getDb(), u.id, u.kind, new Date(at));
        const t: SessionToken = { uid: u.id, sv: u.sv, kind: u.kind, at, sid };
        return { ...token, ...t };
      }
      return token;
    },
    async session({ session, token }) {
      const t = token as unknown as SessionToken;
      return { ...session, token: { uid: t.uid, sv: t.sv, kind: t.kind, at: t.at, sid: t.sid } };
    },
  },
  events: {
    // Clearing the cookie is not enough: a copy of it would still work. Ending the stored
    // session makes the server refuse this token wherever it is presented again.
    async signOut({ token }) {
      const sid = (token as Partial<SessionToken> | null)?.sid;
      if (sid) await endAuthSession(await getDb(), sid);
    },
  },
};
