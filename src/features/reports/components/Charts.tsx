import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useId } from "react";

// Charts drawn on the server as SVG (ADR 070): d3-scale and d3-shape compute the scales and the
// path, React writes the elements, and no JavaScript reaches the browser. Each chart is an image
// with a title and a description (role="img", aria-labelledby), every bar and point carries its
// value as text (not colour alone), and the page shows the same numbers in a table.

const W = 640;
const H = 240;
const M = { top: 20, right: 16, bottom: 36, left: 48 };

export interface Point {
  label: string;
  /** null: hidden by the small-cell rule, drawn as a gap */
  value: number | null;
}

function Frame({ title, desc, height = H, children }: { title: string; desc: string; height?: number; children: React.ReactNode }) {
  const id = useId();
  return (
    <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full max-w-3xl" style={{ fontFamily: "inherit" }}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {children}
    </svg>
  );
}

function YAxis({ y, ticks }: { y: ReturnType<typeof scaleLinear<number, number>>; ticks: number[] }) {
  return (
    <g aria-hidden="true">
      {ticks.map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line x1={M.left} x2={W - M.right} stroke="#d1d5db" />
          <text x={M.left - 6} dy="0.32em" textAnchor="end" fontSize="11" fill="#374151">
            {v}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Vertical bars, one per label (hours by month). */
export function BarChart({ title, desc, data, format = String }: { title: string; desc: string; data: Point[]; format?: (n: number) => string }) {
  const x = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([M.left, W - M.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max(data, (d) => d.value ?? 0) || 1])
    .nice()
    .range([H - M.bottom, M.top]);
  const every = Math.ceil(data.length / 12);
  return (
    <Frame title={title} desc={desc}>
      <YAxis y={y} ticks={y.ticks(4)} />
      <g>
        {data.map((d, i) => {
          const bx = x(d.label) ?? 0;
          const v = d.value ?? 0;
          return (
            <g key={d.label}>
              <rect x={bx} y={y(v)} width={x.bandwidth()} height={y(0) - y(v)} fill="#1d4ed8" stroke="#1e3a8a" />
              {data.length <= 12 ? (
                <text x={bx + x.bandwidth() / 2} y={y(v) - 4} textAnchor="middle" fontSize="11" fill="#111827">
                  {d.value === null ? "–" : format(d.value)}
                </text>
              ) : null}
              {i % every === 0 ? (
                <text x={bx + x.bandwidth() / 2} y={H - M.bottom + 16} textAnchor="middle" fontSize="11" fill="#374151">
                  {d.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </Frame>
  );
}

/** A line with a marked point per label; hidden values are gaps in the line (clients by month). */
export function LineChart({ title, desc, data }: { title: string; desc: string; data: Point[] }) {
  const x = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([M.left, W - M.right])
    .padding(0.2);
  const cx = (label: string) => (x(label) ?? 0) + x.bandwidth() / 2;
  const y = scaleLinear()
    .domain([0, max(data, (d) => d.value ?? 0) || 1])
    .nice()
    .range([H - M.bottom, M.top]);
  const path =
    line<Point>()
      .defined((d) => d.value !== null)
      .x((d) => cx(d.label))
      .y((d) => y(d.value ?? 0))(data) ?? "";
  const every = Math.ceil(data.length / 12);
  return (
    <Frame title={title} desc={desc}>
      <YAxis y={y} ticks={y.ticks(4).filter(Number.isInteger)} />
      <path d={path} fill="none" stroke="#047857" strokeWidth="2.5" />
      {data.map((d, i) => (
        <g key={d.label}>
          {d.value !== null ? (
            <>
              <rect x={cx(d.label) - 4} y={y(d.value) - 4} width="8" height="8" fill="#047857" />
              {data.length <= 12 ? (
                <text x={cx(d.label)} y={y(d.value) - 8} textAnchor="middle" fontSize="11" fill="#111827">
                  {d.value}
                </text>
              ) : null}
            </>
          ) : null}
          {i % every === 0 ? (
            <text x={cx(d.label)} y={H - M.bottom + 16} textAnchor="middle" fontSize="11" fill="#374151">
              {d.label}
            </text>
          ) : null}
        </g>
      ))}
    </Frame>
  );
}

/** Horizontal bars with the label on the left and the value at the bar's end (pathway outcomes). */
export function HBarChart({ title, desc, data }: { title: string; desc: string; data: Point[] }) {
  const row = 26;
  const left = 220;
  const height = M.top + data.length * row + 8;
  const x = scaleLinear()
    .domain([0, max(data, (d) => d.value ?? 0) || 1])
    .nice()
    .range([left, W - M.right - 30]);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([M.top, height - 8])
    .padding(0.25);
  return (
    <Frame title={title} desc={desc} height={height}>
      {data.map((d) => {
        const by = y(d.label) ?? 0;
        const v = d.value ?? 0;
        return (
          <g key={d.label}>
            <text x={left - 8} y={by + y.bandwidth() / 2} dy="0.32em" textAnchor="end" fontSize="12" fill="#111827">
              {d.label}
            </text>
            <rect x={left} y={by} width={x(v) - left} height={y.bandwidth()} fill="#7c3aed" stroke="#4c1d95" />
            <text x={x(v) + 6} y={by + y.bandwidth() / 2} dy="0.32em" fontSize="12" fill="#111827">
              {d.value === null ? "<5" : d.value}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}
