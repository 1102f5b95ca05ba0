import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** e.g. "font-semibold", "text-right" */
  className?: string;
}

/**
 * A table that scrolls sideways on a phone instead of breaking the page: a labelled, focusable
 * region (so keyboard users can scroll it), column headers with scope, one row per item.
 */
export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  className = "",
}: {
  /** names the scrolling region for screen readers */
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  className?: string;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className={`w-full border-collapse text-left ${className}`}>
        <thead>
          <tr className="border-b border-gray-300">
            {columns.map((c) => (
              <th key={c.header} scope="col" className="px-2 py-2">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-gray-200 align-top">
              {columns.map((c) => (
                <td key={c.header} className={`px-2 py-2 ${c.className ?? ""}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
