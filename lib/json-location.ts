import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export interface TextPosition {
  line: number;
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where a path of a parsed JSON document stands in its text, so that an error can say
 * "line 12" and not only "tables.customers[3]". A path that does not exist (a missing field)
 * resolves to its nearest existing parent.
 */
export function locatePath(
  text: string,
  path: readonly PropertyKey[],
  tree: Node | undefined = parseTree(text),
): TextPosition | null {
  if (!tree) return null;
  const segments = path.filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) return positionAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return null;
}

/**
 * Follows the nesting of JSON text given in pieces; returns the offset (from the start of
 * all text so far) where it first nests deeper than `limit` arrays and objects, or null.
 * Checked before or while parsing: a recursive parser or validator would otherwise run out
 * of stack ("Maximum call stack size exceeded") instead of saying what is wrong and where.
 */
export function nestingWatch(limit: number): (piece: string) => number | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let offset = 0;
  return (piece) => {
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 91 || c === 123) {
        if (++depth > limit) return offset + i;
      } else if (c === 93 || c === 125) depth--;
    }
    offset += piece.length;
    return null;
  };
}

export const tooDeepAt = (text: string, limit: number): number | null => nestingWatch(limit)(text);
