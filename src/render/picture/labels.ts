/**
 * Label placement for the matrix: each label goes in the cheapest free spot around its mark,
 * never over another label, a mark, a leader line or a reserved box (quadrant titles), inside
 * the plot, and nearer its own mark than any other. Labels are placed in the order given (the
 * most important first). A spot's cost grows with its distance (far spots get a leader line),
 * for a wrapped name, for the account's number instead of its name (then the caller lists the
 * number in a legend) and for crossing a boundary line; when no spot is free the label is left
 * out (the caller counts it). Pure and deterministic: the same marks give the same layout.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export interface LabelText {
  /** One or two lines. */
  lines: string[];
  /** Width of the widest line in px (from text.ts). */
  width: number;
  kind: 'name' | 'number';
  /** Added to the cost of every spot for this text (a wrapped name costs a little more). */
  cost: number;
}

export interface LabelRequest {
  anchor: Circle;
  /** The index of the anchor's own mark in PlacementSpace.circles. */
  mark: number;
  /** The mark's quadrant: the label stays inside unless nothing fits there. */
  region: Box;
  /** The texts the label may show: the cheapest free spot of any of them wins. */
  texts: LabelText[];
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Placement {
  lines: string[];
  kind: LabelText['kind'];
  /** The first line's start (text-anchor start) and baseline; each further line is `lineHeight` lower. */
  x: number;
  y: number;
  box: Box;
  /** From the mark's edge to the label, when the label stands away from its mark. */
  leader: Segment | null;
}

export interface PlacementSpace {
  /** Labels must stay inside. */
  bounds: Box;
  /** Every mark (a label covers none of them, its own included). */
  circles: readonly Circle[];
  /** Reserved areas: quadrant titles and the like. */
  boxes: readonly Box[];
  /** Lines a label should rather not cross (the boundaries): allowed at a cost. */
  soft: readonly Segment[];
  /** Lines no label crosses (arrows of the review). */
  lines?: readonly Segment[];
  /** Font metrics of a label line, and the distance between two lines' baselines. */
  ascent: number;
  descent: number;
  lineHeight: number;
}

/** Room kept free around each label: more to the sides, so two labels on a line never read as one. */
const PAD = 1.5;
const PAD_X = 4;

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function circleHitsBox(c: Circle, b: Box): boolean {
  const dx = Math.max(b.x0 - c.cx, 0, c.cx - b.x1);
  const dy = Math.max(b.y0 - c.cy, 0, c.cy - b.y1);
  return dx * dx + dy * dy < c.r * c.r;
}

/** Whether the segment passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const edges: Array<[number, number]> = [
    [-dx, s.x1 - b.x0],
    [dx, b.x1 - s.x1],
    [-dy, s.y1 - b.y0],
    [dy, b.y1 - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return t0 < t1;
}

const inside = (b: Box, bounds: Box): boolean => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;

/** A uniform grid over the plot holding boxes, so each test looks at a few neighbours only. */
class BoxIndex {
  private readonly cells = new Map<number, number[]>();
  readonly items: Box[] = [];
  private readonly removed = new Set<number>();
  constructor(private readonly size = 48) {}

  private *keys(b: Box): Generator<number> {
    const s = this.size;
    for (let i = Math.floor(b.x0 / s); i <= Math.floor(b.x1 / s); i++) {
      for (let j = Math.floor(b.y0 / s); j <= Math.floor(b.y1 / s); j++) yield i * 65536 + j;
    }
  }

  add(b: Box): number {
    const id = this.items.push(b) - 1;
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(id);
      else this.cells.set(k, [id]);
    }
    return id;
  }

  remove(id: number): void {
    this.removed.add(id);
  }

  hits(b: Box, test: (item: Box, id: number) => boolean = (x) => overlaps(x, b)): boolean {
    for (const k of this.keys(b)) {
      for (const id of this.cells.get(k) ?? []) if (!this.removed.has(id) && test(this.items[id], id)) return true;
    }
    return false;
  }
}

