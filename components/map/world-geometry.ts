import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for areas without one (disputed territories). */
  code: string | null;
  /** SVG path data in the map's coordinate system. */
  d: string;
}

export interface WorldGeometry {
  width: number;
  height: number;
  countries: CountryShape[];
}

const width = 960;
/** Antarctica: a third of the map's area and no supporters. */
const leftOut = new Set(["010"]);

let geometry: WorldGeometry | undefined;

/** The country shapes of Natural Earth 1:110m (world-atlas), projected once per process. */
export function worldGeometry(): WorldGeometry {
  if (geometry) return geometry;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features.filter((f) => !leftOut.has(String(f.id)));
  const world: FeatureCollection<Geometry, { name: string }> = { type: "FeatureCollection", features };
  const projection = geoEqualEarth().fitWidth(width, world);
  // Whole pixels are enough at this scale and keep the page light.
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds(world);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  geometry = {
    width,
    height: Math.ceil(bottom - top),
    countries: features
      .map((f) => ({ code: countries.numericToAlpha2(String(f.id)) ?? null, d: path(f) ?? "" }))
      .filter((shape) => shape.d !== ""),
  };
  return geometry;
}
