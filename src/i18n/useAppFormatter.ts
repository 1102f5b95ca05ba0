import { useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import { appFormatter, type AppFormatter } from "./format";

/** The formatter in client components (and non-async server components). */
export function useAppFormatter(): AppFormatter {
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(() => appFormatter(locale, messages), [locale, messages]);
}
