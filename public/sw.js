// Shows Täsmätyö's Web Push messages (ADR 044) and opens the app at the notification's link.
// The server sends { title, body, url } encrypted to this browser; nothing else runs here.
self.addEventListener("push", (event) => {
  let data = { title: "Täsmätyö", body: "", url: "/notifications" };
  try {
    if (event.data) data = { ...data, ...event.data.json() };
  } catch {
    // a payload that is not JSON: show the default title with the text as it came
    data.body = event.data ? event.data.text() : "";
  }
  event.waitUntil(
    self.registration.showNotification(data.title, {
      body: data.body,
      icon: "/icon-192.png",
      badge: "/icon-192.png",
      data: { url: data.url },
      lang: "fi",
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  // Only paths of this app: a URL elsewhere in a payload is not followed.
  const path = String(event.notification.data?.url ?? "/notifications");
  const target = new URL(path.startsWith("/") ? path : "/notifications", self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (w.url === target && "focus" in w) return w.focus();
      }
      return self.clients.openWindow(target);
    }),
  );
});

// ───── Offline (ADR 080): the phone's queue and the next gig without signal ─────
// The queue's database and store are the ones of src/features/client-app/offline/queue.ts
// (idb-keyval); the page writes them, this worker sends them with Background Sync.
const QUEUE_DB = "tasmatyo-phone";
const QUEUE_STORE = "queue";
const SYNC_TAG = "tasmatyo-send-queue";
const OFFLINE_CACHE = "tasmatyo-offline-v1";
const OFFLINE_PAGE = "/client/offline";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function openQueue() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(QUEUE_DB);
    // the same upgrade as idb-keyval's createStore, so whichever side opens first makes the store
    req.onupgradeneeded = () => req.result.createObjectStore(QUEUE_STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function queueRequest(mode, fn) {
  return openQueue().then(
    (db) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(QUEUE_STORE, mode);
        const req = fn(tx.objectStore(QUEUE_STORE));
        tx.oncomplete = () => resolve(req && req.result);
        tx.onerror = () => reject(tx.error);
      }),
  );
}

// The same outcomes as queueOutcome() in client-app/rules.ts: keep only what may succeed later.
function keep(result) {
  return !result || (!result.ok && (result.error === "NETWORK" || result.error === "RATE_LIMITED" || result.error === "UNAUTHENTICATED"));
}

async function sendQueue() {
  const calls = (await queueRequest("readonly", (s) => s.getAll())) || [];
  let sent = 0;
  let left = 0;
  for (const call of calls) {
    let result = null;
    try {
      const res = await fetch("/api/client-sync", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(call),
      });
      result = res.status >= 500 ? null : await res.json();
    } catch {
      result = null;
    }
    if (keep(result)) {
      left += 1;
      continue;
    }
    await queueRequest("readwrite", (s) => s.delete(`${call.kind}:${call.gigId}`));
    sent += 1;
  }
  if (sent) {
    const windows = await self.clients.matchAll({ type: "window" });
    for (const w of windows) w.postMessage({ type: "tasmatyo-queue-sent" });
  }
  // a throw tells the browser to try the sync again later
  if (left) throw new Error("queue not sent yet");
}

self.addEventListener("sync", (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(sendQueue());
});

async function cacheOfflinePage() {
  const res = await fetch(OFFLINE_PAGE, { credentials: "same-origin", cache: "no-store" });
  // signed out (a redirect to sign-in) or an error: keep nothing rather than the wrong page
  const cache = await caches.open(OFFLINE_CACHE);
  if (res.ok && !res.redirected) await cache.put(OFFLINE_PAGE, res);
  else await cache.delete(OFFLINE_PAGE);
}

async function forgetClient() {
  await caches.delete(OFFLINE_CACHE);
  await queueRequest("readwrite", (s) => s.clear());
}

self.addEventListener("message", (event) => {
  const type = event.data && event.data.type;
  if (type === "cache-offline") event.waitUntil(cacheOfflinePage().catch(() => undefined));
  if (type === "sign-out") event.waitUntil(forgetClient().catch(() => undefined));
});

// Only the client's own page loads: when the network fails, the saved next-gig page answers.
self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.mode !== "navigate" || req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith("/client")) return;
  event.respondWith(
    fetch(req).catch(async () => {
      const cached = await caches.match(OFFLINE_PAGE);
      return cached || new Response("Ei yhteyttä. / Ingen anslutning. / No connection.", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
    }),
  );
});
