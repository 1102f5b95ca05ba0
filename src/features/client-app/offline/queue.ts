import { clear, createStore, del, set, values, type UseStore } from "idb-keyval";
import { queueKey, type QueuedGigCall } from "../rules";

// The phone's queue of "I finished" and hours that found no connection (ADR 080). Browser only.
// The database and store names are shared with public/sw.js, which reads the same rows for
// Background Sync: change them in both places.
export const QUEUE_DB = "tasmatyo-phone";
export const QUEUE_STORE = "queue";
export const SYNC_TAG = "tasmatyo-send-queue";
/** Sent to the page by the service worker when it has sent queued calls. */
export const QUEUE_SENT_MESSAGE = "tasmatyo-queue-sent";

let store: UseStore | null = null;
// createStore opens the database at once: only on first use, never during server rendering.
function queueStore(): UseStore {
  store ??= createStore(QUEUE_DB, QUEUE_STORE);
  return store;
}

export function hasIndexedDb(): boolean {
  return typeof indexedDB !== "undefined";
}

export async function enqueue(call: QueuedGigCall): Promise<void> {
  await set(queueKey(call), call, queueStore());
  await requestBackgroundSync();
}

export async function queued(): Promise<QueuedGigCall[]> {
  if (!hasIndexedDb()) return [];
  return values<QueuedGigCall>(queueStore());
}

export async function forget(call: QueuedGigCall): Promise<void> {
  await del(queueKey(call), queueStore());
}

/** On sign-out: nothing of this client stays on the phone. */
export async function clearQueue(): Promise<void> {
  if (hasIndexedDb()) await clear(queueStore());
}

interface SyncRegistration extends ServiceWorkerRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/** Asks the service worker to send the queue when the connection is back, where the browser can. */
async function requestBackgroundSync(): Promise<void> {
  try {
    if (!("serviceWorker" in navigator)) return;
    const reg = (await navigator.serviceWorker.getRegistration()) as SyncRegistration | undefined;
    await reg?.sync?.register(SYNC_TAG);
  } catch {
    // no Background Sync (Firefox, Safari) or not allowed: the page sends on `online` and on open
  }
}