/** The eight directions around a mark, cheapest first (right of the mark reads best). */
const DIRECTIONS: ReadonlyArray<{ dx: number; dy: number; cost: number }> = [
  { dx: 1, dy: 0, cost: 0 },
  { dx: -1, dy: 0, cost: 1 },
  { dx: 0.7071, dy: -0.7071, cost: 1.5 },
  { dx: 0.7071, dy: 0.7071, cost: 2 },
  { dx: -0.7071, dy: -0.7071, cost: 2.5 },
  { dx: -0.7071, dy: 0.7071, cost: 3 },
  { dx: 0, dy: -1, cost: 3.5 },
  { dx: 0, dy: 1, cost: 4 },
];
/** Distances of a spot from its mark; beyond the first few the label gets a leader line. */
const DISTANCES = [0, 6, 16, 28, 42, 60, 80, 105];
/** From this distance on a label gets a leader line to its mark. */
const LEADER_FROM = 16;
/** Names stand at most this far off. */
const NAME_REACH = 105;
/** A leader label keeps at least this far from every other mark. */
const LEADER_CLEARANCE = 7;
/** What a spot costs beyond its direction: per px of distance, a leader, a number instead of a name, crossing a boundary. */
const COST = { distance: 0.2, leader: 3, number: 12, crossing: 25 } as const;

interface Candidate {
  box: Box;
  leader: Segment | null;
  cost: number;
}

/**
 * The label (text w × h, with its padding around) touching the circle pushed out by `d` in
 * direction (dx, dy): the padded box's nearest side (or corner) faces the mark, 1 px off it.
 * Beyond LEADER_FROM px a leader line joins them.
 */
function candidate(c: Circle, w: number, h: number, dir: { dx: number; dy: number; cost: number }, d: number): Candidate {
  const reach = c.r + 1 + d;
  const px = c.cx + dir.dx * reach;
  const py = c.cy + dir.dy * reach;
  const bw = w + 2 * PAD_X;
  const bh = h + 2 * PAD;
  const x0 = dir.dx > 0.1 ? px : dir.dx < -0.1 ? px - bw : px - bw / 2;
  const y0 = dir.dy > 0.1 ? py : dir.dy < -0.1 ? py - bh : py - bh / 2;
  const box = { x0, y0, x1: x0 + bw, y1: y0 + bh };
  let leader: Segment | null = null;
  if (d >= LEADER_FROM) {
    // From the mark's edge to the text (inside the padding, so the line meets the letters' side).
    const inX = dir.dx > 0.1 ? PAD_X - 1 : dir.dx < -0.1 ? -(PAD_X - 1) : 0;
    const inY = dir.dy > 0.1 ? PAD - 0.5 : dir.dy < -0.1 ? -(PAD - 0.5) : 0;
    leader = { x1: c.cx + dir.dx * (c.r + 1), y1: c.cy + dir.dy * (c.r + 1), x2: px + inX, y2: py + inY };
  }
  return { box, leader, cost: dir.cost + d * COST.distance + (leader ? COST.leader : 0) };
}

interface Chosen {
  cand: Candidate;
  t: LabelText;
  /** Inside its mark's quadrant. */
  within: boolean;
}

const boundsOf = (l: Segment): Box => ({ x0: Math.min(l.x1, l.x2), y0: Math.min(l.y1, l.y2), x1: Math.max(l.x1, l.x2), y1: Math.max(l.y1, l.y2) });

