import { countBuckets, noActionsFill } from "./color-scale";
import { worldMapSize } from "./world-map-svg";

interface WorldMapProps {
  /** Where the map's SVG is served (app/[locale]/(public)/campaigns/[slug]/map.svg). */
  src: string;
  /** Count per ISO alpha-2 country code: the legend's buckets. */
  counts: Map<string, number>;
  /** What the map shows, for screen readers; it should point to the table with the same numbers. */
  label: string;
  legendLabel: string;
  noActionsLabel: string;
  formatNumber: (value: number) => string;
}

/**
 * A choropleth world map drawn on the server from a packaged topojson and
 * shown as an image: no tiles, no script, no request to anyone. It is a
 * picture; the numbers themselves must also be on the page as text (a table).
 */
export function WorldMap({ src, counts, label, legendLabel, noActionsLabel, formatNumber }: WorldMapProps) {
  const { width, height } = worldMapSize();
  const buckets = countBuckets(Math.max(0, ...counts.values()));
  return (
    <figure className="space-y-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own route: next/image would only proxy it */}
      <img src={src} alt={label} width={width} height={height} loading="lazy" decoding="async" className="h-auto w-full" />
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
