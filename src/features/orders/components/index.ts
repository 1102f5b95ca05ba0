// Order pieces for other pages (the coordinator's order page embeds these).
export { OrderMessages, type OrderMessageItem } from "./OrderMessages";
export { AgreePriceForm, ProposeChangeForm } from "./ChangeForms";
export { TermsAcceptanceHistory, type AcceptanceItem } from "./TermsAcceptanceHistory";
export { OrderFeedbackList, type FeedbackItem } from "./OrderFeedbackList";
export { OrderStatusBadge } from "./StatusBadge";
export { OrderTimeline } from "./OrderTimeline";
export { AcceptTermsForm, CancelOrderForm, GigFeedbackForm, HireForm, PendingChange } from "./OrdererForms";
export { CoordinatorOrderPanel } from "./CoordinatorOrderPanel";
