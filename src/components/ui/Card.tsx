import type { ReactNode } from "react";

export function Card({ children, className = "", as: Tag = "section" }: { children: ReactNode; className?: string; as?: "section" | "article" | "div" | "li" }) {
  return <Tag className={`rounded-xl border border-gray-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>{children}</Tag>;
}

export function PageHeader({ title, lead, actions }: { title: string; lead?: string; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
        {lead ? <p className="mt-1 max-w-prose text-muted">{lead}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

const tones = {
  neutral: "bg-gray-100 text-gray-800",
  info: "bg-brand-100 text-brand-800",
  ok: "bg-green-100 text-green-900",
  warn: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
} as const;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: keyof typeof tones }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${tones[tone]}`}>{children}</span>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-gray-300 p-6 text-center text-muted">{children}</p>;
}

export function Alert({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "ok" | "warn" | "danger" }) {
  const cls = { info: "border-brand-600 bg-brand-50", ok: "border-ok bg-green-50", warn: "border-warn bg-amber-50", danger: "border-danger bg-red-50" }[tone];
  return (
    <div role={tone === "danger" ? "alert" : "status"} className={`rounded-lg border-l-4 p-4 ${cls}`}>
      {children}
    </div>
  );
}
