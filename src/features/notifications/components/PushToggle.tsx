"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { useAction } from "@/components/ui/useAction";
import { subscribePush, unsubscribePush } from "../actions";

type State = "unknown" | "unsupported" | "denied" | "off" | "on";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const padded = base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4);
  const raw = atob(padded);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** "Notifications on this phone": registers public/sw.js and hands the subscription to the server. */
export function PushToggle({ publicKey }: { publicKey: string }) {
  const t = useTranslations("notifications.push");
  const [state, setState] = useState<State>("unknown");
  const on = useAction(subscribePush);
  const off = useAction(unsubscribePush);

  useEffect(() => {
    // Everything is asked of the browser asynchronously, so the first render stays "unknown"
    // (nothing shown) and the answer arrives in one update.
    const check = async (): Promise<State> => {
      if (!("serviceWorker" in navigator) || !("PushManager" in window)) return "unsupported";
      if (Notification.permission === "denied") return "denied";
      const registration = await navigator.serviceWorker.register("/sw.js");
      return (await registration.pushManager.getSubscription()) ? "on" : "off";
    };
    check().then(setState, () => setState("unsupported"));
  }, []);

  async function enable() {
    const registration = await navigator.serviceWorker.ready;
    if ((await Notification.requestPermission()) !== "granted") return setState("denied");
    const sub = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
    const json = sub.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    on.run({ endpoint: json.endpoint, keys: json.keys }, () => setState("on"));
  }

  async function disable() {
    const registration = await navigator.serviceWorker.ready;
    const sub = await registration.pushManager.getSubscription();
    if (sub) {
      off.run({ endpoint: sub.endpoint });
      await sub.unsubscribe();
    }
    setState("off");
  }

  if (state === "unknown") return null;
  if (state === "unsupported") return <p className="text-sm text-muted">{t("unsupported")}</p>;
  if (state === "denied") return <p className="text-sm text-muted">{t("denied")}</p>;
  return (
    <div className="space-y-2">
      {state === "off" ? (
        <Button type="button" variant="primary" disabled={on.pending} onClick={() => void enable()}>
          {t("enable")}
        </Button>
      ) : (
        <Button type="button" variant="secondary" disabled={off.pending} onClick={() => void disable()}>
          {t("disable")}
        </Button>
      )}
      <ActionErrorAlert result={on.result ?? off.result} />
    </div>
  );
}
