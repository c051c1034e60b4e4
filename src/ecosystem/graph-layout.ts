// A deterministic force-directed layout (Fruchterman–Reingold) so the graph can be drawn on the
// server: same input, same picture, no JavaScript in the reader's browser.

export interface LayoutEdge {
  a: string;
  b: string;
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions nodes in a width × height box with a margin. Linked nodes attract (more with
 * weight), all nodes repel; isolated nodes end up on the rim. Starts from a circle in id order.
 */
export function layoutGraph(
  ids: readonly string[],
  edges: readonly LayoutEdge[],
  width: number,
  height: number,
  margin = 85,
): Map<string, Point> {
  // Isolated organisations would push the connected ones into a clump: they get a row of
  // their own at the bottom, and the network the rest of the box.
  const linked = new Set(edges.flatMap((e) => (e.a === e.b ? [] : [e.a, e.b])));
  const connected = ids.filter((id) => linked.has(id));
  const isolated = ids.filter((id) => !linked.has(id));
  const perRow = Math.max(1, Math.floor((width - 2 * margin) / 110));
  const rows = Math.ceil(isolated.length / perRow);
  const rowHeight = rows ? 40 + rows * 60 : 0;
  const pos = forceLayout(connected, edges, width, height - rowHeight, margin);
  isolated.forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, isolated.length - row * perRow);
    const step = (width - 2 * margin) / inRow;
    pos.set(id, {
      x: Math.round((margin + step * ((i % perRow) + 0.5)) * 10) / 10,
      y: height - rowHeight + 20 + row * 60,
    });
  });
  return pos;
}

function forceLayout(
  ids: readonly string[],
  edges: readonly LayoutEdge[],
  width: number,
  height: number,
  margin: number,
  iterations = 300,
): Map<string, Point> {
  const n = ids.length;
  const pos = new Map<string, Point>();
  if (n === 0) return pos;
  const cx = width / 2;
  const cy = height / 2;
  if (n === 1) {
    pos.set(ids[0]!, { x: cx, y: cy });
    return pos;
  }
  const w = width - 2 * margin;
  const h = height - 2 * margin;
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / n;
    pos.set(id, { x: cx + (w / 2.2) * Math.cos(angle), y: cy + (h / 2.2) * Math.sin(angle) });
  });
  const k = 1.5 * Math.sqrt((w * h) / n);
  let temperature = w / 8;
  const cool = temperature / (iterations + 1);
  const list = ids.map((id) => pos.get(id)!);
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = edges.flatMap((e) => {
    const a = index.get(e.a);
    const b = index.get(e.b);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, weight: e.weight }];
  });
  for (let step = 0; step < iterations; step++) {
    const disp = list.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = list[i]!.x - list[j]!.x;
        const dy = list[i]!.y - list[j]!.y;
        const dist = Math.max(0.01, Math.hypot(dx, dy));
        const force = (k * k) / dist;
        disp[i]!.x += (dx / dist) * force;
        disp[i]!.y += (dy / dist) * force;
        disp[j]!.x -= (dx / dist) * force;
        disp[j]!.y -= (dy / dist) * force;
      }
    }
    for (const { a, b, weight } of links) {
      const dx = list[a]!.x - list[b]!.x;
      const dy = list[a]!.y - list[b]!.y;
      const dist = Math.max(0.01, Math.hypot(dx, dy));
      const force = ((dist * dist) / k) * (1 + 0.25 * Math.log(weight));
      disp[a]!.x -= (dx / dist) * force;
      disp[a]!.y -= (dy / dist) * force;
      disp[b]!.x += (dx / dist) * force;
      disp[b]!.y += (dy / dist) * force;
    }
    for (let i = 0; i < n; i++) {
      const d = disp[i]!;
      // A pull to the centre keeps disconnected parts near the rest.
      d.x += (cx - list[i]!.x) * 0.05 * (k / 40);
      d.y += (cy - list[i]!.y) * 0.05 * (k / 40);
      const len = Math.max(0.01, Math.hypot(d.x, d.y));
      const p = list[i]!;
      p.x = p.x + (d.x / len) * Math.min(len, temperature);
      p.y = p.y + (d.y / len) * Math.min(len, temperature);
    }
    temperature -= cool;
  }
  // Stretch the drawing to fill the box: a dense network reads better spread across the
  // page's width than kept in its natural, often tall, proportions.
  const xs = list.map((p) => p.x);
  const ys = list.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  for (const p of list) {
    p.x = Math.round((spanX > 1 ? margin + ((p.x - minX) / spanX) * w : cx) * 10) / 10;
    p.y = Math.round((spanY > 1 ? margin + ((p.y - minY) / spanY) * h : cy) * 10) / 10;
  }
  return pos;
}

/** A node drawn as a circle of radius `r` with a label box of `labelWidth` below it. */
export interface NodeBox {
  id: string;
  r: number;
  labelWidth: number;
}

const labelHeight = 16;
const labelGap = 6;

/** The rectangle covering a node's circle and its label. */
function boxOf(p: Point, n: NodeBox) {
  const half = Math.max(n.r, n.labelWidth / 2) + 2;
  return {
    left: p.x - half,
    right: p.x + half,
    top: p.y - n.r - 2,
    bottom: p.y + n.r + labelGap + labelHeight,
  };
}

/**
 * Moves nodes apart until no circle-plus-label box overlaps another (or `rounds` runs out):
 * the force layout places centres, this keeps every label readable. Deterministic.
 */
export function separateBoxes(
  pos: Map<string, Point>,
  nodes: readonly NodeBox[],
  width: number,
  height: number,
  rounds = 400,
): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const pa = pos.get(a.id)!;
        const pb = pos.get(b.id)!;
        const ba = boxOf(pa, a);
        const bb = boxOf(pb, b);
        const dx = Math.min(ba.right, bb.right) - Math.max(ba.left, bb.left);
        const dy = Math.min(ba.bottom, bb.bottom) - Math.max(ba.top, bb.top);
        if (dx <= 0 || dy <= 0) continue;
        moved = true;
        // Push along the axis with the smaller overlap, half each, in a stable direction.
        if (dx < dy) {
          const s = (dx / 2 + 0.5) * (pa.x < pb.x || (pa.x === pb.x && a.id < b.id) ? 1 : -1);
          pa.x -= s;
          pb.x += s;
        } else {
          const s = (dy / 2 + 0.5) * (pa.y < pb.y || (pa.y === pb.y && a.id < b.id) ? 1 : -1);
          pa.y -= s;
          pb.y += s;
        }
      }
    }
    for (const n of nodes) {
      const p = pos.get(n.id)!;
      const half = Math.max(n.r, n.labelWidth / 2) + 2;
      p.x = Math.min(width - half, Math.max(half, p.x));
      p.y = Math.min(height - n.r - labelGap - labelHeight - 2, Math.max(n.r + 2, p.y));
    }
    if (!moved) break;
  }
  for (const p of pos.values()) {
    p.x = Math.round(p.x * 10) / 10;
    p.y = Math.round(p.y * 10) / 10;
  }
}
