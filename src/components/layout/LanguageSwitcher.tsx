"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/i18n/actions";
import { locales } from "@/i18n/config";

const names = { fi: "Suomi", sv: "Svenska", en: "English" } as const;

export function LanguageSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <nav aria-label={t("language")}>
      <ul className="flex flex-wrap gap-1">
        {locales.map((l) => (
          <li key={l}>
            <button
              type="button"
              lang={l}
              aria-current={l === current ? "true" : undefined}
              disabled={pending}
              onClick={() =>
                start(async () => {
                  await setLocale({ locale: l });
                  router.refresh();
                })
              }
              className={`min-h-11 rounded-md px-2 text-sm font-semibold ${l === current ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
            >
              {names[l]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