export function placeLabels(requests: readonly LabelRequest[], space: PlacementSpace): Array<Placement | null> {
  const marks = new BoxIndex();
  const markCircles: Circle[] = [];
  for (const c of space.circles) {
    markCircles.push(c);
    marks.add({ x0: c.cx - c.r, y0: c.cy - c.r, x1: c.cx + c.r, y1: c.cy + c.r });
  }
  const labels = new BoxIndex();
  for (const b of space.boxes) labels.add(b);
  const leaders: Segment[] = [];
  const leaderIndex = new BoxIndex();
  for (const l of space.lines ?? []) {
    leaders.push(l);
    leaderIndex.add(boundsOf(l));
  }
  const heightOf = (t: LabelText): number => space.ascent + space.descent + (t.lines.length - 1) * space.lineHeight;

  /**
   * Whether the spot is free; `near` asks that no other mark is nearer the label than its own,
   * `within` that the label stays in its mark's quadrant (the leader then does too).
   */
  const free = (cand: Candidate, req: LabelRequest, near: boolean, within: boolean): boolean => {
    const b = cand.box;
    const own = req.mark;
    if (!inside(b, space.bounds) || (within && !inside(b, req.region))) return false;
    if (labels.hits(b)) return false;
    if (marks.hits(b, (_box, id) => circleHitsBox(markCircles[id], b))) return false;
    if (near) {
      // Beside its mark a label is nearer to it than to any other; a leader label keeps clear of the others.
      const mine = cand.leader ? LEADER_CLEARANCE : circleBoxDistance(req.anchor, b);
      const around = { x0: b.x0 - mine - 1, y0: b.y0 - mine - 1, x1: b.x1 + mine + 1, y1: b.y1 + mine + 1 };
      if (marks.hits(around, (_box, id) => id !== own && circleBoxDistance(markCircles[id], b) < mine)) return false;
    }
    if (leaderIndex.hits(b, (_box, id) => segmentHitsBox(leaders[id], b))) return false;
    if (cand.leader) {
      const l = cand.leader;
      const lb = boundsOf(l);
      if (labels.hits(lb, (x) => segmentHitsBox(l, x))) return false;
      // A leader may not pass through another mark (it would point at the wrong account).
      if (marks.hits(lb, (_box, id) => id !== own && segmentHitsCircle(l, markCircles[id]))) return false;
    }
    return true;
  };
  const crossings = (b: Box): number => space.soft.reduce((n, s) => n + (segmentHitsBox(s, b) ? 1 : 0), 0);

  /** The cheapest free spot for any of the request's texts (of the given kinds). */
  const best = (req: LabelRequest, near: boolean, within: boolean, kinds: ReadonlyArray<LabelText['kind']> = ['name', 'number']): Chosen | null => {
    let pick: Chosen | null = null;
    for (const t of req.texts) {
      if (!kinds.includes(t.kind)) continue;
      const h = heightOf(t);
      const extra = t.cost + (t.kind === 'number' ? COST.number : 0);
      for (const d of DISTANCES) {
        if (t.kind === 'name' && d > NAME_REACH) break;
        for (const dir of DIRECTIONS) {
          const cand = candidate(req.anchor, t.width, h, dir, d);
          cand.cost += extra;
          if (pick !== null && cand.cost >= pick.cand.cost) continue;
          cand.cost += crossings(cand.box) * COST.crossing;
          if (pick !== null && cand.cost >= pick.cand.cost) continue;
          if (free(cand, req, near, within)) pick = { cand, t, within };
        }
      }
    }
    return pick;
  };
  // A label stays in its mark's quadrant, nearest its own mark; crowded spots give up the
  // nearest-mark rule, and then the quadrant, before an account goes without a label.
  const place = (req: LabelRequest, kinds?: ReadonlyArray<LabelText['kind']>, anywhere = true): Chosen | null =>
    best(req, true, true, kinds) ?? best(req, false, true, kinds) ?? (anywhere ? best(req, false, false, kinds) : null);

  interface Committed extends Chosen {
    labelId: number;
    leaderId: number | null;
  }
  const commit = (c: Chosen): Committed => {
    const labelId = labels.add(c.cand.box);
    let leaderId: number | null = null;
    if (c.cand.leader) {
      leaders.push(c.cand.leader);
      leaderId = leaderIndex.add(boundsOf(c.cand.leader));
    }
    return { ...c, labelId, leaderId };
  };
  const uncommit = (c: Committed): void => {
    labels.remove(c.labelId);
    if (c.leaderId !== null) leaderIndex.remove(c.leaderId);
  };

  const placed: Array<Committed | null> = requests.map((req) => {
    const c = place(req);
    return c ? commit(c) : null;
  });

  // Repair, twice over: an account that got its number, or a spot outside its quadrant, or
  // nothing, tries again now that every label stands (a neighbour's number may have become a
  // name elsewhere), and then tries a neighbour's spot for its name, when the neighbour still
  // finds one for its own name and the two cost less in all. Only spots in the marks' quadrants.
  const better = (a: Chosen, b: Committed | null): boolean => b === null || (a.within && !b.within) || (a.within === b.within && a.cand.cost < b.cand.cost);
  for (let round = 0; round < 2; round++) {
    requests.forEach((req, i) => {
      const done = (c: Committed | null): boolean => c !== null && c.t.kind === 'name' && c.within;
      if (done(placed[i])) return;
      const before = placed[i];
      if (before) uncommit(before);
      const again = place(req, undefined, false);
      placed[i] = again && better(again, before) ? commit(again) : before ? commit(before) : null;
      if (done(placed[i])) return;
      const reach = Math.max(...req.texts.map((t) => t.width)) + 2 * req.anchor.r + 24;
      const around: Box = { x0: req.anchor.cx - reach, y0: req.anchor.cy - reach / 2, x1: req.anchor.cx + reach, y1: req.anchor.cy + reach / 2 };
      const neighbours = placed
        .map((c, j) => ({ c, j }))
        .filter(({ c, j }) => j !== i && c !== null && c.t.kind === 'name' && overlaps(c.cand.box, around))
        .sort((x, y) => centreDistance(x.c!.cand.box, req.anchor) - centreDistance(y.c!.cand.box, req.anchor))
        .slice(0, 6);
      for (const { j } of neighbours) {
        const mine = placed[i];
        const theirs = placed[j]!;
        uncommit(theirs);
        if (mine) uncommit(mine);
        const name = place(req, ['name'], false);
        const committed = name ? commit(name) : null;
        const moved = committed ? place(requests[j], ['name'], false) : null;
        if (committed && moved && name!.cand.cost + moved.cand.cost < (mine && mine.within ? mine.cand.cost : Infinity) + theirs.cand.cost) {
          placed[i] = committed;
          placed[j] = commit(moved);
          return;
        }
        if (committed) uncommit(committed);
        placed[j] = commit(theirs);
        placed[i] = mine ? commit(mine) : null;
      }
    });
  }

  return placed.map((c) => (c ? { lines: c.t.lines, kind: c.t.kind, x: c.cand.box.x0 + PAD_X, y: c.cand.box.y0 + PAD + space.ascent, box: c.cand.box, leader: c.cand.leader } : null));
}

function centreDistance(b: Box, c: Circle): number {
  return Math.hypot((b.x0 + b.x1) / 2 - c.cx, (b.y0 + b.y1) / 2 - c.cy);
}

/** Distance from the circle's edge to the box (0 when they touch or overlap). */
function circleBoxDistance(c: Circle, b: Box): number {
  const dx = Math.max(b.x0 - c.cx, 0, c.cx - b.x1);
  const dy = Math.max(b.y0 - c.cy, 0, c.cy - b.y1);
  return Math.max(0, Math.sqrt(dx * dx + dy * dy) - c.r);
}

function segmentHitsCircle(s: Segment, c: Circle): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((c.cx - s.x1) * dx + (c.cy - s.y1) * dy) / len2));
  const x = s.x1 + t * dx - c.cx;
  const y = s.y1 + t * dy - c.cy;
  return x * x + y * y < c.r * c.r;
}
