import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickMessages, type IntlScopeName } from "./client-namespaces";

/** The messages provider of one route folder: only what its client components use (ADR 091). */
export async function IntlScope({ scope, children }: { scope: IntlScopeName; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), CLIENT_NAMESPACES[scope]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
