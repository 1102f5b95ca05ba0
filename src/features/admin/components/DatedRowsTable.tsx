import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/Card";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { useAppFormatter } from "@/i18n/useAppFormatter";

/** A row of a dated table (prices, VAT rates, benefit limits): valid from a day, open-ended or until a day. */
export interface DatedRow {
  id: string;
  validFrom: Date;
  validTo: Date | null;
}

/**
 * The admin's dated tables look and read the same: what the row is, its validity, then its
 * figures. Rows are never edited, only followed by a new one (ADR 020), so the validity columns
 * are what a reader compares.
 */
export function DatedRowsTable<T extends DatedRow>({
  label,
  rows,
  lead,
  trail,
  labels,
  empty,
  current,
  className,
}: {
  /** names the table's scrolling region */
  label: string;
  rows: readonly T[];
  /** columns before the validity: what the row is */
  lead: Column<T>[];
  /** columns after the validity: its figures and notes */
  trail: Column<T>[];
  labels: { validFrom: string; validTo: string; open: string };
  empty: ReactNode;
  /** ids of the rows valid today: shown bold, the others muted */
  current?: ReadonlySet<string>;
  className?: string;
}) {
  const fmt = useAppFormatter();
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  const validity: Column<T>[] = [
    { header: labels.validFrom, cell: (r) => fmt.day(r.validFrom) },
    { header: labels.validTo, cell: (r) => (r.validTo ? fmt.day(r.validTo) : labels.open) },
  ];
  const columns = [...lead, ...validity, ...trail];
  return (
    <DataTable
      label={label}
      rows={rows}
      rowKey={(r) => r.id}
      className={className}
      columns={current ? columns.map((c) => ({ ...c, cell: (r: T) => <span className={current.has(r.id) ? "font-semibold" : "text-muted"}>{c.cell(r)}</span> })) : columns}
    />
  );
}
