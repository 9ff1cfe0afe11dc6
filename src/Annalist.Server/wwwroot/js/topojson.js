// Just enough TopoJSON (https://github.com/topojson/topojson-specification) to draw polygons: decode
// the quantised, delta-encoded arcs, then join each ring's arcs into one list of [lon, lat] points.

export function decodeArcs(topology) {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return topology.transform ? [x * sx + tx, y * sy + ty] : [dx, dy];
    });
  });
}

function ring(arcs, indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    // consecutive arcs share their joining point
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** The polygons of a geometry object: [{name, id, rings: [[[lon, lat], ...], ...]}] per polygon. */
export function polygons(topology, objectName) {
  const arcs = decodeArcs(topology);
  const out = [];
  for (const geometry of topology.objects[objectName].geometries) {
    const parts = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const polygon of parts) {
      out.push({ name: geometry.properties?.name ?? '', id: geometry.id ?? '', rings: polygon.map((r) => ring(arcs, r)) });
    }
  }
  return out;
}
