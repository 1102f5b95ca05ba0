import { getLocale, getMessages } from "next-intl/server";
import { appFormatter, type AppFormatter } from "./format";

/** The request's formatter, for server components and route handlers. */
export async function getAppFormatter(): Promise<AppFormatter> {
  return appFormatter(await getLocale(), await getMessages());
}
