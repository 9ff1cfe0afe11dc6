// A small deterministic force-directed layout (Fruchterman–Reingold with cooling): nodes start on a
// circle in a fixed order, so the same graph always gives the same picture.

export function layout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length;
  const positions = nodes.map((_, i) => ({
    x: width / 2 + (Math.min(width, height) / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: height / 2 + (Math.min(width, height) / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  if (n <= 1) return positions.map((p) => ({ x: width / 2, y: height / 2 }));
  const k = Math.sqrt((width * height) / n) * 0.9;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const maxWeight = Math.max(1, ...links.map((l) => l[2]));
  let temperature = width / 10;
  for (let step = 0; step < iterations; step += 1) {
    const moves = positions.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const dx = positions[i].x - positions[j].x || 0.01;
        const dy = positions[i].y - positions[j].y || 0.01;
        const distance = Math.max(0.01, Math.hypot(dx, dy));
        const force = (k * k) / distance;
        moves[i].x += (dx / distance) * force;
        moves[i].y += (dy / distance) * force;
        moves[j].x -= (dx / distance) * force;
        moves[j].y -= (dy / distance) * force;
      }
    }
    for (const [a, b, weight] of links) {
      const dx = positions[a].x - positions[b].x;
      const dy = positions[a].y - positions[b].y;
      const distance = Math.max(0.01, Math.hypot(dx, dy));
      const force = ((distance * distance) / k) * (0.5 + weight / maxWeight);
      moves[a].x -= (dx / distance) * force;
      moves[a].y -= (dy / distance) * force;
      moves[b].x += (dx / distance) * force;
      moves[b].y += (dy / distance) * force;
    }
    for (let i = 0; i < n; i += 1) {
      // gentle pull to the centre keeps separate components on screen
      moves[i].x += (width / 2 - positions[i].x) * 0.02;
      moves[i].y += (height / 2 - positions[i].y) * 0.02;
      const length = Math.max(0.01, Math.hypot(moves[i].x, moves[i].y));
      positions[i].x += (moves[i].x / length) * Math.min(length, temperature);
      positions[i].y += (moves[i].y / length) * Math.min(length, temperature);
      positions[i].x = Math.min(width - 40, Math.max(40, positions[i].x));
      positions[i].y = Math.min(height - 30, Math.max(30, positions[i].y));
    }
    temperature *= 0.985;
  }
  return positions;
}
