import type { ReactNode } from "react";
import { IntlScope } from "@/i18n/IntlScope";

// Only the messages this folder's client components use go into its pages (ADR 091).
export default function Layout({ children }: { children: ReactNode }) {
  return <IntlScope scope="order">{children}</IntlScope>;
}
