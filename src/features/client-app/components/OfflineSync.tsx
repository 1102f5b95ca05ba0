"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { callAction } from "@/components/ui/useAction";
import { finishGig, reportHours } from "../actions";
import { forget, queued, QUEUE_SENT_MESSAGE } from "../offline/queue";
import { queueOutcome, type QueuedGigCall } from "../rules";

/** GigActions says so when it put something in the queue. */
export const QUEUE_CHANGED_EVENT = "tasmatyo-queue-changed";
/** Said when queued calls were sent (by the page or by the service worker). */
export const QUEUE_FLUSHED_EVENT = "tasmatyo-queue-flushed";

let flushing = false;

function send(call: QueuedGigCall) {
  return call.kind === "finish"
    ? callAction(finishGig, { gigId: call.gigId, note: call.note, finishedAt: call.finishedAt })
    : callAction(reportHours, { gigId: call.gigId, hours: call.hours, minutes: call.minutes, note: call.note });
}

/**
 * Sends what the phone queued (ADR 080) where the browser has no Background Sync, or before it
 * runs: when a client page opens and when the connection comes back. Also keeps the service
 * worker's offline copy of the next gig fresh. Shows a line while something waits.
 */
export function OfflineSync() {
  const t = useTranslations("client.offline");
  const router = useRouter();
  const [waiting, setWaiting] = useState(0);
  const [sent, setSent] = useState(false);
  const pathname = usePathname();
  const firstPath = useRef(true);

  // After a navigation focus goes to the new page's heading, not to the top of the header
  // (mounted once in the client's layout, so it sees every move between client pages).
  useEffect(() => {
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname]);

  const count = useCallback(async () => {
    try {
      setWaiting((await queued()).length);
    } catch {
      setWaiting(0);
    }
  }, []);

  const flush = useCallback(async () => {
    if (flushing) return;
    flushing = true;
    let anySent = false;
    try {
      for (const call of await queued()) {
        const outcome = queueOutcome(await send(call));
        if (outcome === "retry") continue;
        await forget(call);
        anySent = true;
      }
    } catch {
      // IndexedDB unavailable: nothing was queued
    } finally {
      flushing = false;
    }
    await count();
    if (anySent) {
      setSent(true);
      window.dispatchEvent(new Event(QUEUE_FLUSHED_EVENT));
      router.refresh();
    }
  }, [count, router]);

  useEffect(() => {
    const cacheOfflinePage = (reg: ServiceWorkerRegistration) => reg.active?.postMessage({ type: "cache-offline" });
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type === QUEUE_SENT_MESSAGE) {
        setSent(true);
        void count();
        window.dispatchEvent(new Event(QUEUE_FLUSHED_EVENT));
        router.refresh();
      }
    };
    const onChanged = () => {
      setSent(false);
      void count();
    };
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    window.addEventListener(QUEUE_CHANGED_EVENT, onChanged);
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.addEventListener("message", onMessage);
      navigator.serviceWorker
        .register("/sw.js")
        .then(() => navigator.serviceWorker.ready)
        .then((reg) => {
          if (navigator.onLine) cacheOfflinePage(reg);
        })
        .catch(() => undefined);
    }
    // on open: send what waits (the browser may have no Background Sync), else show how much waits
    const opened = window.setTimeout(() => void (navigator.onLine ? flush() : count()), 0);
    return () => {
      window.clearTimeout(opened);
      window.removeEventListener("online", onOnline);
      window.removeEventListener(QUEUE_CHANGED_EVENT, onChanged);
      if ("serviceWorker" in navigator) navigator.serviceWorker.removeEventListener("message", onMessage);
    };
  }, [count, flush, router]);

  return (
    <div aria-live="polite">
      {waiting > 0 ? (
        <div className="mb-4 rounded-lg border-2 border-warn bg-white p-3" data-testid="queue-waiting">
          <p className="text-lg font-semibold">
            {t("waiting", { count: waiting })}
          </p>
          <Button type="button" variant="secondary" className="mt-2" onClick={() => void flush()}>
            {t("sendNow")}
          </Button>
        </div>
      ) : sent ? (
        <p className="mb-4 rounded-lg border-2 border-ok bg-white p-3 text-lg font-semibold" data-testid="queue-sent">
          {t("sent")}
        </p>
      ) : null}
    </div>
  );
}
