"use client";

import "./globals.css";

// Shown only when the root layout itself fails: then neither the language nor the messages
// could be loaded, so the few words are here in all three languages, Finnish first.
const texts = [
  { lang: "fi", title: "Jokin meni vikaan", text: "Sivua ei voitu näyttää. Yritä uudelleen.", retry: "Yritä uudelleen", home: "Etusivulle" },
  { lang: "sv", title: "Något gick fel", text: "Sidan kunde inte visas. Försök igen.", retry: "Försök igen", home: "Till startsidan" },
  { lang: "en", title: "Something went wrong", text: "The page could not be shown. Please try again.", retry: "Try again", home: "Go to the front page" },
] as const;

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fi">
      <body className="font-sans antialiased">
        <title>{texts.map((x) => x.title).join(" · ")}</title>
        <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-10">
          {texts.map((x) => (
            <section key={x.lang} lang={x.lang}>
              <h1 className="text-2xl font-bold">{x.title}</h1>
              <p className="mt-2 mb-3">{x.text}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" onClick={() => retry()} className="min-h-11 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white">
                  {x.retry}
                </button>
                {/* A full page load: the app's own router may be what failed. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a href="/" className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
                  {x.home}
                </a>
              </div>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
