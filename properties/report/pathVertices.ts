/**
 * The vertices of SVG path data, in absolute coordinates — an independent reading of what the renderer
 * writes (commands M, m, L, l, H, h, V, v; numbers in any of the short forms path syntax allows).
 */
export function pathVertices(d: string): Array<[number, number]> {
  const tokens = d.match(/[MmLlHhVv]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const out: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    if (/[A-Za-z]/.test(tokens[i]!)) command = tokens[i++]!;
    const next = () => Number(tokens[i++]);
    if (command === 'M' || command === 'L') [x, y] = [next(), next()];
    else if (command === 'm' || command === 'l') [x, y] = [x + next(), y + next()];
    else if (command === 'H') x = next();
    else if (command === 'h') x += next();
    else if (command === 'V') y = next();
    else if (command === 'v') y += next();
    else throw new Error(`unexpected path command ${command}`);
    // A zero-length "h0" after a move is the same vertex (a dot), not a new one.
    if (!((command === 'h' || command === 'v') && tokens[i - 1] === '0')) out.push([x, y]);
  }
  return out;
}
