import { draftFormValues, type OrderFields } from "@/features/orders/components/OrderForm/values";
import type { DraftForEditing } from "@/features/orders/queries";
import { FINISHED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import { dayKey, timeKey } from "@/lib/dates";
import { repeatDates } from "./rules";

/**
 * "Order again": a finished order's details for a new form, with its sessions moved to new
 * dates (same weekdays and times); null for an order that is not finished.
 */
export function againFormValues(order: DraftForEditing, now: Date): Partial<OrderFields> | null {
  if (!isOrderIn(FINISHED_ORDER_STATES, order.status)) return null;
  const old = order.sessions.map((s) => ({ date: dayKey(s.startsAt), start: timeKey(s.startsAt), end: timeKey(s.endsAt) }));
  const sessions = repeatDates(old, dayKey(now));
  return { ...draftFormValues(order), ...(sessions.length ? { sessions } : {}) };
}
