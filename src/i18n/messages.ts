import type { Messages } from "next-intl";
import { namespaces, type AppLocale } from "./config";

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
