import { countBuckets, fillFor, noActionsFill } from "./color-scale";
import { worldGeometry } from "./world-geometry";

interface WorldMapProps {
  /** Count per ISO alpha-2 country code. */
  counts: Map<string, number>;
  /** What the map shows, for screen readers; it should point to the table with the same numbers. */
  label: string;
  /** Tooltip text of a country with a count, e.g. "Canada: 1,204". */
  describeCountry: (code: string, count: number) => string;
  legendLabel: string;
  noActionsLabel: string;
  formatNumber: (value: number) => string;
}

/**
 * A choropleth world map as inline SVG, drawn on the server from a packaged
 * topojson: no tiles, no script, no request to anyone. It is a picture; the
 * numbers themselves must also be on the page as text (a table).
 */
export function WorldMap({ counts, label, describeCountry, legendLabel, noActionsLabel, formatNumber }: WorldMapProps) {
  const { width, height, countries } = worldGeometry();
  const buckets = countBuckets(Math.max(0, ...counts.values()));
  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        className="h-auto w-full"
        stroke="#ffffff"
        strokeWidth={0.5}
        strokeLinejoin="round"
      >
        {countries.map((shape, index) => {
          const count = shape.code ? (counts.get(shape.code) ?? 0) : 0;
          return (
            <path key={shape.code ?? `area-${index}`} d={shape.d} fill={fillFor(count, buckets)}>
              {count > 0 && shape.code ? <title>{describeCountry(shape.code, count)}</title> : null}
            </path>
          );
        })}
      </svg>
      <figcaption>
        <span className="text-sm font-semibold">{legendLabel}</span>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <li className="flex items-center gap-1.5">
            <Swatch fill={noActionsFill} />
            {noActionsLabel}
          </li>
          {buckets.map((bucket) => (
            <li key={bucket.from} className="flex items-center gap-1.5">
              <Swatch fill={bucket.fill} />
              {bucket.from === bucket.to
                ? formatNumber(bucket.from)
                : `${formatNumber(bucket.from)}–${formatNumber(bucket.to)}`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Swatch({ fill }: { fill: string }) {
  return <span aria-hidden="true" className="inline-block size-3.5 rounded-sm border border-line" style={{ backgroundColor: fill }} />;
}
