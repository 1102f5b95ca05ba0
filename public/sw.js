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
