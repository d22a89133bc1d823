import { bandLayout, countAxis, linearScale } from "./scale";

export interface BarDatum {
  /** Shown on the axis and in the table. */
  label: string;
  value: number;
}

interface ChartProps {
  /** Becomes the SVG's accessible name and the table's caption. */
  title: string;
  data: readonly BarDatum[];
  /** Header of the label column in the table ("Day", "Country"). */
  labelHeader: string;
  valueHeader: string;
  /** The "show as a table" summary; the table is the accessible alternative to the drawing. */
  tableToggle: string;
  formatValue?: (value: number) => string;
}

const width = 720;
const height = 240;
const margin = { top: 12, right: 12, bottom: 28, left: 48 };

/**
 * Vertical bars drawn on the server as plain SVG (no script), with the same
 * numbers as a table below. Meant for a series in order, such as days.
 */
export function ColumnChart({ title, data, labelHeader, valueHeader, tableToggle, formatValue = String }: ChartProps) {
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const axis = countAxis(Math.max(0, ...data.map((d) => d.value)));
  const y = linearScale(axis.max, plotHeight);
  const band = bandLayout(data.length, plotWidth, data.length > 60 ? 0.1 : 0.2);
  // About six labels along the bottom, whatever the number of bars.
  const labelEvery = Math.max(1, Math.ceil(data.length / 6));

  return (
    <figure className="flex flex-col gap-3">
      {/* Drawn left to right in every language: in an RTL page the axis labels (text-anchor="end") would otherwise
          anchor on their other side and run into the bars. */}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="h-auto w-full text-brand [direction:ltr]">
        <g transform={`translate(${margin.left} ${margin.top})`}>
          {axis.ticks.map((tick) => (
            <g key={tick} transform={`translate(0 ${plotHeight - y(tick)})`}>
              <line x1={0} x2={plotWidth} className="stroke-line" strokeWidth={1} />
              <text x={-8} dy="0.32em" textAnchor="end" className="fill-muted text-[11px]">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {data.map((datum, index) => (
            <rect
              key={datum.label}
              x={band.x(index)}
              y={plotHeight - y(datum.value)}
              width={Math.max(band.bar, 1)}
              height={y(datum.value)}
              className="fill-current"
            >
              <title>{`${datum.label}: ${formatValue(datum.value)}`}</title>
            </rect>
          ))}
          {data.map((datum, index) =>
            index % labelEvery === 0 ? (
              <text key={datum.label} x={band.x(index) + band.bar / 2} y={plotHeight + 18} textAnchor="middle" className="fill-muted text-[11px]">
                {datum.label}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <DataTable title={title} data={data} labelHeader={labelHeader} valueHeader={valueHeader} toggle={tableToggle} formatValue={formatValue} />
    </figure>
  );
}

/**
 * Horizontal bars for categories (countries, action kinds): the label, a bar
 * and the number on one row, readable without the table but with it as well.
 */
export function BarList({ title, data, labelHeader, valueHeader, tableToggle, formatValue = String }: ChartProps) {
  const barWidth = 100;
  const x = linearScale(Math.max(1, ...data.map((d) => d.value)), barWidth);
  return (
    <figure className="flex flex-col gap-3">
      <ul aria-label={title} className="flex flex-col gap-2">
        {data.map((datum) => (
          <li key={datum.label} className="grid grid-cols-[minmax(6rem,12rem)_1fr_auto] items-center gap-3 text-sm">
            <span className="truncate">{datum.label}</span>
            {/* The bar grows from the label's side: mirrored in right-to-left pages. */}
            <svg aria-hidden="true" viewBox={`0 0 ${barWidth} 10`} preserveAspectRatio="none" className="h-3 w-full text-brand rtl:-scale-x-100">
              <rect x={0} y={0} width={x(datum.value)} height={10} className="fill-current" />
            </svg>
            <span className="tabular-nums">{formatValue(datum.value)}</span>
          </li>
        ))}
      </ul>
      <DataTable title={title} data={data} labelHeader={labelHeader} valueHeader={valueHeader} toggle={tableToggle} formatValue={formatValue} />
    </figure>
  );
}

function DataTable({
  title,
  data,
  labelHeader,
  valueHeader,
  toggle,
  formatValue,
}: {
  title: string;
  data: readonly BarDatum[];
  labelHeader: string;
  valueHeader: string;
  toggle: string;
  formatValue: (value: number) => string;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-brand">{toggle}</summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full max-w-md border-collapse text-start">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pe-4">
                {labelHeader}
              </th>
              <th scope="col" className="py-1 text-end">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label} className="border-b border-line">
                <th scope="row" className="py-1 pe-4 font-normal">
                  {datum.label}
                </th>
                <td className="py-1 text-end tabular-nums">{formatValue(datum.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
