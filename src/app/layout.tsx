import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "@/env";
import { IntlScope } from "@/i18n/IntlScope";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    manifest: "/manifest.webmanifest",
    icons: { icon: "/icon.svg", apple: "/icon-192.png" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fbf" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {env.NEXT_PUBLIC_APP_ENV === "demo" ? (
          <p className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-900">{t("demoBanner")}</p>
        ) : null}
        {/* the base messages; each route folder's layout passes its own (ADR 091) */}
        <IntlScope scope="root">{children}</IntlScope>
      </body>
    </html>
  );
}
