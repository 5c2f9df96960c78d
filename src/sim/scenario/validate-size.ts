/**
 * The shape of the input, checked before anything recursive or proportional to it runs:
 *
 *  - nesting: zod walks mixtures of mixtures recursively, so does the engine's `distribution()`,
 *    and a list nested 5,000 deep used to overflow the stack. A container (object or list)
 *    deeper than MAX_DEPTH levels (the root is level 1) is a problem at its path; so is one that
 *    contains itself (possible from JavaScript, never from JSON).
 *  - size: zod gathers a part's problems with `push(...problems)`, which overflows the stack past
 *    about 125,000, and each problem costs tens of microseconds to word. A scenario holds at most
 *    MAX_VALUES values in all (numbers, texts, booleans, nulls, lists and objects).
 *
 * This walk is iterative (an explicit stack) and stops descending at the depth limit, so it is
 * linear in the input's containers and never throws. When it finds a problem nothing else runs.
 */
import { MAX_DEPTH, MAX_VALUES, formatLimit } from './limits.ts';
import { type Path, type ProblemList, briefPath, show, valueAt } from './problems.ts';

interface Frame {
  value: object;
  path: Path;
  level: number;
}

export interface Shape {
  /** Containers too deep (or cyclic), in document order. */
  tooDeep: { path: Path; cycle: boolean }[];
  /** Values in all: every container and every entry (a container shared by reference counts its entries once). */
  values: number;
  /** The container with the most entries. */
  largest: { path: Path; entries: number };
}

export function shapeOf(input: unknown, max = MAX_DEPTH): Shape {
  const shape: Shape = { tooDeep: [], values: 1, largest: { path: [], entries: 0 } };
  if (input === null || typeof input !== 'object') return shape;
  // The containers on the current path (cycles), and the shallowest level each was walked at:
  // a container met again no deeper needs no second walk (shared objects stay linear).
  const onPath = new Set<object>();
  const walkedAt = new Map<object, number>();
  const stack: (Frame | { leave: object })[] = [{ value: input, path: [], level: 1 }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if ('leave' in top) {
      onPath.delete(top.leave);
      continue;
    }
    const { value, path, level } = top;
    if (onPath.has(value)) {
      shape.tooDeep.push({ path, cycle: true });
      continue;
    }
    if (level > max) {
      shape.tooDeep.push({ path, cycle: false });
      continue;
    }
    const before = walkedAt.get(value);
    if (before !== undefined && before <= level) continue;
    walkedAt.set(value, level);
    onPath.add(value);
    stack.push({ leave: value });
    const children: Frame[] = [];
    const keys = Array.isArray(value) ? null : Object.keys(value);
    const entries = keys ? keys.length : (value as unknown[]).length;
    shape.values += entries;
    if (entries > shape.largest.entries) shape.largest = { path, entries };
    for (let i = 0; i < entries; i++) {
      const seg = keys ? keys[i] : i;
      const v: unknown = (value as Record<string | number, unknown>)[seg];
      if (v !== null && typeof v === 'object') children.push({ value: v, path: [...path, seg], level: level + 1 });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return shape;
}

/**
 * Reports a too-deep or too-large input; returns whether there was a problem (then nothing else
 * may look at the input: the schema and the other checks recurse or take time per value).
 */
export function checkSize(input: unknown, out: ProblemList): boolean {
  const shape = shapeOf(input);
  for (const { path, cycle } of shape.tooDeep) {
    if (cycle) {
      out.add(
        path,
        'too_deep',
        'contains itself (a cycle); a scenario is plain JSON, a tree of values',
        '包含自身（循环引用）；场景应为普通 JSON，即一棵值的树',
      );
    } else {
      const shown = show(valueAt(input, path));
      out.add(
        path,
        'too_deep',
        `got ${shown}, nested more than ${MAX_DEPTH} levels deep; a scenario nests lists and objects at most ${MAX_DEPTH} levels (it needs about 12); the other checks wait until this is fixed`,
        `取值 ${shown} 嵌套超过 ${MAX_DEPTH} 层；场景中列表与对象最多嵌套 ${MAX_DEPTH} 层（通常约 12 层）；修正此项后才会进行其他检查`,
      );
    }
  }
  if (shape.values > MAX_VALUES) {
    const at = briefPath(shape.largest.path) || '(the scenario itself)';
    const atZh = briefPath(shape.largest.path) || '（场景本身）';
    const n = shape.values.toLocaleString('en-US');
    const m = shape.largest.entries.toLocaleString('en-US');
    const limit = formatLimit(MAX_VALUES);
    out.add(
      [],
      'too_big',
      `holds ${n} values (numbers, texts, lists, objects...); a scenario holds at most ${limit} (a big real one about 30,000); the largest part is ${at} with ${m} entries; the other checks wait until it is smaller`,
      `共有 ${n} 个值（数字、文本、列表、对象等）；场景最多 ${limit} 个值（大型实际场景约 30,000 个）；最大的部分是 ${atZh}，有 ${m} 项；缩小后才会进行其他检查`,
    );
  }
  return shape.tooDeep.length > 0 || shape.values > MAX_VALUES;
}
